// The fuzz target of issue 11. Mutates the real corpora, examples/ and the test
// fixtures (test/engine/fuzz-mutator.ts: byte flips, truncation, duplicated
// blocks, equal documents, anchors/aliases/merge keys, tags, deep nesting, long
// keys and values, stacks of those) and lints each case in a pool of child
// processes (bench/fuzz-worker.mjs). Records throws (with a shrunk reproducer),
// aborts (a worker killed by a signal or out of memory; it is replaced), hangs
// (a case over its time bound; the worker is killed), time per KB, fix-all
// outcomes, and cached-vs-fresh mismatches (the language server's ParseCache
// path after an edit sequence against a fresh lint). Then the language server's
// peak RSS with one 5 MB document open (bench/fuzz-rss.mjs).
//
//   npm run build && npx tsc -b
//   npm run fuzz                                  # 100,000 cases, seed 1
//   node bench/fuzz.mjs --cases 5000 --seed 7 --workers 2 --no-rss
//   node bench/fuzz.mjs --max-minutes 30          # stop handing out cases after 30 minutes
//   node bench/fuzz.mjs --seed 1 --only 1234      # rebuild one case, write it to .cache/fuzz/
//
// Reproducers go to .cache/fuzz/. Memory stays bounded: one float per case, and
// at most MAX_KEPT examples of each kind of failure.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measureServerRss } from './fuzz-rss.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const { MUTATION_CLASSES } = require('../out/test/engine/fuzz-mutator.js');

const args = parseArgs(process.argv.slice(2));
const OUT = join(root, '.cache', 'fuzz');
/** Most cases grow by at most 16 KB; one in 500 by up to 1 MB (a 1 MB case costs seconds per lint). */
const CASE_OPTIONS = { maxGrowth: 16 * 1024, largeShare: 0.002, largeGrowth: 1024 * 1024 };
/**
 * A case is a hang when its worker spends more CPU time on it than this, or 100 ms per KB for
 * each lint it does, whichever is more. CPU time, not wall time: on a machine shared with other
 * work a starved worker is not a hung one. Past HANG_WALL_FACTOR times the bound in wall time it
 * is a hang whatever the CPU says.
 */
const HANG_FLOOR_MS = args.timeoutMs;
const HANG_MS_PER_KB = 100;
const HANG_WALL_FACTOR = 10;
const SLOW_MS_PER_KB = 50;
const MAX_KEPT = 20;
/** A worker is replaced after this many cases, so one leak cannot grow without bound. */
const CASES_PER_WORKER = 5000;

mkdirSync(OUT, { recursive: true });
if (args.only !== undefined) {
  const { loadSeeds, makeCase } = require('../out/test/engine/fuzz-cases.js');
  const fuzzCase = makeCase(loadSeeds().seeds, args.seed, args.only, CASE_OPTIONS);
  const file = writeCase('case', fuzzCase);
  console.log(`case ${args.only} (${fuzzCase.mutation}, seed input ${fuzzCase.seed.name}, ${fuzzCase.text.length} characters): ${file}`);
  process.exit(0);
}

const stats = {
  started: Date.now(),
  done: 0,
  perClass: Object.fromEntries(MUTATION_CLASSES.map((name) => [name, { cases: 0, throws: 0, aborts: 0, hangs: 0, mismatches: 0, knownBug: 0, slow: 0 }])),
  msPerKb: new Float32Array(args.cases).fill(Number.NaN),
  worst: { msPerKb: 0 },
  slowFirstTiming: 0,
  fixStops: {},
  throws: [],
  aborts: [],
  hangs: [],
  mismatches: [],
  slow: [],
  maxWorkerRss: 0,
  seeds: 0,
};

const workers = new Set();
// Ctrl+C or a kill: stop the workers and print what the cases so far found.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    for (const child of workers) child.kill('SIGKILL');
    stats.stoppedEarly = `stopped by ${signal}`;
    printSummary(undefined);
    process.exit(130);
  });
}

await runPool();
const rss = args.rss ? await measureServerRss(root) : undefined;
printSummary(rss);

function runPool() {
  return new Promise((resolveAll) => {
    let next = 0;
    let running = 0;
    const startWorker = () => {
      running++;
      const worker = {
        child: fork(join(root, 'bench/fuzz-worker.mjs'), [], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: ['--max-old-space-size=2048'] }),
        current: undefined,
        timer: undefined,
        done: 0,
        stderr: '',
      };
      workers.add(worker.child);
      worker.child.stderr.on('data', (chunk) => (worker.stderr = (worker.stderr + chunk).slice(-2000)));
      const give = () => {
        if (next >= args.cases || worker.done >= CASES_PER_WORKER) {
          worker.current = undefined;
          worker.child.kill();
          return;
        }
        if (Date.now() - stats.started > args.maxMinutes * 60_000) {
          args.cases = next; // out of time: stop handing out cases, and say so in the summary
          stats.stoppedEarly = `stopped after ${args.maxMinutes} min`;
          worker.current = undefined;
          worker.child.kill();
          return;
        }
        worker.current = next++;
        worker.caseStart = { wall: Date.now(), cpu: cpuMs(worker.child.pid) };
        worker.child.send({ type: 'case', runSeed: args.seed, index: worker.current, caseOptions: CASE_OPTIONS, fixAll: worker.current % args.fixEvery === 0 });
        armTimer(HANG_FLOOR_MS);
      };
      const armTimer = (boundMs) => {
        clearTimeout(worker.timer);
        const check = () => {
          const cpu = cpuMs(worker.child.pid) - worker.caseStart.cpu;
          const wall = Date.now() - worker.caseStart.wall;
          if (cpu < boundMs && wall < HANG_WALL_FACTOR * boundMs) {
            worker.timer = setTimeout(check, Math.max(100, boundMs - cpu));
            return;
          }
          record('hangs', worker.current, { boundMs: Math.round(boundMs), cpuMs: Math.round(cpu), wallMs: wall });
          worker.current = undefined; // recorded: the exit below is ours, not an abort
          worker.child.kill('SIGKILL');
        };
        worker.timer = setTimeout(check, boundMs);
      };
      worker.child.on('message', (message) => {
        if (message.type === 'ready') {
          stats.seeds = message.seeds;
          give();
        } else if (message.type === 'start') {
          armTimer(Math.max(HANG_FLOOR_MS, (HANG_MS_PER_KB * message.lints * message.bytes) / 1024));
        } else if (message.type === 'result') {
          clearTimeout(worker.timer);
          worker.done++;
          recordResult(message);
          give();
        }
      });
      worker.child.on('exit', (code, signal) => {
        clearTimeout(worker.timer);
        workers.delete(worker.child);
        running--;
        if (worker.current !== undefined) record('aborts', worker.current, { code, signal, stderr: worker.stderr.slice(-600) });
        if (next < args.cases) startWorker();
        else if (running === 0) resolveAll();
      });
    };
    for (let i = 0; i < Math.min(args.workers, args.cases); i++) startWorker();
  });
}

/** CPU time (user + system) a process has used so far, from /proc/<pid>/stat; 0 where there is no /proc. */
function cpuMs(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function recordResult(result) {
  stats.done++;
  const perClass = stats.perClass[result.mutation];
  perClass.cases++;
  stats.maxWorkerRss = Math.max(stats.maxWorkerRss, result.rss);
  if (result.thrown) {
    perClass.throws++;
    keep(stats.throws, {
      index: result.index,
      step: result.thrown.step,
      stack: result.thrown.stack,
      file: writeText(`throw-${result.index}`, result.reproducer),
    });
  } else {
    stats.msPerKb[result.index] = result.msPerKb;
    if (result.firstMsPerKb > SLOW_MS_PER_KB) stats.slowFirstTiming++;
    if (result.msPerKb > stats.worst.msPerKb) stats.worst = { msPerKb: result.msPerKb, index: result.index, bytes: result.bytes, mutation: result.mutation };
    if (result.msPerKb > SLOW_MS_PER_KB && result.bytes <= 1024 * 1024) {
      perClass.slow++;
      keep(stats.slow, { index: result.index, msPerKb: result.msPerKb.toFixed(1), bytes: result.bytes });
    }
    if (result.fixStop) stats.fixStops[result.fixStop] = (stats.fixStops[result.fixStop] ?? 0) + 1;
    if (result.mismatch && result.equalSegments) perClass.knownBug++;
    else if (result.mismatch) {
      perClass.mismatches++;
      keep(stats.mismatches, { index: result.index, mismatch: result.mismatch, file: writeCaseFor(result.index) });
    }
  }
  if (stats.done % 5000 === 0) console.error(`${stats.done}/${args.cases} cases, ${((Date.now() - stats.started) / 1000).toFixed(0)} s`);
}

/** A hang or abort: counted against the case's class, and its case written out for a rerun. */
function record(kind, index, detail) {
  const { loadSeeds, makeCase } = require('../out/test/engine/fuzz-cases.js');
  stats.seedInputs ??= loadSeeds().seeds;
  const fuzzCase = makeCase(stats.seedInputs, args.seed, index, CASE_OPTIONS);
  stats.perClass[fuzzCase.mutation][kind]++;
  stats.perClass[fuzzCase.mutation].cases++;
  stats.done++;
  keep(stats[kind], { index, ...detail, file: writeCase(kind.slice(0, -1), fuzzCase) });
}

function writeCaseFor(index) {
  const { loadSeeds, makeCase } = require('../out/test/engine/fuzz-cases.js');
  stats.seedInputs ??= loadSeeds().seeds;
  return writeCase('mismatch', makeCase(stats.seedInputs, args.seed, index, CASE_OPTIONS));
}

/** The case's text, and beside it a JSON file with its edit sequence (for cache mismatches). */
function writeCase(kind, fuzzCase) {
  const extension = fuzzCase.language === 'yaml' ? 'yaml' : fuzzCase.language;
  writeFileSync(
    join(OUT, `${kind}-${fuzzCase.index}.json`),
    JSON.stringify({
      seed: args.seed,
      index: fuzzCase.index,
      mutation: fuzzCase.mutation,
      seedInput: fuzzCase.seed.name,
      language: fuzzCase.language,
      fileName: fuzzCase.fileName,
      edits: fuzzCase.edits.length <= 8 && fuzzCase.text.length < 2e6 ? fuzzCase.edits : undefined,
    }),
  );
  return writeText(`${kind}-${fuzzCase.index}.${extension}`, fuzzCase.text);
}

function writeText(name, text) {
  const file = join(OUT, name);
  writeFileSync(file, text);
  return file.slice(root.length + 1);
}

function keep(list, entry) {
  if (list.length < MAX_KEPT) list.push(entry);
}

function printSummary(rss) {
  const timed = [...stats.msPerKb].filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  const p99 = timed[Math.min(timed.length - 1, Math.floor(timed.length * 0.99))] ?? 0;
  const seconds = (Date.now() - stats.started) / 1000;
  const totals = Object.values(stats.perClass).reduce(
    (sum, row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, (sum[key] ?? 0) + value])),
    {},
  );
  const early = stats.stoppedEarly ? ` (${stats.stoppedEarly})` : '';
  console.log(`\nFuzz: ${stats.done} cases${early}, seed ${args.seed}, ${stats.seeds} seed inputs, ${args.workers} workers, ${seconds.toFixed(0)} s\n`);
  console.table({ ...stats.perClass, total: totals });
  const rows = {
    'throws / aborts / hangs': `${totals.throws} / ${totals.aborts} / ${totals.hangs}`,
    'cached ≠ fresh (real / known equal-segment bug)': `${totals.mismatches} / ${totals.knownBug}`,
    'ms per KB: p50 / p99 / worst':
      `${(timed[timed.length >> 1] ?? 0).toFixed(2)} / ${p99.toFixed(2)} / ${stats.worst.msPerKb.toFixed(2)} ` +
      `(case ${stats.worst.index}, ${stats.worst.mutation}, ${stats.worst.bytes} B)`,
    'cases ≤ 1 MB over 50 ms/KB (fastest of 3; first timing)': `${totals.slow} (${stats.slowFirstTiming})`,
    'fix-all runs by outcome': JSON.stringify(stats.fixStops),
    'worker peak RSS': `${(stats.maxWorkerRss / 2 ** 20).toFixed(0)} MB`,
  };
  if (rss) for (const [name, peak] of Object.entries(rss)) rows[`server peak RSS (VmHWM), ${name}`] = peak;
  console.table(rows);
  for (const kind of ['throws', 'aborts', 'hangs', 'mismatches', 'slow']) {
    if (stats[kind].length > 0) console.log(`\n${kind} (first ${MAX_KEPT}):\n${stats[kind].map((entry) => JSON.stringify(entry)).join('\n')}`);
  }
  writeFileSync(
    join(OUT, 'summary.json'),
    JSON.stringify(
      {
        seconds,
        cases: stats.done,
        seed: args.seed,
        perClass: stats.perClass,
        p99,
        worst: stats.worst,
        rows,
        throws: stats.throws,
        aborts: stats.aborts,
        hangs: stats.hangs,
        mismatches: stats.mismatches,
        slow: stats.slow,
      },
      null,
      2,
    ),
  );
}

function parseArgs(argv) {
  const options = { cases: 100_000, seed: 1, workers: 2, timeoutMs: 10_000, fixEvery: 10, rss: true, only: undefined, maxMinutes: Infinity };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = () => Number(argv[++i]);
    if (flag === '--cases') options.cases = value();
    else if (flag === '--seed') options.seed = value();
    else if (flag === '--workers') options.workers = value();
    else if (flag === '--timeout-ms') options.timeoutMs = value();
    else if (flag === '--fix-every') options.fixEvery = value();
    else if (flag === '--only') options.only = value();
    else if (flag === '--max-minutes') options.maxMinutes = value();
    else if (flag === '--no-rss') options.rss = false;
    else throw new Error(`unknown option ${flag}: use --cases N --seed S --workers W --timeout-ms T --fix-every K --max-minutes M --only INDEX --no-rss`);
  }
  return options;
}
