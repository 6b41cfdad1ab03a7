/**
 * A run keeps every file's report to its end, so a report must not keep the
 * file's text: V8 makes a slice of 13 characters or more a view of the string
 * it was cut from, and flagged texts, messages and data values are cut from
 * it (lint-task.ts copies them: engine/own-copy.ts). Checked structurally in
 * a child process with --expose-gc: the live heap the reports of four 200 KB
 * files hold (measured by dropping them, so that memos and compiled code made
 * meanwhile do not count: measured as growth, the figure sometimes passed the
 * bound on JIT code alone).
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

let root: string;
before(() => (root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-report-text-'))));
after(() => fs.rmSync(root, { recursive: true, force: true }));

const MEASURE = `
const { runLintTask } = require(${JSON.stringify(path.join(__dirname, '../../server/src/cli/lint-task.js'))});
const files = process.argv.slice(1);
const heap = () => { gc(); gc(); return process.memoryUsage().heapUsed; };
const task = (file) => ({ entry: { absolutePath: file, displayPath: 'big.yaml', explicit: true }, config: {}, maxFileBytes: 1e7, fix: false });
runLintTask(task(files[0]));
let reports = files.map((file) => runLintTask(task(file)).report);
const findings = reports.reduce((total, report) => total + report.findings.length, 0);
// What the reports hold: the heap with them less the heap once they are dropped. Memos and compiled code
// made while linting stay in both, so this does not move with when V8 happens to optimise.
const withReports = heap();
reports = undefined;
const added = withReports - heap();
process.stdout.write(JSON.stringify({ added, findings }));
`;

test("a file's report does not keep the file's text", () => {
  // Four files of 200 KB (below the size YAML is read in pieces): long comments, then values several rules report.
  const files = [1, 2, 3, 4].map((n) => {
    const file = path.join(root, `big-${n}.yaml`);
    const padding = `# ${String(n).repeat(98)}\n`.repeat(2_000);
    fs.writeFileSync(file, `${padding}database:\n  url: http://db-primary.billing.corp:5432/app?sslmode=disable\n  host: 10.20.30.40\n`);
    return file;
  });
  // One thread (no concurrent GC or compiling): otherwise the heap after gc() moved by up to ±200 KB from run to run
  // (young objects that survive), enough to fail one run in ten; on one thread the same build measures the same to a few bytes.
  const child = spawnSync(process.execPath, ['--expose-gc', '--single-threaded', '-e', MEASURE, ...files], { encoding: 'utf8' });
  assert.equal(child.status, 0, child.stderr);
  const { added, findings } = JSON.parse(child.stdout) as { added: number; findings: number };
  assert.ok(findings >= 8, `${findings} findings`);
  // The four texts are 800 KB (without the copies the reports hold three of them: about 830 KB); with them about 220 KB.
  assert.ok(added < 300_000, `the reports added ${added} bytes`);
});
