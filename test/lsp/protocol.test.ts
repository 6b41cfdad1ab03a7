/**
 * One protocol file for server and client: server/src/lsp/protocol.ts names
 * what the server adds to LSP and the VS Code client imports it, so a
 * command renamed on one side is renamed on both. These tests keep that
 * file importable by the client (it imports nothing, and the client bundle
 * takes no other server code) and package.json in step with both lists: a
 * command missing there would silently vanish from the command palette.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import ts from 'typescript';
import { COMMANDS, FIX_ALL_KIND } from '../../server/src/lsp/protocol';
import { CLIENT_COMMANDS } from '../../client/src/client-commands';

const ROOT = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string; title: string; category: string }> };
};

test("the palette lists the server's fix all and lint workspace and the client's own commands, and nothing else", () => {
  const contributed = manifest.contributes.commands.map((command) => command.command).sort();
  // showDocumentation is opened from code actions only, never from the palette.
  const expected = [COMMANDS.fixAll, COMMANDS.lintWorkspace, ...Object.values(CLIENT_COMMANDS)].sort();
  assert.deepEqual(contributed, expected);
  for (const command of manifest.contributes.commands) assert.equal(command.category, 'Internet First');
  // Not ESLint's "Fix all auto-fixable problems": both show in one palette, and ours applies only safe fixes.
  assert.equal(manifest.contributes.commands.find((command) => command.command === COMMANDS.fixAll)?.title, 'Fix all safe problems');
  assert.equal(FIX_ALL_KIND, 'source.fixAll.internetFirst');
});

test('client and server command names do not collide', () => {
  const server = new Set<string>(Object.values(COMMANDS));
  for (const name of Object.values(CLIENT_COMMANDS)) assert.equal(server.has(name), false, name);
});

test('the server protocol file imports nothing, so the client can include it', () => {
  const text = readFileSync(resolve(ROOT, 'server/src/lsp/protocol.ts'), 'utf8');
  const info = ts.preProcessFile(text, true, true);
  assert.deepEqual(
    [...info.importedFiles, ...info.referencedFiles, ...info.typeReferenceDirectives].map((file) => file.fileName),
    [],
  );
});

test('the client bundle takes the protocol file and no other server code', async () => {
  const result = await build({
    entryPoints: [resolve(ROOT, 'client/src/extension.ts')],
    absWorkingDir: ROOT,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    mainFields: ['module', 'main'],
    external: ['vscode'],
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const fromServer = Object.keys(result.metafile.inputs).filter((input) => input.startsWith('server/'));
  assert.deepEqual(fromServer, ['server/src/lsp/protocol.ts']);
});
