/**
 * Runs a whole node process and reports its wall time, its CPU time (every
 * thread's, from process.cpuUsage at exit) and its peak RSS (resourceUsage's
 * maxRSS), the last two written to stderr by a preloaded script.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function preloadScript(cacheRoot) {
  mkdirSync(cacheRoot, { recursive: true });
  const path = join(cacheRoot, 'usage-at-exit.cjs');
  writeFileSync(
    path,
    "process.on('exit', () => { const u = process.cpuUsage(); process.stderr.write(`\\nIFL-BENCH-USAGE ${(u.user " +
      '+ u.system) / 1000} ${process.resourceUsage().maxRSS}\\n`); });\n',
  );
  return path;
}

/** args after `node --require <preload>`; returns { wall, cpu (ms), maxRssMb, status, stdout }. */
export function timedNode(preload, args, options = {}) {
  const start = performance.now();
  const result = spawnSync(process.execPath, ['--require', preload, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  const wall = performance.now() - start;
  const usage = /IFL-BENCH-USAGE ([\d.]+) (\d+)/.exec(result.stderr ?? '');
  if (!usage) throw new Error(`no usage from ${args.slice(0, 2).join(' ')} (exit ${result.status}): ${(result.stderr ?? '').slice(0, 400)}`);
  return { wall, cpu: Number(usage[1]), maxRssMb: Number(usage[2]) / 1024, status: result.status, stdout: result.stdout };
}
