/**
 * `--socket=PORT` and `--pipe=NAME` get the framing guard stdio has (issue
 * 11): garbage or a Content-Length that is not a number ends the server with
 * code 1 and a line on stderr, so the editor restarts it. As with the
 * library's transports the server connects to the client: the test listens
 * on a loopback port, or on a Unix socket in the temporary folder, and talks
 * to it only there.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { SERVER_PATH } from './lsp-harness';

/** A bound for a hang, not an expected time: the exit takes milliseconds. */
const EXIT_BOUND_MS = 60_000;

function frame(body: string): Buffer {
  return Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

const INITIALIZE = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
const SHUTDOWN = frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));

interface Run {
  code: number | null;
  stderr: string;
  /** What the server wrote to the socket. */
  received: string;
}

type Endpoint = { kind: 'socket' } | { kind: 'pipe'; path: string };

/**
 * Listens, starts the server with the flag that points it here, and once it
 * connects: writes INITIALIZE, waits for the answer, writes `then`, and ends
 * the socket once what it received matches `endAfter`, if given. Resolves
 * when the server process exits.
 */
function runOverSocket(endpoint: Endpoint, then: Buffer[], endAfter?: RegExp): Promise<Run> {
  return new Promise((resolve, reject) => {
    let received = '';
    let stderr = '';
    const listener = net.createServer((socket) => {
      listener.close();
      socket.on('error', () => undefined); // The server may exit before it has read everything.
      let ended = false;
      socket.on('data', (chunk: Buffer) => {
        const answered = !received.includes('"serverInfo"');
        received += chunk.toString();
        if (answered && received.includes('"serverInfo"')) for (const bytes of then) socket.write(bytes);
        if (!ended && endAfter?.test(received)) {
          ended = true;
          socket.end();
        }
      });
      socket.write(INITIALIZE);
    });
    const start = (flag: string): void => {
      const child = spawn(process.execPath, [SERVER_PATH, flag], { stdio: ['ignore', 'ignore', 'pipe'] });
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const timer = setTimeout(() => {
        child.kill();
        reject(new Error(`The server was still running after ${EXIT_BOUND_MS} ms.\nreceived: ${received.slice(0, 300)}\nstderr: ${stderr}`));
      }, EXIT_BOUND_MS);
      child.on('close', (code) => {
        clearTimeout(timer);
        listener.close();
        resolve({ code, stderr, received });
      });
    };
    listener.on('error', reject);
    if (endpoint.kind === 'socket') listener.listen(0, '127.0.0.1', () => start(`--socket=${(listener.address() as net.AddressInfo).port}`));
    else listener.listen(endpoint.path, () => start(`--pipe=${endpoint.path}`));
  });
}

const BROKEN: Record<string, Buffer> = {
  'NUL bytes': Buffer.alloc(4096),
  'a Content-Length with trailing junk': Buffer.from('Content-Length: 17x\r\n\r\n{"jsonrpc":"2.0"}'),
  'a body that is not JSON': Buffer.from('Content-Length: 8\r\n\r\n{"a": [}'),
};

for (const kind of ['socket', 'pipe'] as const) {
  describe(`a stream the server cannot read, over --${kind}`, () => {
    const endpoint = (): Endpoint =>
      kind === 'socket' ? { kind } : { kind, path: path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-pipe-')), 'lsp.sock') };

    for (const [name, bytes] of Object.entries(BROKEN)) {
      test(`${name} after a working initialize: logged to stderr, exit code 1`, async () => {
        const run = await runOverSocket(endpoint(), [bytes]);
        assert.match(run.received, /"serverInfo"/, 'the server answered over the socket first');
        assert.equal(run.code, 1, run.stderr);
        assert.match(run.stderr, /internet-first-language-server: the client's messages cannot be read/);
      });
    }

    test('the end of the socket ends the server: code 0 after a shutdown request, 1 without', async () => {
      const withShutdown = await runOverSocket(endpoint(), [SHUTDOWN], /"id":2/);
      const without = await runOverSocket(endpoint(), [], /"serverInfo"/);
      assert.equal(withShutdown.code, 0, withShutdown.stderr);
      assert.equal(without.code, 1, without.stderr);
      assert.equal(without.stderr, '', 'a closed socket is not a broken stream');
    });
  });
}

test('--socket with no port to connect to, or a port that is not one: exit code 2 or 1 with a message, never a hang', async () => {
  const bad = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [SERVER_PATH, '--socket=70000'], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(bad.code, 2);
  assert.match(bad.stderr, /--socket=70000 needs a port/);
  // A port nobody listens on: the connection is refused at once.
  const closed = net.createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const port = (closed.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const refused = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
    const child = spawn(process.execPath, [SERVER_PATH, `--socket=${port}`], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
  assert.equal(refused.code, 1, refused.stderr);
  assert.match(refused.stderr, /ECONNREFUSED/);
});
