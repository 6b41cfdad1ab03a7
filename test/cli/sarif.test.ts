/**
 * The SARIF report of the built CLI for examples/, checked two ways: by ajv
 * against the SARIF 2.1.0 schema (vendored in test/fixtures/sarif/, with its
 * source), and structurally for what code scanning relies on (rule indexes,
 * artifact indexes, 1-based regions, fingerprints).
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { docsUrl, ruleMetas } from '../../server/src/engine';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli/cli.js');
const SCHEMA = path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json');
const PACKAGE_VERSION = (JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}
interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId: string; index: number }; region: SarifRegion } }[];
  partialFingerprints: Record<string, string>;
}
interface SarifRule {
  id: string;
  name: string;
  helpUri: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: { driver: { name: string; version: string; informationUri: string; rules: SarifRule[] } };
    invocations: { executionSuccessful: boolean }[];
    artifacts: { location: { uri: string; uriBaseId: string } }[];
    originalUriBaseIds: Record<string, unknown>;
    results: SarifResult[];
    columnKind: string;
  }[];
}

const tempRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-sarif-'));
after(() => fs.rmSync(tempRoot, { recursive: true, force: true }));

/** Runs the CLI with `--format sarif --output <file>` and returns the file's path and parsed log. */
function runSarif(cwd: string, paths: string[], name: string, extra: string[] = []): { file: string; log: SarifLog; status: number | null } {
  const file = path.join(tempRoot, `${name}.sarif`);
  const result = spawnSync(process.execPath, [CLI, '--format', 'sarif', '--output', file, ...extra, ...paths], { cwd, encoding: 'utf8', timeout: 60_000 });
  assert.equal(result.error, undefined);
  assert.notEqual(result.status, 2, `the CLI failed: ${result.stderr}`);
  return { file, log: JSON.parse(fs.readFileSync(file, 'utf8')) as SarifLog, status: result.status };
}

/** ajv against the SARIF 2.1.0 schema, every error listed. */
function validateWithAjv(log: unknown): void {
  // The schema has a pattern that is invalid as a Unicode regular expression; it is meant without the u flag.
  const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
  addFormats(ajv);
  const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
  const valid = validate(log);
  assert.deepEqual(
    (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`),
    [],
  );
  assert.equal(valid, true);
}

describe('SARIF output for examples/', () => {
  let examples: { file: string; log: SarifLog; status: number | null };

  before(() => {
    assert.ok(fs.existsSync(CLI), `${CLI} is missing: run npm run build first`);
    examples = runSarif(ROOT, ['examples'], 'examples');
  });

  test('has findings to validate (the non-compliant examples are flagged) and exits 1 for them', () => {
    assert.ok(examples.log.runs[0].results.length > 0, 'no results: the validation below would prove little');
    assert.equal(examples.status, 1);
  });

  test('ajv validates it against the SARIF 2.1.0 schema (draft-04) with no errors', () => {
    validateWithAjv(examples.log);
  });

  test('the vendored schema rejects what SARIF forbids (a level outside its enum), so the check above can fail', () => {
    const broken = structuredClone(examples.log);
    broken.runs[0].results[0].level = 'fatal';
    assert.throws(() => validateWithAjv(broken), /level/);
  });

  test('the driver lists every rule with its descriptions, its rationale as help and its documentation link', () => {
    const driver = examples.log.runs[0].tool.driver;
    assert.equal(examples.log.version, '2.1.0');
    assert.match(examples.log.$schema, /sarif-2\.1\.0/);
    assert.equal(driver.name, 'internet-first-lint');
    assert.equal(driver.version, PACKAGE_VERSION);
    assert.match(driver.informationUri, /^https:\/\//);
    const ids = driver.rules.map((rule) => rule.id);
    for (const meta of ruleMetas()) assert.ok(ids.includes(meta.id), `rule ${meta.id} missing from the driver`);
    for (const rule of driver.rules) {
      assert.equal(rule.helpUri, docsUrl(rule.id));
      assert.ok(rule.shortDescription.text.length > 0 && rule.fullDescription.text.length > 0, `${rule.id} lacks descriptions`);
      // The why is in the rule help, in words and in Markdown, with the rule's page: results carry only the short message.
      const meta = ruleMetas().find((candidate) => candidate.id === rule.id)!;
      assert.ok(rule.help.markdown.startsWith(meta.rationale) && rule.help.markdown.includes(`](${docsUrl(rule.id)})`), `${rule.id}: help.markdown`);
      assert.ok(rule.help.text.endsWith(docsUrl(rule.id)) && !rule.help.text.includes('`'), `${rule.id}: help.text is plain`);
      assert.ok(['error', 'warning', 'note'].includes(rule.defaultConfiguration.level));
    }
  });

  test('results point at their rule and artifact with 1-based regions', () => {
    const run = examples.log.runs[0];
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.ok('%SRCROOT%' in run.originalUriBaseIds);
    for (const result of run.results) {
      assert.equal(run.tool.driver.rules[result.ruleIndex].id, result.ruleId);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      assert.equal(artifactLocation.uriBaseId, '%SRCROOT%');
      assert.match(artifactLocation.uri, /^examples\/[^\\]+$/);
      assert.equal(run.artifacts[artifactLocation.index].location.uri, artifactLocation.uri);
      assert.ok(region.startLine >= 1 && region.startColumn >= 1, `region not 1-based: ${JSON.stringify(region)}`);
      assert.ok(region.endLine > region.startLine || (region.endLine === region.startLine && region.endColumn >= region.startColumn));
      assert.ok(
        Object.values(result.partialFingerprints).every((value) => value.length > 0),
        'empty fingerprint',
      );
    }
  });

  test('the same input gives byte-identical SARIF', () => {
    const again = runSarif(ROOT, ['examples'], 'examples-again');
    assert.equal(fs.readFileSync(again.file, 'utf8'), fs.readFileSync(examples.file, 'utf8'));
  });
});

describe('SARIF regions and fingerprints', () => {
  const folder = path.join(tempRoot, 'moving');
  const original = ['service:', '  # the upstream API', '  upstream: http://10.20.30.40:8080/api', ''].join('\n');

  test('a region covers the flagged text, counted from 1', () => {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, 'config.yaml'), original);
    const { log } = runSarif(folder, ['config.yaml'], 'region');
    const results = log.runs[0].results;
    assert.ok(results.length > 0, 'expected findings for a private address in an http URL');
    const lines = original.split('\n');
    for (const result of results) {
      const { region } = result.locations[0].physicalLocation;
      assert.equal(region.startLine, 3, `${result.ruleId} on the wrong line`);
      assert.equal(region.endLine, 3);
      const flagged = lines[region.startLine - 1].slice(region.startColumn - 1, region.endColumn - 1);
      assert.ok(flagged.length > 0 && 'http://10.20.30.40:8080/api'.includes(flagged), `${result.ruleId} flags "${flagged}"`);
    }
  });

  test('partialFingerprints survive a line inserted above the finding', () => {
    fs.writeFileSync(path.join(folder, 'config.yaml'), original);
    const before = runSarif(folder, ['config.yaml'], 'before').log.runs[0].results;
    fs.writeFileSync(path.join(folder, 'config.yaml'), `# owned by the platform team\n${original}`);
    const moved = runSarif(folder, ['config.yaml'], 'after').log.runs[0].results;

    assert.equal(moved.length, before.length);
    assert.ok(before.length > 0);
    before.forEach((result, i) => {
      const region = (r: SarifResult): SarifRegion => r.locations[0].physicalLocation.region;
      assert.equal(region(moved[i]).startLine, region(result).startLine + 1, 'the finding should have moved down a line');
      assert.deepEqual(moved[i].partialFingerprints, result.partialFingerprints);
    });
  });

  test('fingerprints change when the flagged content changes', () => {
    fs.writeFileSync(path.join(folder, 'config.yaml'), original);
    const first = runSarif(folder, ['config.yaml'], 'content-a').log.runs[0].results;
    fs.writeFileSync(path.join(folder, 'config.yaml'), original.replace('10.20.30.40', '10.20.30.41'));
    const changed = runSarif(folder, ['config.yaml'], 'content-b').log.runs[0].results;
    assert.equal(changed.length, first.length);
    first.forEach((result, i) => assert.notDeepEqual(changed[i].partialFingerprints, result.partialFingerprints));
  });
});

describe('SARIF of a run with a baseline and a config file', () => {
  const folder = path.join(tempRoot, 'baselined');
  let run: { file: string; log: SarifLog; status: number | null };

  before(() => {
    fs.mkdirSync(folder, { recursive: true });
    fs.writeFileSync(path.join(folder, '.internet-first.yaml'), 'rules:\n  private-address: warning\n');
    fs.writeFileSync(path.join(folder, 'old.yaml'), 'upstream: http://api.service.nhs.uk/\ncache: 10.20.30.40\n');
    const adopt = spawnSync(process.execPath, [CLI, '--baseline', 'baseline.json', '--update-baseline', '.'], { cwd: folder, encoding: 'utf8' });
    assert.equal(adopt.status, 0, adopt.stderr);
    // One recorded finding fixed (stale entry), one new finding.
    fs.writeFileSync(path.join(folder, 'old.yaml'), 'upstream: https://api.service.nhs.uk/\ncache: 10.20.30.40\n');
    fs.writeFileSync(path.join(folder, 'new.yaml'), 'upstream: ldap://directory.service.nhs.uk/\n');
    run = runSarif(folder, ['.'], 'baselined', ['--baseline', 'baseline.json']);
  });

  test('only the new finding is a result; the stale entry is a configuration notification', () => {
    const results = run.log.runs[0].results;
    assert.deepEqual(
      results.map((result) => [result.ruleId, result.locations[0].physicalLocation.artifactLocation.uri]),
      [['insecure-url', 'new.yaml']],
    );
    const invocation = run.log.runs[0].invocations[0] as {
      toolConfigurationNotifications?: { level: string; descriptor: { id: string }; message: { text: string } }[];
      properties?: object;
    };
    assert.deepEqual(
      invocation.toolConfigurationNotifications?.map((n) => [n.level, n.descriptor.id]),
      [['note', 'stale-baseline-entry']],
    );
    assert.match(invocation.toolConfigurationNotifications![0].message.text, /baseline\.json records a insecure-url finding .* no longer found/);
    assert.deepEqual(invocation.properties, { baseline: { file: 'baseline.json', suppressed: 1, stale: 1 } });
  });

  test('ajv validates it against the SARIF 2.1.0 schema', () => {
    validateWithAjv(run.log);
  });
});
