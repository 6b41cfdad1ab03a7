/**
 * The neutral node tree that YAML and JSON/JSONC are both parsed into.
 * Every node knows where it is in the text; rules never see the parser's own
 * types. Aliases stay aliases: nothing here ever expands one, so an alias bomb
 * costs one node per alias, and a finding is reported once, at the anchor.
 */

export type ScalarValue = string | number | boolean | null;

interface NodeBase {
  /** Offset of the node's first character in the whole file. */
  offset: number;
  /** Length of the node in the source (quotes included for quoted scalars). */
  length: number;
  /** YAML anchor name, if the node carries one (`&name`). */
  anchor?: string;
}

export interface ScalarNode extends NodeBase {
  kind: 'scalar';
  value: ScalarValue;
  /**
   * Where the value's characters start in the text and whether the source slice
   * `[contentOffset, contentOffset + value.length)` is the value verbatim. Plain
   * and simple quoted scalars are verbatim; escaped, folded and block scalars
   * are not, and ranges inside them are found by searching (see `locate`).
   */
  contentOffset: number;
  verbatim: boolean;
  /** Plain (unquoted) scalar. YAML 1.1 booleans like `no`/`off` stay strings here. */
  plain: boolean;
  /** Explicit YAML tag such as `!!str`, if any. */
  tag?: string;
}

export interface Pair {
  key: ScalarNode;
  /** `null` for `key:` with nothing after it. */
  value: Node | null;
}

export interface MapNode extends NodeBase {
  kind: 'map';
  pairs: Pair[];
}

export interface SeqNode extends NodeBase {
  kind: 'seq';
  items: Node[];
}

export interface AliasNode extends NodeBase {
  kind: 'alias';
  /** The anchor name the alias refers to; never resolved by the tree. */
  source: string;
}

export type Node = ScalarNode | MapNode | SeqNode | AliasNode;

export interface Comment {
  offset: number;
  length: number;
  /** The comment text without its `#` or `//` / `/*` markers, trimmed. */
  text: string;
}

/** A syntax problem the parser reported; becomes a `parse-error` finding. */
export interface SyntaxProblem {
  offset: number;
  length: number;
  message: string;
  /** Set for a file that was not parsed at all (the `parse-error` message id to use). */
  kind?: 'binary' | 'tooLarge' | 'tooDeep' | 'tooManyEntries';
  /** The parser's error code (YAML), which tells a self-contained error from one that derails the rest. */
  code?: string;
}

export interface ParsedDocument {
  /** The root node, or null for an empty document. */
  root: Node | null;
  /** Where the document starts and ends in the whole file (for YAML, between `---` lines). */
  offset: number;
  length: number;
  comments: Comment[];
  problems: SyntaxProblem[];
  /** Anchors in this document, by name, for rules that must look through an alias (once). */
  anchors: Map<string, Node>;
  /** Set when the text is a template (Helm, Jinja, Mustache): its first tag; tags were set aside before parsing. */
  template?: { offset: number; tag: string };
}

export interface ParsedFile {
  language: 'yaml' | 'json';
  text: string;
  documents: ParsedDocument[];
}

/** Errors after which the parser's tree is still right: each one is its own defect, nothing to set aside. */
const SELF_CONTAINED = new Set(['DUPLICATE_KEY', 'BAD_ALIAS', 'TAG_RESOLVE_FAILED', 'BAD_DIRECTIVE', 'RESOURCE_EXHAUSTION']);

/** A syntax error that derails the parse after it, so the tree around it is the parser's guess (parse/recover.ts finds one per defect). */
export function isCascading(problem: SyntaxProblem): boolean {
  return problem.kind === undefined && problem.code !== undefined && !SELF_CONTAINED.has(problem.code);
}

/** Key text of a pair as a string (keys that are numbers or booleans are stringified). */
export function keyText(pair: Pair): string {
  const value = pair.key.value;
  return value === null ? '' : String(value);
}

/** Maps with fewer pairs are searched; a larger one is indexed on its first lookup. */
const INDEXED_FROM = 16;
/** The first pair of each key text, per map: maps are never changed after parsing, and a 1,500-key map looked up once per scalar beneath it was quadratic. */
const pairIndexes = new WeakMap<MapNode, Map<string, Pair>>();

/** Find a key in a map (exact match); returns the first such pair or undefined. */
export function getPair(map: MapNode, key: string): Pair | undefined {
  if (map.pairs.length < INDEXED_FROM) {
    // A loop, not `find`: the callback, a new closure over `key` at every call, showed among a small file's allocations.
    const pairs = map.pairs;
    for (let i = 0; i < pairs.length; i++) if (keyText(pairs[i]) === key) return pairs[i];
    return undefined;
  }
  let index = pairIndexes.get(map);
  if (!index) {
    index = new Map();
    for (const pair of map.pairs) {
      const text = keyText(pair);
      if (!index.has(text)) index.set(text, pair);
    }
    pairIndexes.set(map, index);
  }
  return index.get(key);
}

/** Value node under a key, if the node is a map that has it. */
export function getValue(node: Node | null | undefined, key: string): Node | null | undefined {
  if (!node || node.kind !== 'map') return undefined;
  return getPair(node, key)?.value;
}

/** String value of a scalar node, or undefined for anything else. */
export function stringValue(node: Node | null | undefined): string | undefined {
  if (!node || node.kind !== 'scalar' || node.value === null) return undefined;
  return typeof node.value === 'string' ? node.value : String(node.value);
}

/**
 * Map a sub-range of a scalar's value (`[start, end)` in value characters) to
 * an offset range in the file. Verbatim scalars map directly. Others (escaped,
 * folded, block scalars) are searched in the node's source: the n-th
 * occurrence of the text in the value is taken to be the n-th in the source,
 * so two equal values in one block land on their own lines. If the text is
 * not found the whole node is returned: a finding is never lost, only less
 * precise.
 */
export function locate(text: string, node: ScalarNode, start: number, end: number): { offset: number; length: number } {
  const value = node.value === null ? '' : String(node.value);
  if (node.verbatim) return { offset: node.contentOffset + start, length: end - start };
  const needle = value.slice(start, end);
  if (needle.length > 0) {
    let occurrence = 0;
    for (let at = value.indexOf(needle); at >= 0 && at < start; at = value.indexOf(needle, at + 1)) occurrence++;
    const source = text.slice(node.offset, node.offset + node.length);
    let at = source.indexOf(needle);
    for (let seen = 0; at >= 0 && seen < occurrence; seen++) at = source.indexOf(needle, at + 1);
    if (at >= 0) return { offset: node.offset + at, length: needle.length };
  }
  return { offset: node.offset, length: node.length };
}

/** The node at a path of keys and indices, not following aliases. */
export function nodeAt(root: Node | null, path: ReadonlyArray<string | number>): Node | undefined {
  let node: Node | null | undefined = root;
  for (const segment of path) {
    if (!node) return undefined;
    if (typeof segment === 'number') node = node.kind === 'seq' ? node.items[segment] : undefined;
    else node = node.kind === 'map' ? getPair(node, segment)?.value : undefined;
  }
  return node ?? undefined;
}
