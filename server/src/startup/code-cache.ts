/**
 * Runs a bundle (the CLI's or the language server's) through V8's code cache,
 * so a fresh process does not parse and compile again what the last one did.
 * Node 20 has no `module.enableCompileCache`; `vm.Script` takes and makes the
 * same data (`cachedData`, `createCachedData`).
 *
 * The cache is made once the process has run for a while (the functions it
 * compiled by then are in it: start-up and a lint), at exit at the latest,
 * and made again by a longer run that compiled much more than it held,
 * and written atomically (a temporary file, then a rename) next to the bundle,
 * or where that folder is not writable (a global npm install) in the
 * operating system's temporary folder. Its name carries the bundle's content
 * hash from the build and V8's version, so a rebuilt bundle or another Node
 * never reads it; V8 checks it again and may reject it (then it is remade).
 * Nothing here may stop the bundle from running: every failure to read or
 * write the cache only means compiling as usual.
 *
 * A code cache is code: in the shared temporary folder only a regular file of
 * this user's that no one else may write is read (and it is written 0600).
 * INTERNET_FIRST_LINT_CODE_CACHE=off turns the cache off.
 */
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { isMainThread } from 'node:worker_threads';

export interface BundleOptions {
  /** The bundle's content hash, from the build. */
  hash: string;
  /** What the bundle sees as `__filename`: its loader, so that worker threads it starts load through the cache too. */
  filename: string;
  /** Make the cache this long after start unless the process exits first. */
  writeAfterMs: number;
  /**
   * A run that has lasted this long (at the time above, or at exit) and used a cache remakes it when it has
   * compiled much more than the cache held: a first run that only printed `--version` leaves a thin cache.
   */
  refreshAfterMs: number;
}

/** How much larger the new cache must be than the one read to be written in its place. */
const REFRESH_GROWTH = 1.25;

/** Where the cache is looked for and written, in order of preference. */
export function cacheLocations(bundlePath: string, hash: string): { beside: string; temporary: string } {
  const key = `${hash}-${process.versions.v8}-${process.arch}`.replace(/[^\w.-]/g, '_');
  const base = path.basename(bundlePath);
  return {
    beside: path.join(path.dirname(bundlePath), `${base}.${key}.code-cache`),
    temporary: path.join(os.tmpdir(), `internet-first-lint-${base}.${key}.code-cache`),
  };
}

/** What became of the cache: read and accepted, made (none yet, or V8 rejected the one read), or turned off. */
export type CacheUse = 'used' | 'made' | 'rejected' | 'off';

/** Compiles and runs the bundle as a CommonJS module would run, with the code cache when there is a good one. */
export function runBundle(bundlePath: string, options: BundleOptions): CacheUse {
  const source = fs.readFileSync(bundlePath, 'utf8');
  const enabled = process.env.INTERNET_FIRST_LINT_CODE_CACHE !== 'off';
  const locations = cacheLocations(bundlePath, options.hash);
  const cachedData = enabled ? readCache(locations) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData,
  });
  const use: CacheUse = !enabled ? 'off' : cachedData === undefined ? 'made' : script.cachedDataRejected ? 'rejected' : 'used';
  // Worker threads read the cache their main thread made.
  if (isMainThread && use !== 'off') {
    const outgrown = use === 'used' ? { size: cachedData?.length ?? 0, afterMs: options.refreshAfterMs } : undefined;
    scheduleWrite(script, locations, options.writeAfterMs, outgrown);
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const bundleModule = { exports: {}, filename: options.filename, id: options.filename, loaded: false };
  wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(options.filename), bundleModule, options.filename, path.dirname(options.filename));
  return use;
}

function readCache(locations: { beside: string; temporary: string }): Buffer | undefined {
  try {
    return fs.readFileSync(locations.beside);
  } catch {
    // None beside the bundle: perhaps one in the temporary folder.
  }
  try {
    if (!isOwnPrivateFile(locations.temporary)) return undefined;
    return fs.readFileSync(locations.temporary);
  } catch {
    return undefined;
  }
}

/** A regular file (not a link) of this user's that no one else may write; on Windows the temporary folder is the user's own. */
function isOwnPrivateFile(file: string): boolean {
  const stat = fs.lstatSync(file);
  if (!stat.isFile()) return false;
  if (process.platform === 'win32' || typeof process.getuid !== 'function') return true;
  return stat.uid === process.getuid() && (stat.mode & 0o022) === 0;
}

/** Makes and writes the cache; with `outgrown`, only after a long enough run and when it has grown by REFRESH_GROWTH. */
function scheduleWrite(
  script: vm.Script,
  locations: { beside: string; temporary: string },
  afterMs: number,
  outgrown?: { size: number; afterMs: number },
): void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    if (outgrown && process.uptime() * 1000 < outgrown.afterMs) return;
    let data: Buffer;
    try {
      data = script.createCachedData();
    } catch {
      return;
    }
    if (outgrown && data.length < outgrown.size * REFRESH_GROWTH) return;
    if (!writeAtomically(locations.beside, data)) writeAtomically(locations.temporary, data);
  };
  setTimeout(write, afterMs).unref();
  process.once('exit', write);
}

function writeAtomically(file: string, data: Buffer): boolean {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temporary, data, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temporary, file);
    return true;
  } catch {
    try {
      fs.unlinkSync(temporary);
    } catch {
      // Never created.
    }
    return false;
  }
}
