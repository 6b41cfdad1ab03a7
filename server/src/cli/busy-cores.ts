/**
 * How many cores other processes keep busy right now, for `--concurrency
 * auto`. The one-minute load average lags by a minute: on a CI runner that
 * has just finished `npm ci`, or in a script that runs the CLI twice in a
 * row, it still counts work that has ended and keeps an idle machine on the
 * main thread. So the CLI samples the cores' own counters (`os.cpus()`, which
 * is /proc/stat on Linux) when it starts and again when it has found its
 * files, and takes out its own CPU time over the same window. A window too
 * short to measure (the counters tick every 10 ms) falls back to the load
 * average.
 */
import * as os from 'node:os';

export interface CpuSample {
  /** Milliseconds all cores have spent idle, and in total, since boot. */
  idle: number;
  total: number;
  /** This process's CPU time (all threads), in milliseconds. */
  own: number;
  cores: number;
}

/** At least this much wall time per core between samples, or the counters are too coarse to trust. */
export const MIN_WINDOW_MS = 100;

export function sampleCpu(): CpuSample {
  const cpus = os.cpus();
  let idle = 0;
  let total = 0;
  for (const { times } of cpus) {
    idle += times.idle;
    total += times.user + times.nice + times.sys + times.idle + times.irq;
  }
  const own = process.cpuUsage();
  return { idle, total, own: (own.user + own.system) / 1000, cores: cpus.length };
}

/**
 * Cores' worth of work done by other processes between two samples, or
 * undefined when it cannot be measured (a short window, a platform without
 * the counters, a core count that changed).
 */
export function busyCoresBetween(start: CpuSample, end: CpuSample): number | undefined {
  if (start.cores !== end.cores || end.cores === 0) return undefined;
  const total = end.total - start.total;
  if (total < MIN_WINDOW_MS * end.cores) return undefined;
  const othersBusy = total - (end.idle - start.idle) - (end.own - start.own);
  return Math.max(0, othersBusy) / (total / end.cores);
}

/**
 * Other processes' busy cores since `start`, else the one-minute load average.
 * A load average at or above the core count still wins over the window: a
 * machine busy for the last minute (a CI runner building in parallel) is
 * likely busy again in a moment, and a pool that has to share its cores loses
 * to the main thread (measured with the bench: 1.22 × the serial wall time).
 */
export function busyCoresSince(start: CpuSample | undefined, end = start && sampleCpu(), load = os.loadavg()[0]): number {
  const measured = start && end && busyCoresBetween(start, end);
  if (measured === undefined) return load;
  return load >= (end?.cores ?? 0) ? Math.max(measured, load) : measured;
}
