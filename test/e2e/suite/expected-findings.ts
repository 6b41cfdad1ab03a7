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
