/**
 * The server gives closed documents' memory back (lsp/idle-memory.ts): one
 * full collection after a burst of closes, through V8's `gc`, which the
 * entry file exposes before the bundle is compiled so that the code cache
 * made under that flag is used by the next start rather than rejected.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { IdleCollector } from '../../server/src/lsp/idle-memory';
import { LspHarness, SERVER_PATH } from './lsp-harness';

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('idle collector', () => {
  test('collects once, a moment after the last close of a burst', async () => {
    let collections = 0;
    const collector = new IdleCollector(() => collections++, 30);
    for (let i = 0; i < 5; i++) collector.documentClosed();
    assert.equal(collections, 0, 'not during the burst');
    await settle(150);
    assert.equal(collections, 1);
    collector.documentClosed();
    await settle(150);
    assert.equal(collections, 2);
  });

  test("V8's own collector runs in this process, as in the server", async () => {
    const collector = new IdleCollector(undefined, 1);
    collector.documentClosed();
    // It throws inside the timer if `gc` cannot be reached: the test process would report an uncaught error.
    await settle(50);
  });
});

describe('the built server and its code cache', () => {
  test('a server that collected after a close makes a code cache the next start uses', async () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-server-gc-'));
    try {
      for (const file of fs.readdirSync(path.dirname(SERVER_PATH))) {
        if (file.endsWith('.js')) fs.copyFileSync(path.join(path.dirname(SERVER_PATH), file), path.join(folder, file));
      }
      const serverPath = path.join(folder, path.basename(SERVER_PATH));
      const caches = () => fs.readdirSync(folder).filter((file) => file.endsWith('.code-cache'));
      const stamps: string[] = [];
      // Three starts, each over the 1 s after which a run's cache is kept (code-cache.ts): the first may still
      // be remade by the second, whatever the machine's speed; the third must use the second's as it is.
      for (let start = 0; start < 3; start++) {
        const server = await LspHarness.start({ capabilities: {}, serverPath });
        try {
          const uri = pathToFileURL(path.join(folder, 'app.yaml')).href;
          const published = server.nextDiagnostics(uri);
          await server.open(uri, 'yaml', 'url: http://10.0.0.1/\n');
          await published;
          await server.close(uri);
          await settle(1200);
          assert.equal(await server.shutdown(), 0);
        } finally {
          server.kill();
        }
        assert.equal(caches().length, 1, `start ${start + 1}: ${caches().join(', ')}`);
        const stat = fs.statSync(path.join(folder, caches()[0]));
        stamps.push(`${stat.size}:${stat.mtimeMs}`);
      }
      // Rejected (made under other flags), the cache would have been made again at every exit.
      assert.equal(stamps[2], stamps[1], 'the third start remade the cache');
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});
