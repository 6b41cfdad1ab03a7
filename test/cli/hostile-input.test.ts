/**
 * Hostile input cannot take the process down (issue 11): deep flow, block and
 * compact nesting, deep JSON, alias chains and huge single lines, linted by
 * the built CLI with worker threads, and by the language server over stdio,
 * which must still answer a request afterwards. Child processes, because a
 * V8 abort (SIGABRT) would kill the test runner itself.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { ClientCapabilities } from 'vscode-languageserver/node';
import { LspHarness } from '../lsp/lsp-harness';

/** How long one hostile file may take to be linted and published over stdio before the test calls it a hang. */
const HOSTILE_WAIT_MS = 120_000;

const CLI = path.resolve(__dirname, '../../../dist/cli/cli.js');
const HEAD = 'apiVersion: internet-first/v1\nkind: ServiceManifest\n';

function aliasChain(links: number): string {
  let text = `${HEAD}a0: &a0 [x]\n`;
  for (let i = 1; i < links; i++) text += `a${i}: &a${i} [*a${i - 1}]\n`;
  return `${text}spec: *a${links - 1}\n`;
}

/** name → [text, whether it must be reported as nested too deep] */
const HOSTILE: Record<string, [string, boolean]> = {
  'flow.yaml': [`x: ${'['.repeat(1000)}\n`, true],
  'flow-closed.yaml': [`x: ${'['.repeat(20_000)}${']'.repeat(20_000)}\n`, true],
  'flow-map.yaml': [`x: ${'{a: '.repeat(5000)}\n`, true],
  'implicit-maps.yaml': [`x: ${'[a: '.repeat(190)}b${']'.repeat(190)}\n`, false],
  'block.yaml': [Array.from({ length: 600 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' x\n', true],
  'compact.yaml': [`${'- '.repeat(50_000)}a\n`, true],
  'keys.yaml': [`x: ${'? '.repeat(50_000)}a\n`, true],
  'deep.json': ['['.repeat(50_000), true],
  'deep-object.json': ['{"a":'.repeat(50_000), true],
  'alias-chain.service.yaml': [aliasChain(1000), false],
  'long-line.yaml': [`x: ${'a'.repeat(3_000_000)}\n`, false],
  'long-list.json': [`[${'"http://10.0.0.1/",'.repeat(20_000)}1]`, false],
};

describe('hostile input', () => {
  let folder: string;
  before(() => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-hostile-'));
    for (const [name, [text]] of Object.entries(HOSTILE)) fs.writeFileSync(path.join(folder, name), text);
  });
  after(() => fs.rmSync(folder, { recursive: true, force: true }));

  test('the CLI with worker threads reports every file and exits normally, three runs in a row', () => {
    for (let run = 0; run < 3; run++) {
      const result = spawnSync(process.execPath, [CLI, '--format', 'json', '--concurrency', '2', '--no-config', folder], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        timeout: 120_000,
      });
      assert.equal(result.signal, null, `run ${run}: killed by ${result.signal}; ${result.stderr.slice(-500)}`);
      assert.equal(result.status, 1, `run ${run}: ${result.stderr.slice(-500)}`);
      const report = JSON.parse(result.stdout) as { files: Array<{ path: string; findings: Array<{ messageId: string }> }> };
      for (const [name, [, tooDeep]] of Object.entries(HOSTILE)) {
        const findings = report.files.find((entry) => entry.path.endsWith(name))?.findings ?? [];
        assert.equal(
          findings.some((finding) => finding.messageId === 'tooDeep'),
          tooDeep,
          name,
        );
      }
    }
  });

  test('the language server lints each file and still answers afterwards', { timeout: 20 * HOSTILE_WAIT_MS }, async () => {
    const capabilities: ClientCapabilities = { workspace: { configuration: true }, textDocument: { hover: { contentFormat: ['markdown'] } } };
    const harness = await LspHarness.start({ capabilities, configuration: () => ({}) });
    try {
      for (const [name, [text, tooDeep]] of Object.entries(HOSTILE)) {
        const uri = `file:///workspace/hostile/${name}`;
        // A bound for a hang, not an expected time: a megabyte-sized hostile file on a machine kept busy by other work took over 10 s.
        const published = harness.nextDiagnostics(uri, undefined, HOSTILE_WAIT_MS);
        await harness.open(uri, name.endsWith('.json') ? 'json' : 'yaml', text);
        const { diagnostics } = await published;
        assert.equal(
          diagnostics.some((diagnostic) => String(diagnostic.message).includes('nested deeper than 200 levels')),
          tooDeep,
          name,
        );
        await harness.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
      }
      const uri = 'file:///workspace/hostile/after.yaml';
      const published = harness.nextDiagnostics(uri);
      await harness.open(uri, 'yaml', 'url: http://api.example.com/\n');
      assert.ok((await published).diagnostics.some((diagnostic) => diagnostic.code === 'insecure-url'));
    } finally {
      harness.kill();
    }
  });
});
