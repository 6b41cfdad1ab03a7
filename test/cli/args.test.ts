import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseByteSize, parseCliArgs, UsageError, USAGE } from '../../server/src/cli/args';
import { REPOSITORY_URL } from '../../server/src/cli/usage';
import { shouldUseColor } from '../../server/src/cli/color';

const RULES = ['insecure-url', 'private-address'];

function usageError(argv: string[]): string {
  try {
    parseCliArgs(argv, RULES);
  } catch (error) {
    assert.ok(error instanceof UsageError, `expected a UsageError, got ${String(error)}`);
    return error.message;
  }
  assert.fail(`expected ${argv.join(' ')} to be rejected`);
}

describe('parseCliArgs', () => {
  test('defaults: stylish, current folder, no overrides', () => {
    const options = parseCliArgs([], RULES);
    assert.deepEqual(options.paths, ['.']);
    assert.equal(options.format, 'stylish');
    assert.equal(options.outputFile, undefined);
    assert.deepEqual(options.config, {});
    assert.equal(options.maxFileBytes, 5 * 1024 * 1024);
    assert.equal(options.color, undefined);
  });

  test('reads every option, long and short, and keeps paths in order', () => {
    const options = parseCliArgs(
      [
        '-f',
        'json',
        'a.yaml',
        '--output=report.json',
        '--rule',
        'private-address=off',
        '--rule=insecure-url=warning',
        'dir',
        '--max-file-size',
        '2m',
        '--max-lint-time=2.5s',
        '--no-color',
      ],
      RULES,
    );
    assert.deepEqual(options.paths, ['a.yaml', 'dir']);
    assert.equal(options.format, 'json');
    assert.equal(options.outputFile, 'report.json');
    assert.deepEqual(options.config, { rules: { 'private-address': 'off', 'insecure-url': 'warning' } });
    assert.equal(options.maxFileBytes, 2 * 1024 * 1024);
    assert.equal(options.maxLintMs, 2500);
    assert.equal(options.color, false);
  });

  test('--max-lint-time: milliseconds or seconds, 0 for no limit, 10 s by default; anything else is a usage error', () => {
    assert.equal(parseCliArgs([], RULES).maxLintMs, 10_000);
    assert.equal(parseCliArgs(['--max-lint-time', '500'], RULES).maxLintMs, 500);
    assert.equal(parseCliArgs(['--max-lint-time', '750ms'], RULES).maxLintMs, 750);
    assert.equal(parseCliArgs(['--max-lint-time', '0'], RULES).maxLintMs, 0);
    for (const bad of ['', '-1', '10m', 'soon', '1e3']) {
      assert.throws(() => parseCliArgs([`--max-lint-time=${bad}`], RULES), /--max-lint-time needs a time such as 500ms or 10s/, bad);
    }
  });

  test('a later --rule for the same id wins', () => {
    assert.deepEqual(parseCliArgs(['--rule', 'insecure-url=off', '--rule', 'insecure-url=info'], RULES).config, { rules: { 'insecure-url': 'info' } });
  });

  test('paths after -- may start with a dash', () => {
    assert.deepEqual(parseCliArgs(['--', '-odd.yaml'], RULES).paths, ['-odd.yaml']);
  });

  test('--help, -h, --version, -v', () => {
    assert.equal(parseCliArgs(['--help'], RULES).help, true);
    assert.equal(parseCliArgs(['-h'], RULES).help, true);
    assert.equal(parseCliArgs(['--version'], RULES).version, true);
    assert.equal(parseCliArgs(['-v'], RULES).version, true);
  });

  test('mistakes are usage errors naming the option as typed', () => {
    assert.equal(usageError(['--foo']), 'unknown option --foo');
    assert.equal(usageError(['-x']), 'unknown option -x');
    assert.equal(usageError(['--format']), 'option --format needs a value');
    assert.equal(usageError(['--format', '--rule', 'insecure-url=off']), 'option --format needs a value');
    assert.equal(usageError(['--help=yes']), 'option --help does not take a value');
    assert.match(usageError(['--format', 'xml']), /unknown format "xml" \(expected one of: stylish, json, sarif, github\)/);
    assert.match(usageError(['--output=']), /--output needs a file name/);
  });

  test('--rule needs a known rule and a known severity', () => {
    assert.match(usageError(['--rule', 'insecure-url']), /--rule needs <id>=<severity>/);
    assert.match(usageError(['--rule', 'no-such-rule=off']), /unknown rule "no-such-rule".*known rules: insecure-url, private-address/);
    assert.match(usageError(['--rule', 'insecure-url=fatal']), /unknown severity "fatal".*off, info, warning, error; warn means warning/);
  });

  test('--rule takes warn for warning, and suggests the rule meant by a near miss', () => {
    assert.deepEqual(parseCliArgs(['--rule', 'insecure-url=warn'], RULES).config, { rules: { 'insecure-url': 'warning' } });
    assert.equal(usageError(['--rule', 'insecure-ulr=off']), 'unknown rule "insecure-ulr" in --rule insecure-ulr=off (did you mean "insecure-url"?)');
  });

  test('--list-rules', () => {
    assert.equal(parseCliArgs(['--list-rules'], RULES).listRules, true);
    assert.equal(parseCliArgs([], RULES).listRules, false);
  });
});

describe('--unsafe-fixes', () => {
  test('goes with --fix or --fix-dry-run, and only with them', () => {
    assert.equal(parseCliArgs([], RULES).unsafeFixes, false);
    assert.equal(parseCliArgs(['--fix', '--unsafe-fixes'], RULES).unsafeFixes, true);
    assert.equal(parseCliArgs(['--unsafe-fixes', '--fix-dry-run'], RULES).unsafeFixes, true);
    assert.equal(usageError(['--unsafe-fixes']), '--unsafe-fixes applies fixes: use it with --fix or --fix-dry-run');
  });
});

describe('--help', () => {
  test('links to the CLI docs by the repository URL in package.json', () => {
    const packageJson = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../package.json'), 'utf8')) as { repository: { url: string } };
    const repository = packageJson.repository.url.replace(/^git\+/, '').replace(/\.git$/, '');
    assert.equal(REPOSITORY_URL, repository);
    assert.ok(USAGE.endsWith(`Documentation: ${repository}/blob/main/docs/cli.md`));
    assert.match(USAGE, /--unsafe-fixes/);
    assert.match(USAGE, /--list-rules/);
  });
});

describe('parseCliArgs: pipeline options', () => {
  test('defaults: config files on, no fix, no baseline, auto concurrency', () => {
    const options = parseCliArgs([], RULES);
    assert.equal(options.useConfigFiles, true);
    assert.equal(options.configFile, undefined);
    assert.equal(options.fix, 'off');
    assert.equal(options.baselineFile, undefined);
    assert.equal(options.updateBaseline, false);
    assert.equal(options.quiet, false);
    assert.equal(options.maxWarnings, undefined);
    assert.equal(options.concurrency, 'auto');
    assert.equal(options.forceExclude, false);
    assert.equal(options.useGitignore, true);
  });

  test('reads each of them', () => {
    const options = parseCliArgs(
      [
        '-c',
        'ci/lint.yaml',
        '-q',
        '--max-warnings',
        '0',
        '--fix',
        '--baseline',
        'b.json',
        '--update-baseline',
        '--concurrency',
        '4',
        '--force-exclude',
        '-f',
        'github',
      ],
      RULES,
    );
    assert.equal(options.configFile, 'ci/lint.yaml');
    assert.equal(options.quiet, true);
    assert.equal(options.maxWarnings, 0);
    assert.equal(options.fix, 'write');
    assert.equal(options.baselineFile, 'b.json');
    assert.equal(options.updateBaseline, true);
    assert.equal(options.concurrency, 4);
    assert.equal(options.forceExclude, true);
    assert.equal(options.format, 'github');
    assert.equal(parseCliArgs(['--fix-dry-run'], RULES).fix, 'dry-run');
    assert.equal(parseCliArgs(['--no-config'], RULES).useConfigFiles, false);
    assert.equal(parseCliArgs(['--no-ignore'], RULES).useGitignore, false);
    assert.equal(parseCliArgs(['--concurrency=off'], RULES).concurrency, 'off');
    assert.equal(parseCliArgs(['--concurrency', 'AUTO'], RULES).concurrency, 'auto');
  });

  test('bad values and combinations are usage errors', () => {
    assert.match(usageError(['--max-warnings', 'many']), /--max-warnings needs a whole number of 0 or more, got "many"/);
    assert.equal(usageError(['--max-warnings', '-1']), 'option --max-warnings needs a value');
    assert.match(usageError(['--concurrency', '0']), /--concurrency needs a number of threads \(1 to 256\), auto or off, got "0"/);
    assert.equal(usageError(['--fix', '--fix-dry-run']), '--fix and --fix-dry-run cannot be used together');
    assert.equal(usageError(['--config', 'a.yaml', '--no-config']), '--config and --no-config cannot be used together');
    assert.match(usageError(['--update-baseline']), /--update-baseline needs --baseline <file>/);
    assert.match(usageError(['--fix-dry-run', '--format', 'json']), /--fix-dry-run prints a diff on stdout; write the json report elsewhere with --output/);
    assert.equal(parseCliArgs(['--fix-dry-run', '--format', 'sarif', '-o', 'r.sarif'], RULES).fix, 'dry-run');
    assert.equal(usageError(['--config=']), 'option --config needs a file name');
  });
});

describe('parseByteSize', () => {
  test('bytes and binary k/m units, any case', () => {
    assert.equal(parseByteSize('500'), 500);
    assert.equal(parseByteSize('4k'), 4096);
    assert.equal(parseByteSize('4KB'), 4096);
    assert.equal(parseByteSize('5m'), 5 * 1024 * 1024);
  });

  test('nonsense, zero, unknown units and sizes over the engine limit are rejected', () => {
    for (const value of ['', '0', 'ten', '5g', '-1', '1.5m', '6m', '5121k']) assert.throws(() => parseByteSize(value), UsageError, value);
  });
});

describe('shouldUseColor', () => {
  const base = { flag: undefined, env: {}, writingToFile: false, stdoutIsTTY: true };

  test('on a terminal by default, off through a pipe', () => {
    assert.equal(shouldUseColor(base), true);
    assert.equal(shouldUseColor({ ...base, stdoutIsTTY: false }), false);
  });

  test('NO_COLOR turns it off unless empty; FORCE_COLOR wins over both', () => {
    assert.equal(shouldUseColor({ ...base, env: { NO_COLOR: '1' } }), false);
    assert.equal(shouldUseColor({ ...base, env: { NO_COLOR: '' } }), true);
    assert.equal(shouldUseColor({ ...base, stdoutIsTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } }), true);
    assert.equal(shouldUseColor({ ...base, env: { FORCE_COLOR: '0' } }), false);
    assert.equal(shouldUseColor({ ...base, env: { FORCE_COLOR: 'false' } }), false);
  });

  test('flags beat the environment; a file is plain unless --color', () => {
    assert.equal(shouldUseColor({ ...base, flag: false, env: { FORCE_COLOR: '1' } }), false);
    assert.equal(shouldUseColor({ ...base, flag: true, stdoutIsTTY: false, env: { NO_COLOR: '1' } }), true);
    assert.equal(shouldUseColor({ ...base, writingToFile: true, env: { FORCE_COLOR: '1' } }), false);
    assert.equal(shouldUseColor({ ...base, writingToFile: true, flag: true }), true);
  });
});
