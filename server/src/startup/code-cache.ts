/**
 * Runs a bundle (the CLI's or the language server's) through V8's code cache,
 * so a fresh process does not parse and compile again what the last one did.
 * Node 20 has no `module.enableCompileCache`; `vm.Script` takes and makes the
 * same data (`cachedData`, `createCachedData`).
 *
 * The cache is made once the process has run for a while (the functions it
 * compiled by then are in it: start-up and a lint), at exit at the latest.
 * Its first byte says whether that run was a long one; a cache made by a short
 * run (`--version`) is made again by the next long run, and one made by a long
 * run is kept, so later runs spend nothing on it (making one takes 25 ms or
 * so). It is written atomically (a temporary file, then a rename) next to the bundle,
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
   * A run that has lasted this long (at the time above, or at exit) is a long one: its cache holds the code of a
   * real run, while a run that only printed `--version` leaves a thin one, which the next long run makes again.
   */
  refreshAfterMs: number;
}

/** The first byte of a cache file: whether the run that made it was a long one. The V8 data follows. */
const MADE_BY_SHORT_RUN = 0;
const MADE_BY_LONG_RUN = 1;

interface StoredCache {
  data: Buffer;
  madeByLongRun: boolean;
}

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
  const stored = enabled ? readCache(locations) : undefined;
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, {
    filename: bundlePath,
    cachedData: stored?.data,
  });
  const use: CacheUse = !enabled ? 'off' : stored === undefined ? 'made' : script.cachedDataRejected ? 'rejected' : 'used';
  // Worker threads read the cache their main thread made; a cache a long run made is kept.
  if (isMainThread && use !== 'off' && !(use === 'used' && stored?.madeByLongRun)) {
    scheduleWrite(script, locations, options, use === 'used');
  }
  const wrapper = script.runInThisContext() as (...args: unknown[]) => void;
  const bundleModule = { exports: {}, filename: options.filename, id: options.filename, loaded: false };
  wrapper.call(bundleModule.exports, bundleModule.exports, createRequire(options.filename), bundleModule, options.filename, path.dirname(options.filename));
  return use;
}

/** The cache and who made it; undefined when there is none, or its first byte is not ours (then it is made again). */
function readCache(locations: { beside: string; temporary: string }): StoredCache | undefined {
  const file = readCacheFile(locations);
  if (file === undefined || file.length < 2 || (file[0] !== MADE_BY_SHORT_RUN && file[0] !== MADE_BY_LONG_RUN)) return undefined;
  return { data: file.subarray(1), madeByLongRun: file[0] === MADE_BY_LONG_RUN };
}

function readCacheFile(locations: { beside: string; temporary: string }): Buffer | undefined {
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

/** Makes and writes the cache, marked with whether this run was a long one; with `onlyIfLong`, only then. */
function scheduleWrite(script: vm.Script, locations: { beside: string; temporary: string }, options: BundleOptions, onlyIfLong: boolean): void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    const long = process.uptime() * 1000 >= options.refreshAfterMs;
    if (onlyIfLong && !long) return;
    let data: Buffer;
    try {
      data = Buffer.concat([Buffer.from([long ? MADE_BY_LONG_RUN : MADE_BY_SHORT_RUN]), script.createCachedData()]);
    } catch {
      return;
    }
    if (!writeAtomically(locations.beside, data)) writeAtomically(locations.temporary, data);
  };
  setTimeout(write, options.writeAfterMs).unref();
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
