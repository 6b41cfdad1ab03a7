/**
 * `internet-first-lint report` end to end with the built CLI: bad inputs are
 * named and the report is still built from the rest; the JSON's trend is
 * exact (fixed, new, still open by fingerprint); the SARIF the CLI writes
 * carries waivers, services and the repository, and is valid SARIF 2.1.0.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import type * as Sarif from 'sarif';
import type { EstateReport } from '../../server/src/report/model';

const ROOT = path.resolve(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli/cli.js');
const ESTATE_SARIF = path.join(ROOT, 'examples/estate/sarif');
// Vendored (see test/fixtures/sarif/README.md); the tests run from out/test/, so the path is from the repository root.
const SCHEMA = path.join(ROOT, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json');

let scratch: string;
before(() => {
  scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-report-'));
});
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

function cli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): { status: number | null; stdout: string; stderr: string } {
  const env = { ...process.env, ...options.env };
  for (const name of Object.keys(env)) if (name.startsWith('GITHUB_') && !(options.env && name in options.env)) delete env[name];
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd: options.cwd ?? ROOT, env, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function jsonReport(args: string[]): { report: EstateReport; stderr: string; status: number | null } {
  const run = cli(['report', '--format', 'json', '--date', '2026-12-05', ...args]);
  return { report: JSON.parse(run.stdout) as EstateReport, stderr: run.stderr, status: run.status };
}

describe('report: bad input', () => {
  test('a SARIF file from another tool, a truncated file and a missing folder are each named, and the rest is reported', () => {
    const folder = path.join(scratch, 'mixed');
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(ESTATE_SARIF)) fs.copyFileSync(path.join(ESTATE_SARIF, name), path.join(folder, name));
    fs.writeFileSync(path.join(folder, 'codeql.sarif'), JSON.stringify({ version: '2.1.0', runs: [{ tool: { driver: { name: 'CodeQL' } }, results: [] }] }));
    const whole = fs.readFileSync(path.join(ESTATE_SARIF, 'patient-portal.sarif'), 'utf8');
    fs.writeFileSync(path.join(folder, 'truncated.sarif'), whole.slice(0, whole.length / 2));
    const { report, stderr, status } = jsonReport([folder, path.join(scratch, 'no-such-folder')]);
    assert.equal(status, 0);
    assert.match(stderr, /codeql\.sarif: was produced by "CodeQL", not internet-first-lint/);
    assert.match(stderr, /truncated\.sarif: is not valid JSON, perhaps truncated/);
    assert.match(stderr, /no-such-folder: does not exist/);
    assert.equal(report.inputs.read, 4);
    assert.equal(report.inputs.problems.length, 3);
    assert.equal(report.totals.services, 5);
    assert.equal(report.totals.ready, 2);
  });

  test('a quoted glob selects SARIF files; one that matches nothing is named', () => {
    const { report, stderr } = jsonReport([path.join(ROOT, 'examples/estate/sarif/p*.sarif'), path.join(ROOT, 'examples/estate/nothing-*.sarif')]);
    assert.equal(report.inputs.read, 2);
    assert.deepEqual(
      report.services.map((s) => s.service),
      ['pathology-feed', 'patient-portal'],
    );
    assert.match(stderr, /nothing-\*\.sarif: matches no file/);
  });

  test('no readable input at all is exit code 2 with the reason', () => {
    const run = cli(['report', path.join(scratch, 'missing')]);
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing: does not exist/);
    assert.match(run.stderr, /no input could be read/);
  });

  test('usage mistakes: unknown format, bad date, no inputs, a --previous that is not a report', () => {
    assert.match(cli(['report', '--format', 'pdf', ESTATE_SARIF]).stderr, /unknown format "pdf"/);
    assert.match(cli(['report', '--date', '5/12/2026', ESTATE_SARIF]).stderr, /--date needs a date written YYYY-MM-DD/);
    assert.match(cli(['report']).stderr, /name the SARIF files/);
    const previous = cli(['report', '--previous', path.join(ESTATE_SARIF, 'e-referrals.sarif'), ESTATE_SARIF]);
    assert.equal(previous.status, 2);
    assert.match(previous.stderr, /--previous .*e-referrals\.sarif is not the JSON of an earlier estate report/);
  });
});

describe('report: figures and trend', () => {
  test('services: manifests name them, a repository without one is its own service', () => {
    const { report } = jsonReport([ESTATE_SARIF]);
    const names = report.services.map((s) => `${s.repository}:${s.service}:${s.ready ? 'ready' : 'not'}`);
    assert.deepEqual(names, [
      'nhs-example/e-referrals:e-referrals-api:ready',
      'nhs-example/e-referrals:referrals-web:not',
      'nhs-example/gp-connect-adaptor:gp-connect-adaptor:not',
      'nhs-example/pathology-feed:pathology-feed:not',
      'nhs-example/patient-portal:patient-portal:ready',
    ]);
    assert.equal(report.byCategory['HSCN dependencies'], 2);
    assert.equal(report.totals.waived, 1);
    assert.equal(report.totals.parseFailures, 1);
  });

  test('fixed, new and still open are exact: matched by fingerprint, not by counts', () => {
    const before = jsonReport(['--date', '2026-11-01', ESTATE_SARIF]).report;
    const beforeFile = path.join(scratch, 'before.json');
    fs.writeFileSync(beforeFile, JSON.stringify(before));
    // One finding fixed (pathology's parse failure) and one new (a line moved and changed), same totals.
    const folder = path.join(scratch, 'changed');
    fs.mkdirSync(folder);
    for (const name of fs.readdirSync(ESTATE_SARIF)) fs.copyFileSync(path.join(ESTATE_SARIF, name), path.join(folder, name));
    const pathology = JSON.parse(fs.readFileSync(path.join(folder, 'pathology-feed.sarif'), 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string; partialFingerprints: Record<string, string> }> }>;
    };
    const parseError = pathology.runs[0].results.find((r) => r.ruleId === 'parse-error')!;
    parseError.partialFingerprints['internetFirstLint/v1'] = 'ffffffffffffffffffffffffffffffff:1';
    fs.writeFileSync(path.join(folder, 'pathology-feed.sarif'), JSON.stringify(pathology));

    const { report } = jsonReport(['--previous', beforeFile, folder]);
    assert.deepEqual(
      report.changes && { fixed: report.changes.fixed, new: report.changes.new, stillOpen: report.changes.stillOpen, since: report.changes.since },
      { fixed: 1, new: 1, stillOpen: before.fingerprints.length - 1, since: '2026-11-01' },
    );
    assert.equal(report.changes?.delta.errors, 0);
    assert.deepEqual(
      report.trend.map((point) => point.date),
      ['2026-11-01', '2026-12-05'],
    );
  });

  test('markdown: the headline first, then the worklists', () => {
    const run = cli(['report', '--format', 'markdown', '--date', '2026-12-05', ESTATE_SARIF]);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /^# Internet First readiness: 2 of 5 services ready\n/);
    assert.match(run.stdout, /\| gp-connect-adaptor \| `msg\.int\.spine2\.ncrs\.nhs\.uk` \| `msg\.intspineservices\.nhs\.uk` \|/);
    assert.match(run.stdout, /\| 2027-01-31 \| waiver \| gp-connect-adaptor \| `private-address` \|/);
  });

  test('paths to lint directly count as repositories too', () => {
    const run = cli(['report', '--format', 'json', '--date', '2026-12-05', path.join(ROOT, 'examples/estate/repos/pathology-feed')]);
    assert.equal(run.status, 0, run.stderr);
    const report = JSON.parse(run.stdout) as EstateReport;
    assert.equal(report.totals.services, 1);
    assert.equal(report.services[0].service, 'pathology-feed');
    assert.equal(report.totals.parseFailures, 1);
  });
});

describe('the SARIF the report reads', () => {
  test('carries waivers as suppressed results (in the run property bag) with reason and expiry, services, and the repository from GITHUB_*', () => {
    const repo = path.join(scratch, 'repo');
    fs.mkdirSync(path.join(repo, 'deploy'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'app.service.yaml'), 'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: booking\n');
    fs.writeFileSync(
      path.join(repo, 'deploy/values.yaml'),
      '# internet-first-disable-next-line private-address until=2099-01-31 -- ticket NHS-1\nfeed: https://10.1.2.3/feed\n',
    );
    const out = path.join(scratch, 'repo.sarif');
    const env = { GITHUB_REPOSITORY: 'nhs/booking', GITHUB_SHA: 'abc123', GITHUB_SERVER_URL: 'https://github.com', GITHUB_WORKSPACE: path.dirname(repo) };
    const run = cli(['--format', 'sarif', '--output', out, '.'], { cwd: repo, env });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const log = JSON.parse(fs.readFileSync(out, 'utf8')) as Sarif.Log;
    const sarifRun = log.runs[0];
    assert.deepEqual(sarifRun.versionControlProvenance, [
      {
        repositoryUri: 'https://github.com/nhs/booking',
        revisionId: 'abc123',
        mappedTo: { uri: '../', uriBaseId: '%SRCROOT%' },
        properties: { srcRootInRepository: 'repo/' },
      },
    ]);
    // Not a result (code scanning would open an alert for it), but a complete result in the run's property bag.
    assert.equal(
      sarifRun.results?.find((r) => r.ruleId === 'private-address'),
      undefined,
    );
    const waivedResults = sarifRun.properties?.waivedResults as Sarif.Result[];
    const waived = waivedResults.find((r) => r.ruleId === 'private-address');
    assert.deepEqual(waived?.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'ticket NHS-1', properties: { until: '2099-01-31' } }]);
    assert.ok(waived?.partialFingerprints?.['internetFirstLint/v1']);
    assert.deepEqual(sarifRun.artifacts?.find((a) => a.location?.uri === 'app.service.yaml')?.properties, { services: ['booking'] });

    const ajv = new Ajv({ allErrors: true, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA, 'utf8')) as object);
    for (const file of [out, ...fs.readdirSync(ESTATE_SARIF).map((name) => path.join(ESTATE_SARIF, name))]) {
      assert.ok(validate(JSON.parse(fs.readFileSync(file, 'utf8'))), `${file}: ${ajv.errorsText(validate.errors)}`);
    }
    // A waived finding is not a finding: the lint itself still passes.
    assert.doesNotMatch(cli(['--no-color', '.'], { cwd: repo }).stdout, /private-address/);
  });
});
