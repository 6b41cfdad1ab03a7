/**
 * A setting's name as words, however the configuration spells it: nested
 * (`server: {ssl: {enabled: …}}`), flat and dotted (`server.ssl.enabled`,
 * Spring and Kafka properties), environment style (`MHS_INBOUND_USE_SSL`),
 * camel case (`useSSL`, `RequireHttpsMetadata`), kebab case
 * (`insecure-skip-tls-verify`) and annotation keys
 * (`nginx.ingress.kubernetes.io/ssl-redirect`, whose prefix is a domain, not a
 * setting). All of these become one list of lower-case words, so that one
 * table of knobs recognises them all.
 */

export interface KeyPath {
  /** Lower-case words of every name segment, root first. */
  words: string[];
  /** Index in `words` where each name segment starts, and its original text. */
  segments: Array<{ start: number; text: string; element: number }>;
  /** The original path elements (keys as written), root first. */
  elements: string[];
}

/** `useSSL` → use, ssl; `minTLSVersion` → min, tls, version; `NODE_TLS_X` → node, tls, x. */
export function splitWords(name: string): readonly string[] {
  // Every scalar's key path is split, and a file repeats the same few keys: remembered (bounded, cleared when full).
  if (name.length > MEMO_NAME_LENGTH) return wordsOf(name);
  let words = WORDS.get(name);
  if (!words) {
    if (WORDS.size >= MEMO_ENTRIES) WORDS.clear();
    words = wordsOf(name);
    WORDS.set(name, words);
  }
  return words;
}

const WORDS = new Map<string, readonly string[]>();
const MEMO_ENTRIES = 10_000;
const MEMO_NAME_LENGTH = 128;

function wordsOf(name: string): string[] {
  const words: string[] = [];
  for (const chunk of name.split(/[^A-Za-z0-9]+/)) {
    for (const match of chunk.matchAll(/[A-Z]+(?![a-z])|[A-Z]?[a-z]+|\d+/g)) words.push(match[0].toLowerCase());
  }
  return words;
}

/**
 * Words of a path of keys. An element with a `/` is an annotation or label
 * (`prefix.example/name`): only its name counts. Dots split an element into
 * segments (`server.ssl.enabled`), except in a number-like element.
 */
export function keyPath(elements: readonly string[]): KeyPath {
  const path: KeyPath = { words: [], segments: [], elements: [...elements] };
  elements.forEach((element, index) => {
    const name = element.includes('/') ? element.slice(element.lastIndexOf('/') + 1) : element;
    for (const segment of name.split('.')) {
      const words = splitWords(segment);
      if (words.length === 0) continue;
      path.segments.push({ start: path.words.length, text: segment, element: index });
      for (const word of words) path.words.push(word); // no spread: a 200 KB key has 100,000 words
    }
  });
  return path;
}

export interface Candidate {
  /** Words joined by `_`, e.g. `ssl_enabled`. */
  text: string;
  /** Index of the first word in the path. */
  start: number;
}

/** How many words before the last segment a knob's name may reach back (`spring.kafka.security.protocol`). */
const LOOK_BACK = 4;

/** No knob's name has more words than this; longer tails are not built (each costs its length: quadratic on a 200 KB key). */
const MAX_CANDIDATE_WORDS = 16;

/**
 * The tails of the path that cover the whole last segment, longest first:
 * for `server.ssl.enabled` these are `server_ssl_enabled`, `ssl_enabled`,
 * then `enabled`; for `MHS_INBOUND_USE_SSL`, `mhs_inbound_use_ssl` down to
 * `ssl`. Knob patterns match a whole candidate, so the most specific name wins.
 */
export function candidates(path: KeyPath): Candidate[] {
  const last = path.segments[path.segments.length - 1];
  if (!last) return [];
  const result: Candidate[] = [];
  const from = Math.max(0, last.start - LOOK_BACK);
  // Tails inside the last segment start at any word; earlier ones start at a segment boundary.
  const starts = new Set<number>();
  for (const segment of path.segments) if (segment.start >= from && segment.start < last.start) starts.add(segment.start);
  for (let index = Math.max(last.start, path.words.length - MAX_CANDIDATE_WORDS); index < path.words.length; index++) starts.add(index);
  for (const start of [...starts].sort((a, b) => a - b))
    if (path.words.length - start <= MAX_CANDIDATE_WORDS) result.push({ text: path.words.slice(start).join('_'), start });
  return result;
}

/** The words of the last segment (the key itself) and of the one above it. */
export function lastSegmentWords(path: KeyPath, fromEnd = 0): string[] {
  const segment = path.segments[path.segments.length - 1 - fromEnd];
  if (!segment) return [];
  const next = path.segments[path.segments.length - fromEnd];
  return path.words.slice(segment.start, next ? next.start : path.words.length);
}

/**
 * The setting's name as the user wrote it, from the word where a knob's
 * pattern starts: the whole key when the match lies inside it
 * (`server.ssl.enabled`, `MHS_INBOUND_USE_SSL`), else the keys from there
 * joined by dots (`ssl.enabled` for `ssl: {enabled: …}`).
 */
export function settingName(path: KeyPath, start: number): string {
  const segment = [...path.segments].reverse().find((s) => s.start <= start) ?? path.segments[0];
  const lastElement = path.elements.length - 1;
  if (segment.element === lastElement) return path.elements[lastElement];
  const firstSegment = path.segments.indexOf(segment);
  const parts: string[] = [];
  for (let element = segment.element; element <= lastElement; element++) {
    if (element === segment.element) {
      const texts = path.segments
        .slice(firstSegment)
        .filter((s) => s.element === element)
        .map((s) => s.text);
      parts.push(texts.join('.'));
    } else parts.push(path.elements[element]);
  }
  return parts.join('.');
}
