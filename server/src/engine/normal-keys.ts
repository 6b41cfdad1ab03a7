/**
 * Keys as the role tables compare them: lower case without separators, each
 * key remembered, and a path's keys normalised once for all the checks on it.
 */

/** Lower case with separators removed: `redirect_uri`, `redirectUri`, `REDIRECT-URI` all become `redirecturi`. */
export function normaliseKey(key: string): string {
  // Every scalar's key, its parent's and its path are normalised, and a file repeats the same few keys: remembered.
  if (key.length > KEY_LENGTH) return key.toLowerCase().replace(/[^a-z0-9$@]/g, '');
  let normal = NORMAL_KEYS.get(key);
  if (normal === undefined) {
    if (NORMAL_KEYS.size >= ENTRIES) NORMAL_KEYS.clear();
    normal = key.toLowerCase().replace(/[^a-z0-9$@]/g, '');
    NORMAL_KEYS.set(key, normal);
  }
  return normal;
}

/** Bounds of the memo (cleared when full): about a MB at most in a long-running server. */
const ENTRIES = 10_000;
const KEY_LENGTH = 128;
const NORMAL_KEYS = new Map<string, string>();

/**
 * A path with its keys normalised. Kept for the last path asked about, as
 * roleForFormat reads it several times for one scalar; a module variable
 * rather than a closure per call, which every scalar paid for.
 */
let lastPath: ReadonlyArray<string | number> | undefined;
let lastNormalPath: Array<string | number> = [];

/** Whether a normalised key of the path is `segment`. */
export function inPath(path: ReadonlyArray<string | number>, segment: string): boolean {
  return normalPath(path).includes(segment);
}

/** The path's `index`-th segment, normalised. */
export function segmentAt(path: ReadonlyArray<string | number>, index: number): string | number | undefined {
  return normalPath(path)[index];
}

export function normalPath(path: ReadonlyArray<string | number>): Array<string | number> {
  if (path !== lastPath) {
    lastNormalPath = path.map((segment) => (typeof segment === 'string' ? normaliseKey(segment) : segment));
    lastPath = path;
  }
  return lastNormalPath;
}
