/**
 * The per-file work budget through the built CLI (`--max-lint-time`) and the
 * language server (`internetFirst.maxLintTime`). The file takes hundreds of
 * milliseconds on any machine, and a busy one only makes it slower, so a 1 ms
 * budget is always exceeded; the engine's own tests use a fake clock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { LspHarness } from '../lsp/lsp-harness';

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
/** 20,000 private URLs: seconds of linting on a busy machine, at least a tenth of one on an idle fast one. */
const TEXT = Array.from({ length: 20_000 }, (_, i) => `k${i}: http://10.${i >> 16}.${(i >> 8) & 255}.${i & 255}/\n`).join('');
/** The same as a JSON list: JSON parses fast and is not metered, so the time runs out at the rules. */
const JSON_TEXT = JSON.stringify(Array.from({ length: 20_000 }, (_, i) => `http://10.${i >> 16}.${(i >> 8) & 255}.${i & 255}/`));

interface JsonReport {
  files: Array<{ findings: Array<{ ruleId: string; messageId: string; message: string; line: number }> }>;
}

function cli(file: string, ...args: string[]): JsonReport {
  const result = spawnSync(process.execPath, [CLI, '--format', 'json', '--no-config', '--concurrency', 'off', ...args, file], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  assert.equal(result.status, 1, result.stderr);
  return JSON.parse(result.stdout) as JsonReport;
}

test('CLI: --max-lint-time stops a slow YAML parse with a note at the top; 0 lints it whole', () => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-budget-'));
  try {
    const file = path.join(folder, 'generated.yaml');
    fs.writeFileSync(file, TEXT);
    const stopped = cli(file, '--max-lint-time', '1ms').files[0].findings;
    const note = stopped.find((finding) => finding.messageId === 'stoppedParsing');
    assert.ok(note, JSON.stringify(stopped.slice(0, 3)));
    assert.equal(note.ruleId, 'parse-error');
    assert.equal(note.line, 1);
    assert.equal(note.message, 'Stopped after 1 ms while parsing: nothing checked; split the file or raise the limit');
    assert.deepEqual(
      stopped.map((finding) => finding.messageId),
      ['stoppedParsing'],
    );
    const whole = cli(file, '--max-lint-time', '0').files[0].findings;
    assert.ok(!whole.some((finding) => finding.messageId === 'stopped'));
    assert.ok(whole.length > stopped.length);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('language server: internetFirst.maxLintTime stops the rules on a slow document, publishes the note, and still answers', { timeout: 300_000 }, async () => {
  const harness = await LspHarness.start({
    capabilities: { workspace: { configuration: true } },
    configuration: (item) => (item.section === 'internetFirst' ? { maxLintTime: 1 } : null),
  });
  try {
    const uri = 'file:///workspace/budget/generated.json';
    const published = harness.nextDiagnostics(uri, undefined, 240_000);
    await harness.open(uri, 'json', JSON_TEXT);
    const { diagnostics } = await published;
    const note = diagnostics.find((diagnostic) => String(diagnostic.message).startsWith('Stopped after 1 ms: '));
    assert.ok(note, `${diagnostics.length} diagnostics, none saying the lint stopped`);
    assert.equal(note.code, 'parse-error');
    assert.equal(note.range.start.line, 0);
    const small = 'file:///workspace/budget/small.yaml';
    const next = harness.nextDiagnostics(small, undefined, 240_000);
    await harness.open(small, 'yaml', 'url: http://api.example.com/\n');
    assert.ok((await next).diagnostics.length > 0);
  } finally {
    harness.kill();
  }
});
