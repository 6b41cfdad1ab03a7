/**
 * The worker pool gives exactly the serial results, in task order, whatever
 * the number of threads and however the batches interleave; and it is used
 * only when there are enough files to pay for starting threads.
 */
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { once } from 'node:events';
import { Worker } from 'node:worker_threads';
import type { LintTask } from '../../server/src/cli/lint-task';
import { FILES_PER_WORKER, runTasksInWorkers, runTasksSerially, threadCount, WORKER_YOUNG_GENERATION_MB } from '../../server/src/cli/worker-pool';
import { busyCoresBetween, busyCoresSince, MIN_WINDOW_MS, sampleCpu, type CpuSample } from '../../server/src/cli/busy-cores';

let root: string;
let tasks: LintTask[];

before(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-pool-'));
  tasks = [];
  for (let i = 0; i < 60; i++) {
    const name = `f${String(i).padStart(2, '0')}.${i % 4 === 0 ? 'json' : 'yaml'}`;
    // Files of very different sizes, so that batches finish out of order.
    const lines = Array.from({ length: (i % 7) * 40 + 1 }, (_, j) => `k${j}: http://host${i}.service.nhs.uk/${j}`);
    const text = name.endsWith('.json') ? `{ "url": "http://10.0.${i}.1/" }\n` : `${lines.join('\n')}\n`;
    fs.writeFileSync(path.join(root, name), text);
    tasks.push({
      entry: { absolutePath: path.join(root, name), displayPath: name, explicit: true },
      config: {},
      maxFileBytes: 1e6,
      fix: i % 5 === 0,
      unsafeFixes: i % 10 === 0,
    });
  }
  // One missing file and one walk error: problems travel through the pool too.
  tasks.push({
    entry: { absolutePath: path.join(root, 'missing.yaml'), displayPath: 'missing.yaml', explicit: true },
    config: {},
    maxFileBytes: 1e6,
    fix: false,
  });
  tasks.push({
    entry: { absolutePath: root, displayPath: 'locked', explicit: false, walkError: 'permission denied (EACCES)' },
    config: { rules: { 'parse-error': 'warning' } },
    maxFileBytes: 1e6,
    fix: false,
  });
});
after(() => fs.rmSync(root, { recursive: true, force: true }));

describe('runTasksInWorkers', () => {
  test('the same results as the main thread, in task order, with 1, 2 and 3 threads', async () => {
    const serial = runTasksSerially(tasks);
    assert.equal(serial.length, tasks.length);
    assert.ok(
      serial.some((result) => 'fixed' in result && result.fixed !== undefined),
      'some tasks fix',
    );
    for (const threads of [1, 2, 3]) {
      const progress: number[] = [];
      const pooled = await runTasksInWorkers(tasks, threads, (done) => progress.push(done));
      assert.deepEqual(pooled, serial, `${threads} threads`);
      assert.deepEqual(
        pooled.map((result) => result.path),
        tasks.map((task) => task.entry.displayPath),
      );
      assert.equal(progress[progress.length - 1], tasks.length);
      assert.deepEqual(
        [...progress].sort((a, b) => a - b),
        progress,
        'progress only goes up',
      );
    }
  });

  test('no tasks: resolves at once without starting threads', async () => {
    assert.deepEqual(await runTasksInWorkers([], 4), []);
  });

  test('a worker that cannot start rejects the run (exit code 2 upstream)', async () => {
    const broken = path.join(root, 'broken-worker.js');
    fs.writeFileSync(broken, 'throw new Error("cannot load");\n');
    await assert.rejects(runTasksInWorkers(tasks.slice(0, 3), 2, undefined, broken), /cannot load/);
  });

  test("a worker runs with a small young generation, and no other limit than V8's own", async () => {
    // A stand-in worker that answers each task with the limits it was started with.
    const reporter = path.join(root, 'limits-worker.js');
    fs.writeFileSync(
      reporter,
      [
        "const { parentPort, resourceLimits } = require('node:worker_threads');",
        "const answer = () => ({ path: JSON.stringify(resourceLimits), internalError: '' });",
        "parentPort.on('message', (batch) => parentPort.postMessage({ id: batch.id, results: batch.tasks.map(answer) }));",
      ].join('\n'),
    );
    const [result] = await runTasksInWorkers(tasks.slice(0, 1), 1, undefined, reporter);
    const limits = JSON.parse(result.path) as Record<string, number>;
    assert.equal(limits.maxYoungGenerationSizeMb, WORKER_YOUNG_GENERATION_MB);
    // The old generation keeps V8's own limit, the one a worker started without limits gets.
    const plain = new Worker(`require('node:worker_threads').parentPort.postMessage(require('node:worker_threads').resourceLimits)`, { eval: true });
    const [defaults] = (await once(plain, 'message')) as [Record<string, number>];
    await plain.terminate();
    assert.equal(limits.maxOldGenerationSizeMb, defaults.maxOldGenerationSizeMb);
  });
});

describe('threadCount', () => {
  test('auto: none for small runs, then one per FILES_PER_WORKER files, at most one per core', () => {
    assert.equal(threadCount('auto', 10, 8, 0), 0);
    assert.equal(threadCount('auto', FILES_PER_WORKER * 2 - 1, 8, 0), 0, 'a single worker would only add start-up time');
    assert.equal(threadCount('auto', FILES_PER_WORKER * 2, 8, 0), 2);
    assert.equal(threadCount('auto', FILES_PER_WORKER * 5, 8, 0), 5);
    assert.equal(threadCount('auto', 100_000, 8, 0), 8);
    assert.equal(threadCount('auto', 100_000, 1, 0), 0, 'one core: the main thread');
  });

  test('auto: only idle cores get a worker; a busy machine lints on the main thread', () => {
    assert.equal(threadCount('auto', 100_000, 8, 3), 5);
    assert.equal(threadCount('auto', 100_000, 2, 0.4), 2, 'a light load leaves both cores');
    assert.equal(threadCount('auto', 100_000, 2, 1), 0, 'one idle core: a pool would not win back its start-up');
    assert.equal(threadCount('auto', 100_000, 2, 19), 0);
    assert.equal(threadCount(2, 100_000, 2, 19), 2, 'an explicit count is obeyed whatever the load');
  });

  test('an explicit count is obeyed (capped at the number of files); off is the main thread', () => {
    assert.equal(threadCount(3, 100, 2), 3);
    assert.equal(threadCount(8, 2, 2), 2);
    assert.equal(threadCount('off', 100_000, 8), 0);
    assert.equal(threadCount(4, 0, 8), 0);
  });
});

describe('busyCoresBetween', () => {
  const sample = (idle: number, total: number, own: number, cores = 2): CpuSample => ({ idle, total, own, cores });

  test("other processes' work is the cores' time that was neither idle nor this process's own", () => {
    // 500 ms on 2 cores: 1,000 ms of core time, 400 idle, 300 ours: 300 ms of others' work, 0.6 of a core.
    assert.equal(busyCoresBetween(sample(0, 0, 0), sample(400, 1000, 300)), 0.6);
    assert.equal(busyCoresBetween(sample(0, 0, 0), sample(1000, 1000, 0)), 0, 'an idle machine');
    assert.equal(busyCoresBetween(sample(0, 0, 0), sample(0, 1000, 0)), 2, 'both cores busy with other work');
    assert.equal(busyCoresBetween(sample(0, 0, 0), sample(0, 1000, 1200)), 0, 'counters that disagree are never below zero');
  });

  test('a window too short to measure, or a changed core count, is no answer (the load average decides)', () => {
    assert.equal(busyCoresBetween(sample(0, 0, 0), sample(100, MIN_WINDOW_MS * 2 - 10, 0)), undefined);
    assert.equal(busyCoresBetween(sample(0, 0, 0, 2), sample(100, 1000, 0, 4)), undefined);
  });

  test('the measured window decides unless the load average says the machine has been full for a minute', () => {
    const start = sample(0, 0, 0);
    const quiet = sample(1000, 1000, 0);
    assert.equal(busyCoresSince(start, quiet, 1.5), 0, 'earlier work that has ended (load 1.5 of 2) does not count');
    assert.equal(busyCoresSince(start, quiet, 2), 2, 'a load at the core count wins over a quiet moment');
    assert.equal(busyCoresSince(start, sample(0, 1000, 0), 3), 3);
    assert.equal(busyCoresSince(start, sample(0, 50, 0), 0.7), 0.7, 'a window too short: the load average');
    assert.equal(busyCoresSince(undefined, undefined, 1.2), 1.2);
  });

  test('busyCoresSince measures the real machine: a finite number of cores, never negative', () => {
    const busy = busyCoresSince(sampleCpu());
    assert.ok(busy >= 0 && Number.isFinite(busy), String(busy));
  });
});
