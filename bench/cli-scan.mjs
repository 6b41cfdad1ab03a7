// How long the built CLI takes to scan a tree on the main thread, on one worker
// thread and on the pool `--concurrency auto` picks: the real-world corpus
// (/work/shared/realworld, when present) and a generated tree of about 2,000
// files made by copying the corpus (or, without it, generated Kubernetes YAML)
// into many folders. Wall-clock time of the whole process, median of a few
// runs, so thread start-up and file reading count; and the CPU time of all its
// threads, which shows what the threads cost on a machine busy with other
// work (where wall time says little). Not a timed test: numbers to compare
// across changes, written into docs/cli.md by hand.
// Run after `npm run build`: node bench/cli-scan.mjs [runs]
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const ROOT = new URL('..', import.meta.url).pathname;
const CLI = join(ROOT, 'dist/cli/cli.js');
const CORPUS = '/work/shared/realworld';
const RUNS = Number(process.argv[2] ?? 5);
const TARGET_FILES = 2000;
/** As in server/src/cli/worker-pool.ts, to say what `auto` picks. */
const FILES_PER_WORKER = 50;

if (!existsSync(CLI)) {
  console.error('dist/cli/cli.js is missing: run npm run build first');
  process.exit(2);
}

function countLintable(folder) {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) count += countLintable(join(folder, entry.name));
    else if (/\.(ya?ml|jsonc?)$/i.test(entry.name)) count++;
  }
  return count;
}

function generatedTree() {
  const folder = mkdtempSync(join(tmpdir(), 'ifl-bench-'));
  if (existsSync(CORPUS)) {
    const perCopy = countLintable(CORPUS);
    for (let copy = 0; copy * perCopy < TARGET_FILES; copy++) cpSync(CORPUS, join(folder, `copy-${String(copy).padStart(2, '0')}`), { recursive: true });
  } else {
    for (let i = 0; i < TARGET_FILES; i++) {
      const sub = join(folder, `svc-${i % 40}`);
      mkdirSync(sub, { recursive: true });
      writeFileSync(
        join(sub, `deploy-${i}.yaml`),
        `apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c${i}\ndata:\n  URL: http://10.${i % 250}.0.1/\n  API: https://api-${i}.service.nhs.uk/\n`,
      );
    }
  }
  return folder;
}

// Preloaded into the CLI: prints the process's CPU time (every thread's) on exit.
const PRELOAD = join(mkdtempSync(join(tmpdir(), 'ifl-bench-preload-')), 'cpu.cjs');
writeFileSync(PRELOAD, "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nCPU ${(u.user + u.system) / 1000}\\n`); });\n");

function timeScan(folder, concurrency) {
  const walls = [];
  const cpus = [];
  for (let run = 0; run < RUNS; run++) {
    const start = performance.now();
    const result = spawnSync(
      process.execPath,
      ['--require', PRELOAD, CLI, '--no-config', '--format', 'json', '--output', '/dev/null', '--concurrency', concurrency, '.'],
      { cwd: folder, encoding: 'utf8' },
    );
    walls.push(performance.now() - start);
    if (result.status === 2) throw new Error(`the CLI failed: ${result.stderr}`);
    cpus.push(Number(/CPU ([\d.]+)/.exec(result.stderr)?.[1]));
  }
  return { wall: median(walls), cpu: median(cpus) };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function report(name, folder) {
  const files = countLintable(folder);
  const auto = files >= 2 * FILES_PER_WORKER ? `a pool of ${Math.min(availableParallelism(), Math.floor(files / FILES_PER_WORKER))}` : 'the main thread';
  console.log(`\n${name}: ${files} files, ${(dirSize(folder) / 1024 / 1024).toFixed(1)} MB, median of ${RUNS} runs; --concurrency auto uses ${auto}`);
  console.log('| threads | wall time | files/s | CPU time (all threads) |');
  console.log('|---|---|---|---|');
  const cores = availableParallelism();
  const modes = [
    ['main thread (`--concurrency off`)', 'off'],
    ['1 worker (`--concurrency 1`)', '1'],
    [`pool of ${cores} (\`--concurrency ${cores}\`)`, String(cores)],
  ];
  for (const [label, concurrency] of modes) {
    const { wall, cpu } = timeScan(folder, concurrency);
    console.log(`| ${label} | ${(wall / 1000).toFixed(2)} s | ${Math.round(files / (wall / 1000))} | ${(cpu / 1000).toFixed(2)} s |`);
  }
}

function dirSize(folder) {
  let size = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const full = join(folder, entry.name);
    size += entry.isDirectory() ? dirSize(full) : statSync(full).size;
  }
  return size;
}

console.log(
  `node ${process.version}, ${availableParallelism()} cores, load average ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`,
);
if (existsSync(CORPUS)) report('real-world corpus', CORPUS);
const tree = generatedTree();
try {
  report('generated tree', tree);
} finally {
  rmSync(tree, { recursive: true, force: true });
  rmSync(dirname(PRELOAD), { recursive: true, force: true });
}
