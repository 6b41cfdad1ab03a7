/**
 * The `--help` text. It links to the documentation by URL (the repository in
 * package.json + the docs path), because an installed CLI has no docs folder
 * beside it to point to.
 */

/** package.json's `repository` as a web address; a test holds the two equal (package.json is outside tsc's files, so it is not imported). */
export const REPOSITORY_URL = 'https://github.com/internet-first/internet-first-lint';

export const DOCS_URL = `${REPOSITORY_URL}/blob/main/docs/cli.md`;

export const USAGE = `Usage: internet-first-lint [options] [paths...]
       internet-first-lint report [options] <sarif files or paths...>

Lints YAML, JSON and JSONC configuration for fitness for the public internet
(NHS Internet First). Folders are searched for *.yaml, *.yml, *.json and
*.jsonc files, honouring .gitignore and the config file's include/exclude;
files named explicitly are always linted. Default path: .
The report subcommand builds an estate readiness report (HTML, Markdown or
JSON) from SARIF files: internet-first-lint report --help.

Options:
  -f, --format <name>        Report format: stylish (default), json, sarif,
                             github (workflow-command annotations)
  -o, --output <file>        Write the report to <file> instead of stdout
  -c, --config <file>        Use this config file instead of looking for
                             .internet-first.yaml files
      --no-config            Use no config file at all
      --rule <id>=<severity> Set a rule's severity: off, info, warning (or
                             warn), error (repeatable; wins over config files)
  -q, --quiet                Report errors only
      --max-warnings <n>     Fail (exit 1) on more than n warnings
      --fix                  Apply safe fixes to the files, then report what
                             is left
      --fix-dry-run          Print the safe fixes as a unified diff instead
      --unsafe-fixes         With --fix or --fix-dry-run: apply unsafe fixes
                             too (they change what the service does; review
                             the result)
      --list-rules           List the rules: id, default severity, fixes
                             (safe/unsafe) and what each finds
      --baseline <file>      Do not report findings recorded in <file>
      --update-baseline      Write this run's findings to the --baseline file
      --force-exclude        Apply the config's include/exclude to named
                             files too (for pre-commit)
      --no-ignore            Walk folders without honouring .gitignore (the
                             config's include/exclude still apply)
      --concurrency <n>      Worker threads: a number, auto (default) or off
      --max-file-size <size> Report files larger than this instead of linting
                             them (bytes, or with k/m suffix; default and
                             maximum 5m)
      --max-lint-time <time> Stop linting a file after this long and report
                             the rules not checked (500ms, 10s; default 10s;
                             0: no limit)
      --color, --no-color    Force colour on or off (default: on for a
                             terminal, off when NO_COLOR is set)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no error-level findings (and warnings within --max-warnings),
1 error-level findings or too many warnings, 2 configuration, usage or
internal error.

Documentation: ${DOCS_URL}`;
