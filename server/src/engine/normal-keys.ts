/**
 * Keys as the role tables compare them: lower case without separators, each
 * key remembered, and a path's keys normalised once for all the checks on it.
 */

/** Lower case with separators removed: `redirect_uri`, `redirectUri`, `REDIRECT-URI` all become `redirecturi`. */
export function normaliseKey(key: string): string {
  return keyFacts(key).normal;
}

/** What the role tables read from a key as written: its normal form and, for a key that packs a path, the path's segments. */
export interface KeyFacts {
  readonly normal: string;
  /** See compoundKeySegments; undefined for a plain key. */
  readonly segments: string[] | undefined;
}

/**
 * A key's facts, remembered: every scalar's key and its parent's are read,
 * and a file repeats the same few keys. One lookup gives both facts (two
 * memos, or two regular expressions per scalar, showed in profiles).
 */
export function keyFacts(key: string): KeyFacts {
  if (key.length > KEY_LENGTH) return { normal: normalForm(key), segments: compoundKeySegments(key) };
  let facts = KEY_FACTS.get(key);
  if (facts === undefined) {
    if (KEY_FACTS.size >= ENTRIES) KEY_FACTS.clear();
    facts = { normal: normalForm(key), segments: compoundKeySegments(key) };
    KEY_FACTS.set(key, facts);
  }
  return facts;
}

function normalForm(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9$@]/g, '');
}

/**
 * A key that packs a path into one name means its nested form: .NET
 * configuration written as environment variables (`Auth__Providers__0__Issuer`)
 * or with colons (`AUTHENTICATION:ISSUER`), and dotted keys (`spring.x.issuer-uri`,
 * `transport.host`). Returns the path's segments without array indices, or
 * undefined for a plain key. Keys with `/` (annotations, URLs) are never split.
 */
export function compoundKeySegments(key: string | undefined): string[] | undefined {
  if (!key || key.length > 200 || /[/\s]/.test(key) || !/__|[:.]/.test(key)) return undefined;
  const segments = key.split(/__|[:.]/).filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  return segments.length > 1 ? segments : undefined;
}

/** Bounds of the memo (cleared when full): about a MB at most in a long-running server. */
const ENTRIES = 10_000;
const KEY_LENGTH = 128;
const KEY_FACTS = new Map<string, KeyFacts>();

/** A path with its keys normalised (the walk keeps its own as it goes, visits.ts). */
export function normalPath(path: ReadonlyArray<string | number>): Array<string | number> {
  return path.map((segment) => (typeof segment === 'string' ? normaliseKey(segment) : segment));
}
