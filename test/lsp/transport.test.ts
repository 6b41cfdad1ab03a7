/**
 * A stream the server cannot read (issue 11): NUL bytes, a Content-Length
 * that is not a number or is missing, a header line without a colon, a body
 * that is not JSON or that stops short of its length. The server used to stay alive and silent; now it logs to
 * stderr and exits with code 1, so the editor restarts it. The framing guard
 * is also tested on its own, chunk boundaries included.
 */
import { spawn } from 'node:child_process';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { FramingGuard, MAX_HEADER_BYTES } from '../../server/src/lsp/framing-guard';
import { STALLED_BODY_MS, stalledBodyMs } from '../../server/src/lsp/stdio-transport';

/** The stall bound the servers here run with (the default minute would make one test a minute long). */
const TEST_STALL_MS = 3000;
import { SERVER_PATH } from './lsp-harness';

/** A bound for a hang, not an expected time: the exit takes milliseconds. */
const EXIT_BOUND_MS = 60_000;

function frame(body: string): Buffer {
  return Buffer.from(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

const INITIALIZE = frame(JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
const ANSWERED_INITIALIZE = /"serverInfo"/;
const SHUTDOWN = frame(JSON.stringify({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Starts the server over stdio and follows `steps` in order: bytes are written,
 * a pattern waits until stdout has matched it (an answer). Then stdin is
 * ended if asked, and the run waits, within a bound, for the server to exit.
 */
function runServer(steps: Array<Buffer | RegExp>, endInput = false, boundMs = EXIT_BOUND_MS): Promise<Run> {
  return new Promise((resolve, reject) => {
    const env = { ...process.env, INTERNET_FIRST_STALLED_BODY_MS: String(TEST_STALL_MS) };
    const child = spawn(process.execPath, [SERVER_PATH, '--stdio'], { stdio: 'pipe', env });
    let stdout = '';
    let stderr = '';
    const pending = [...steps];
    const advance = (): void => {
      while (pending.length > 0) {
        const step = pending[0];
        if (step instanceof RegExp) {
          if (!step.test(stdout)) return;
        } else child.stdin.write(step);
        pending.shift();
      }
      if (endInput) child.stdin.end();
      endInput = false;
    };
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      advance();
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdin.on('error', () => undefined); // The server may exit before it has read everything.
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`The server was still running after ${boundMs} ms.\nstdout: ${stdout.slice(0, 500)}\nstderr: ${stderr}`));
    }, boundMs);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    advance();
  });
}

const BROKEN: Record<string, Buffer> = {
  'NUL bytes': Buffer.alloc(4096),
  'a Content-Length that is not a number': Buffer.from('Content-Length: twelve\r\n\r\n{"jsonrpc":"2.0"}'),
  'a Content-Length with trailing junk': Buffer.from('Content-Length: 17x\r\n\r\n{"jsonrpc":"2.0"}'),
  'no Content-Length': Buffer.from('Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{}'),
  'a header line without a colon': Buffer.from('Content-Length 2\r\n\r\n{}'),
  'a body that is not JSON': Buffer.from('Content-Length: 8\r\n\r\n{"a": [}'),
};

describe('a stream the server cannot read, over stdio', () => {
  for (const [name, bytes] of Object.entries(BROKEN)) {
    test(`${name}: logged to stderr, exit code 1`, async () => {
      const run = await runServer([bytes]);
      assert.equal(run.code, 1, run.stderr);
      assert.match(run.stderr, /internet-first-language-server: /);
    });

    test(`${name} after a working initialize: exit code 1`, async () => {
      const run = await runServer([INITIALIZE, ANSWERED_INITIALIZE, bytes]);
      assert.equal(run.code, 1, run.stderr);
    });
  }

  test(
    'a body shorter than its Content-Length, with nothing after it: exit code 1 once it has waited the stall bound',
    { timeout: TEST_STALL_MS + 2 * EXIT_BOUND_MS },
    async () => {
      const started = Date.now();
      const run = await runServer(
        [INITIALIZE, ANSWERED_INITIALIZE, Buffer.from('Content-Length: 100\r\n\r\n{"jsonrpc":"2.0"')],
        false,
        TEST_STALL_MS + EXIT_BOUND_MS,
      );
      assert.equal(run.code, 1, run.stderr);
      assert.ok(Date.now() - started >= TEST_STALL_MS - 500, 'a slow client is given the whole bound');
    },
  );

  test('the stall bound is a minute unless INTERNET_FIRST_STALLED_BODY_MS names another', () => {
    assert.equal(STALLED_BODY_MS, 60_000);
    assert.equal(stalledBodyMs({}), STALLED_BODY_MS);
    assert.equal(stalledBodyMs({ INTERNET_FIRST_STALLED_BODY_MS: '2500' }), 2500);
    assert.equal(stalledBodyMs({ INTERNET_FIRST_STALLED_BODY_MS: 'soon' }), STALLED_BODY_MS);
  });

  test('the end of stdin still ends the server: code 0 after a shutdown request, 1 without', async () => {
    const withShutdown = await runServer([INITIALIZE, ANSWERED_INITIALIZE, SHUTDOWN, /"id":2/], true);
    const without = await runServer([INITIALIZE, ANSWERED_INITIALIZE], true);
    assert.equal(without.code, 1, without.stderr);
    assert.equal(withShutdown.code, 0, withShutdown.stderr);
    assert.equal(without.stderr, '', 'a closed stdin is not a broken stream');
  });
});

describe('FramingGuard', () => {
  const body = JSON.stringify({ jsonrpc: '2.0', method: 'x', params: { text: 'a\u0000b ünïcode\r\n\r\n' } });
  const stream = Buffer.concat([
    frame(body),
    Buffer.from(`Content-Type: application/vscode-jsonrpc; charset=utf-8\r\ncontent-length: 2\r\n\r\n{}`),
    frame(body),
  ]);

  test('accepts well-framed messages in chunks of any size, a NUL byte inside a body included', () => {
    for (const size of [1, 2, 3, 7, 64, stream.length]) {
      const guard = new FramingGuard();
      for (let offset = 0; offset < stream.length; offset += size) {
        assert.equal(guard.push(stream.subarray(offset, offset + size)), undefined, `chunks of ${size}`);
      }
    }
  });

  test('names each kind of broken framing', () => {
    const problem = (bytes: Buffer | string) => new FramingGuard().push(typeof bytes === 'string' ? Buffer.from(bytes) : bytes);
    for (const [name, bytes] of Object.entries(BROKEN)) {
      if (name === 'a body that is not JSON') assert.equal(problem(bytes), undefined, 'bodies are the reader\u2019s to parse');
      else assert.notEqual(problem(bytes), undefined, name);
    }
    assert.notEqual(problem(`X-Padding: ${'a'.repeat(MAX_HEADER_BYTES)}`), undefined, 'a header that never ends');
    assert.notEqual(problem('Content-Length: 9999999999\r\n\r\n'), undefined, 'a body no string can hold');
    assert.notEqual(problem(Buffer.concat([frame('{}'), Buffer.from([0xff, 0xfe])])), undefined, 'garbage after a good message');
  });
});
