/**
 * What the fixture workspace (test/e2e/fixtures/workspace/) must show, one
 * entry per finding: the rule id, the position as an editor shows it
 * (1-based line and column) and the exact underlined text. Covers each rule
 * family: addresses, URL schemes, TLS, host names, the manifest schema and
 * syntax errors. Other findings may appear as rules are added; these must.
 */
export interface ExpectedFinding {
  rule: string;
  line: number;
  column: number;
  text: string;
}

export interface FixtureFile {
  path: string;
  languageId: 'yaml' | 'json' | 'jsonc';
  findings: ExpectedFinding[];
}

export const YAML_FILE: FixtureFile = {
  path: 'service/config.yaml',
  languageId: 'yaml',
  findings: [
    { rule: 'insecure-url', line: 4, column: 8, text: 'http://api.booking.nhs.uk' },
    { rule: 'insecure-url', line: 5, column: 10, text: 'redis://172.20.8.14:6379' },
    { rule: 'private-address', line: 5, column: 18, text: '172.20.8.14' },
  ],
};

export const JSON_FILE: FixtureFile = {
  path: 'dotnet/appsettings.json',
  languageId: 'json',
  findings: [
    { rule: 'private-address', line: 3, column: 32, text: '10.84.2.17' },
    { rule: 'insecure-url', line: 6, column: 19, text: 'http://identity.booking.nhs.uk' },
  ],
};

export const JSONC_FILE: FixtureFile = {
  path: 'service/endpoints.jsonc',
  languageId: 'jsonc',
  findings: [
    { rule: 'insecure-url', line: 4, column: 19, text: 'http://results.pathology.nhs.uk' },
    { rule: 'private-address', line: 5, column: 22, text: '10.212.14.7' },
  ],
};

export const MANIFEST_FILE: FixtureFile = {
  path: 'manifest/results.service.yaml',
  languageId: 'yaml',
  findings: [
    { rule: 'manifest-schema', line: 5, column: 9, text: 'Pathology_Results' },
    { rule: 'insecure-url', line: 15, column: 12, text: 'http://results.pathology.nhs.uk' },
    { rule: 'missing-tls', line: 21, column: 7, text: 'url' },
    { rule: 'non-public-hostname', line: 26, column: 20, text: 'lims.pathology.internal' },
  ],
};

export const SYNTAX_ERROR_FILE: FixtureFile = {
  path: 'service/unfinished.json',
  languageId: 'json',
  findings: [{ rule: 'parse-error', line: 4, column: 5, text: '"port"' }],
};

/** Meets the policy: no finding at all. */
export const COMPLIANT_FILE = 'manifest/compliant.service.yaml';
/** One plain-HTTP URL, for the quick-fix test (a file of its own so that editing it disturbs no other test). */
export const QUICK_FIX_FILE = 'service/callbacks.yaml';
/** One private address, for the settings test. */
export const SETTINGS_FILE = 'service/database.yaml';

/** A file with a fix and what the whole file reads once every safe fix is applied (as `--fix` writes it). */
export interface FixAllFixture extends FixtureFile {
  /** [before, after] pairs: the fixed values. */
  fixes: [string, string][];
}

/** Two findings with safe fixes (HSCN names the catalogue pairs with their internet names), for fix-all on save (`editor.codeActionsOnSave`). */
export const FIX_ON_SAVE_FILE: FixAllFixture = {
  path: 'fix-all/on-save.yaml',
  languageId: 'yaml',
  findings: [
    { rule: 'hscn-only-endpoint', line: 3, column: 16, text: 'msg.int.spine2.ncrs.nhs.uk' },
    { rule: 'hscn-only-endpoint', line: 5, column: 21, text: 'msg.dep.spine2.ncrs.nhs.uk' },
  ],
  fixes: [
    ['url: https://msg.int.spine2.ncrs.nhs.uk/', 'url: https://msg.intspineservices.nhs.uk/'],
    ['fallback: https://msg.dep.spine2.ncrs.nhs.uk/', 'fallback: https://msg.depspineservices.nhs.uk/'],
  ],
};

/** Two findings with safe fixes, for the `internetFirst.fixAll` command. */
export const FIX_COMMAND_FILE: FixAllFixture = {
  path: 'fix-all/command.yaml',
  languageId: 'yaml',
  findings: [
    { rule: 'hscn-only-endpoint', line: 3, column: 20, text: 'msg.int.spine2.ncrs.nhs.uk' },
    { rule: 'hscn-only-endpoint', line: 4, column: 17, text: 'msg.dep.spine2.ncrs.nhs.uk' },
  ],
  fixes: [
    ['mailbox: https://msg.int.spine2.ncrs.nhs.uk/', 'mailbox: https://msg.intspineservices.nhs.uk/'],
    ['sync: https://msg.dep.spine2.ncrs.nhs.uk/', 'sync: https://msg.depspineservices.nhs.uk/'],
  ],
};

/** One plain-HTTP URL in a folder of its own, where the config-file test writes `.internet-first.yaml`. */
export const CONFIG_FILE_FOLDER = 'config-file';
export const CONFIG_FILE_FINDING: ExpectedFinding = { rule: 'insecure-url', line: 3, column: 17, text: 'http://feeds.booking.nhs.uk' };
export const CONFIG_FILE_TARGET = 'config-file/feeds.yaml';

/** One plain-HTTP URL to waive with "Disable insecure-url for this line". */
export const WAIVER_FILE = 'waiver/legacy.yaml';
export const WAIVER_FINDING: ExpectedFinding = { rule: 'insecure-url', line: 3, column: 11, text: 'http://legacy.partner.nhs.uk' };

/** A manifest being written, whose last line is `authentication:` with nothing under it yet (completion). */
export const DRAFT_MANIFEST_FILE = 'authoring/appointments.service.yaml';
export const DRAFT_MANIFEST_FINDING: ExpectedFinding = { rule: 'manifest-schema', line: 18, column: 7, text: 'authentication' };

/**
 * The multi-root workspace (test/e2e/fixtures/multi-root/booking.code-workspace):
 * folders `api` and `worker`, each with its own `.internet-first.yaml` that sets
 * private-address to a different severity, and the same two files in each.
 */
export const MULTI_ROOT_FOLDERS = { api: 'warning', worker: 'info' } as const;
/** Opened in the editor. */
export const MULTI_ROOT_OPEN_FILE = 'service/database.yaml';
export const MULTI_ROOT_OPEN_FINDING: ExpectedFinding = { rule: 'private-address', line: 3, column: 9, text: '10.84.2.17' };
/** Never opened: only "Lint workspace" lints it. */
export const MULTI_ROOT_SCANNED_FILE = 'service/replica.yaml';
export const MULTI_ROOT_SCANNED_LINE = 3;
