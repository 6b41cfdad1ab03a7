/**
 * Baselines: matching by file, rule and content fingerprint (not line),
 * stale entries (only for files this run looked at, or that are gone), the
 * update that keeps entries of files not linted now, paths relative to the
 * baseline's own folder, and refusing files that are not baselines.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { CliError } from '../../server/src/cli/args';
import { applyBaseline, readBaseline, updatedBaseline, writeBaseline, type BaselineFile, type BaselineLocation } from '../../server/src/cli/baseline';
import { FINGERPRINT_KEY } from '../../server/src/cli/fingerprint';
import type { LintReport, ReportedFinding } from '../../server/src/cli/run';

let root: string;
let location: BaselineLocation;

const finding = (ruleId: string, fingerprint: string, flaggedText = 'http://x'): ReportedFinding => ({
  ruleId,
  messageId: 'm',
  message: 'm',
  severity: 'error',
  range: { start: { line: 0, character: 0, offset: 0 }, end: { line: 0, character: 1, offset: 1 } },
  fingerprint,
  flaggedText,
});

const report = (files: Record<string, ReportedFinding[]>): LintReport => ({
  files: Object.entries(files).map(([file, findings]) => ({ path: file, findings })),
  internalErrors: [],
});

const baseline = (entries: BaselineFile['entries']): BaselineFile => ({ version: 1, fingerprints: FINGERPRINT_KEY, entries });

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-baseline-'));
  for (const file of ['a.yaml', 'b.yaml', 'c.yaml']) fs.writeFileSync(path.join(root, file), 'x: 1\n');
  // The baseline lives in a sub-folder; reports are relative to the root.
  location = { given: 'lint/baseline.json', absolutePath: path.join(root, 'lint', 'baseline.json'), cwd: root };
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('applyBaseline', () => {
  test('drops recorded findings by file, rule and fingerprint; lists stale entries of linted or missing files', () => {
    const recorded = baseline([
      { path: '../a.yaml', ruleId: 'insecure-url', fingerprint: 'f1:1' },
      { path: '../a.yaml', ruleId: 'insecure-url', fingerprint: 'gone:1' },
      { path: '../b.yaml', ruleId: 'private-address', fingerprint: 'f9:1' },
      { path: '../deleted.yaml', ruleId: 'private-address', fingerprint: 'f3:1' },
    ]);
    const result = applyBaseline(
      report({ 'a.yaml': [finding('insecure-url', 'f1:1'), finding('insecure-url', 'f2:1'), finding('private-address', 'f1:1')] }),
      recorded,
      location,
    );
    assert.deepEqual(
      result.files[0].findings.map((f) => [f.ruleId, f.fingerprint]),
      [
        ['insecure-url', 'f2:1'],
        ['private-address', 'f1:1'],
      ],
      'the rule is part of the key',
    );
    assert.equal(result.baseline?.suppressed, 1);
    // b.yaml was not linted this run and still exists: its entry is not judged.
    assert.deepEqual(result.baseline?.stale, [
      { path: 'a.yaml', ruleId: 'insecure-url', fingerprint: 'gone:1' },
      { path: 'deleted.yaml', ruleId: 'private-address', fingerprint: 'f3:1' },
    ]);
    assert.equal(result.baseline?.file, 'lint/baseline.json');
  });
});

describe('updatedBaseline', () => {
  test('records every finding of linted files, keeps entries of other existing files, drops missing ones; sorted', () => {
    const previous = baseline([
      { path: '../b.yaml', ruleId: 'private-address', fingerprint: 'f9:1', text: 'kept' },
      { path: '../a.yaml', ruleId: 'insecure-url', fingerprint: 'old:1' },
      { path: '../deleted.yaml', ruleId: 'private-address', fingerprint: 'f3:1' },
    ]);
    const next = updatedBaseline(
      report({ 'c.yaml': [finding('z-rule', 'b:1', '  http://x\n   y ')], 'a.yaml': [finding('insecure-url', 'new:1', '')] }),
      previous,
      location,
    );
    assert.deepEqual(next, {
      version: 1,
      fingerprints: FINGERPRINT_KEY,
      entries: [
        { path: '../a.yaml', ruleId: 'insecure-url', fingerprint: 'new:1' },
        { path: '../b.yaml', ruleId: 'private-address', fingerprint: 'f9:1', text: 'kept' },
        { path: '../c.yaml', ruleId: 'z-rule', fingerprint: 'b:1', text: 'http://x y' },
      ],
    });
  });

  test('long flagged text is shortened for the reader', () => {
    const next = updatedBaseline(report({ 'a.yaml': [finding('r', 'f:1', 'x'.repeat(200))] }), baseline([]), location);
    assert.equal(next.entries[0].text?.length, 80);
    assert.ok(next.entries[0].text?.endsWith('…'));
  });

  test('written and read back unchanged, byte for byte stable', () => {
    const file = baseline([{ path: '../a.yaml', ruleId: 'r', fingerprint: 'f:1' }]);
    writeBaseline(file, location);
    const first = fs.readFileSync(location.absolutePath, 'utf8');
    assert.deepEqual(readBaseline(location, false), file);
    writeBaseline(readBaseline(location, false), location);
    assert.equal(fs.readFileSync(location.absolutePath, 'utf8'), first);
    assert.ok(first.endsWith('}\n'));
  });
});

describe('readBaseline', () => {
  const at = (name: string, text?: string): BaselineLocation => {
    const absolutePath = path.join(root, name);
    if (text !== undefined) fs.writeFileSync(absolutePath, text);
    return { given: name, absolutePath, cwd: root };
  };

  test('a missing file is an error, unless it is about to be written', () => {
    assert.throws(
      () => readBaseline(at('none.json'), false),
      (error: unknown) => error instanceof CliError && /cannot read baseline none\.json: no such file/.test(error.message),
    );
    assert.deepEqual(readBaseline(at('none.json'), true).entries, []);
  });

  test('not JSON, not a baseline, or another fingerprint recipe: an error saying what to do', () => {
    assert.throws(() => readBaseline(at('bad.json', '{'), false), /baseline bad\.json is not valid JSON/);
    assert.throws(() => readBaseline(at('other.json', '{"version": 1, "entries": [{"path": 1}]}'), false), /is not a version 1 baseline .*--update-baseline/);
    assert.throws(() => readBaseline(at('old.json', '{"version": 1, "fingerprints": "other/v0", "entries": []}'), false), /made with fingerprints "other\/v0"/);
  });
});
