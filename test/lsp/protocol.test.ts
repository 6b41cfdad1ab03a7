/**
 * The names shared by the server, the VS Code client and package.json agree:
 * a command renamed in one place and not the others would silently vanish
 * from the command palette or do nothing.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { COMMANDS, FIX_ALL_KIND, STATUS_NOTIFICATION } from '../../server/src/lsp/protocol';

const ROOT = resolve(__dirname, '../../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as {
  contributes: { commands: Array<{ command: string; title: string; category: string }> };
};
const clientProtocol = readFileSync(resolve(ROOT, 'client/src/protocol.ts'), 'utf8');

test('the palette commands exist: fix all and lint workspace on the server, the rest in the client', () => {
  const contributed = manifest.contributes.commands.map((command) => command.command);
  assert.ok(contributed.includes(COMMANDS.fixAll));
  assert.ok(contributed.includes(COMMANDS.lintWorkspace));
  assert.equal(contributed.includes(COMMANDS.showDocumentation), false, 'opened from code actions only, never from the palette');
  for (const command of manifest.contributes.commands) {
    assert.equal(command.category, 'Internet First');
    assert.ok(clientProtocol.includes(`'${command.command}'`), `${command.command} is known to the client`);
  }
  // Not ESLint's "Fix all auto-fixable problems": both show in one palette, and ours applies only safe fixes.
  assert.equal(manifest.contributes.commands.find((command) => command.command === COMMANDS.fixAll)?.title, 'Fix all safe problems');
});

test('the client spells the server\'s command and notification names the same way', () => {
  for (const name of [COMMANDS.fixAll, COMMANDS.lintWorkspace, STATUS_NOTIFICATION]) assert.ok(clientProtocol.includes(`'${name}'`), name);
  assert.equal(FIX_ALL_KIND, 'source.fixAll.internetFirst');
});
