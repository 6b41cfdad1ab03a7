/**
 * Lints files on a small pool of worker threads. The engine is pure and each
 * file independent, so a worker only runs `runLintTask` on the batches it is
 * sent; batches are handed out as workers finish (a slow file does not hold
 * up the rest) and results are put back in task order, so the report is the
 * same whatever the scheduling.
 *
 * The worker runs this very file: in the bundle it is dist/cli/cli.js (the
 * entry file, which runs cli.main.js through the code cache and gives it its
 * own name as `__filename`; the CLI's entry point checks `isLintWorker()` and
 * stays quiet), under tsc's
 * output it is this module, so tests exercise the real thing.
 */
import * as os from 'node:os';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { runLintTask, type LintTask, type LintTaskResult } from './lint-task';
import type { Concurrency } from './args';
import { busyCoresSince } from './busy-cores';

const WORKER_FLAG = 'internetFirstLintWorker';

/**
 * Below this many files per thread, starting threads (each loads the engine
 * and warms up its JIT: a few hundred milliseconds of CPU) costs more than it
 * saves. Since the line scanner (stop 22) a small config lints in about
 * 0.3 ms, so it takes three times as many files as before to win back a
 * worker's start: two workers on an idle 2-core machine were level with the
 * main thread at 2,000 files (0.92–1.09 × in three runs) and won 4–14 % at
 * 4,000 and 8,000, for 30–45 % more CPU (docs/cli.md).
 */
export const FILES_PER_WORKER = 1500;

const BATCHES_IN_FLIGHT = 2;

/**
 * A worker's young generation, in MB. A worker lints one file at a time and
 * drops what it made before the next, so a young generation larger than a
 * file's working set buys nothing; V8's default grows to 48 MB a thread (two
 * 16 MB semi-spaces and their large-object part). With 8 MB a worker
 * scavenges about three times as often, each scavenge cheaper (its work is
 * what survives, not the space's size): the same CPU within noise on the
 * bench's 2,000 files and on two 5 MB files, 45–50 MB less peak RSS with two
 * workers. Only the young generation is limited: a big file's tree still
 * moves to the old generation, which has no limit but V8's own.
 */
export const WORKER_YOUNG_GENERATION_MB = 8;

interface BatchMessage {
  id: number;
  tasks: LintTask[];
}

interface ResultMessage {
  id: number;
  results: LintTaskResult[];
}

export function isLintWorker(): boolean {
  return !isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_FLAG] === true;
}

if (isLintWorker()) {
  parentPort!.on('message', (batch: BatchMessage) => {
    const reply: ResultMessage = { id: batch.id, results: batch.tasks.map((task) => runLintTask(task)) };
    parentPort!.postMessage(reply);
  });
}

/**
 * Threads for a run: 0 means lint on the main thread. `auto` only starts
 * workers for cores that are idle: on a machine already busy (other work on
 * all but one core, as on a shared CI runner) the threads only take turns
 * with the other work and, with their start-up, lose to the main thread.
 * `busy` is the cores' worth of other processes' work (busy-cores.ts
 * measures it over the run's start; the one-minute load average otherwise).
 */
export function threadCount(concurrency: Concurrency, files: number, cores = availableCores(), busy = busyCoresSince(undefined)): number {
  if (concurrency === 'off' || files === 0) return 0;
  if (concurrency !== 'auto') return Math.min(concurrency, files);
  const idleCores = Math.floor(cores - busy + 0.5);
  const threads = Math.min(cores, idleCores, Math.floor(files / FILES_PER_WORKER));
  return threads >= 2 ? threads : 0;
}

function availableCores(): number {
  return typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
}

export type ProgressListener = (done: number, total: number) => void;

/** The same results as the pool, in the same order, on the calling thread. */
export function runTasksSerially(tasks: readonly LintTask[], onProgress?: ProgressListener): LintTaskResult[] {
  return tasks.map((task, index) => {
    const result = runLintTask(task);
    onProgress?.(index + 1, tasks.length);
    return result;
  });
}

export function runTasksInWorkers(
  tasks: readonly LintTask[],
  threads: number,
  onProgress?: ProgressListener,
  workerScript = __filename,
): Promise<LintTaskResult[]> {
  const results: LintTaskResult[] = new Array(tasks.length);
  // Small batches keep the threads evenly loaded; large enough that messaging is not the cost.
  const batchSize = Math.max(1, Math.min(16, Math.ceil(tasks.length / (threads * 8))));
  const batches: Array<{ start: number; end: number }> = [];
  for (let start = 0; start < tasks.length; start += batchSize) batches.push({ start, end: Math.min(start + batchSize, tasks.length) });

  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let nextBatch = 0;
    let done = 0;
    let settled = false;
    const finish = (error?: Error): void => {
      if (settled) return;
      settled = true;
      void Promise.all(workers.map((worker) => worker.terminate())).then(() => (error ? reject(error) : resolve(results)));
    };
    const feed = (worker: Worker): void => {
      if (nextBatch >= batches.length) return;
      const id = nextBatch++;
      const { start, end } = batches[id];
      worker.postMessage({ id, tasks: tasks.slice(start, end) } satisfies BatchMessage);
    };

    for (let i = 0; i < Math.min(threads, batches.length); i++) {
      const worker = new Worker(workerScript, {
        workerData: { [WORKER_FLAG]: true },
        resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB },
      });
      workers.push(worker);
      worker.on('message', (message: ResultMessage) => {
        const { start } = batches[message.id];
        message.results.forEach((result, offset) => (results[start + offset] = result));
        done += message.results.length;
        onProgress?.(done, tasks.length);
        if (done === tasks.length) finish();
        else feed(worker);
      });
      worker.on('error', (error) => finish(error));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) finish(new Error(`a lint worker stopped with exit code ${code}`));
      });
      // Two batches in flight: the worker starts the next while its last results cross to the main thread.
      for (let inFlight = 0; inFlight < BATCHES_IN_FLIGHT; inFlight++) feed(worker);
    }
    if (batches.length === 0) finish();
  });
}
