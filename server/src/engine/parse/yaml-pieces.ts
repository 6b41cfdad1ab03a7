/**
 * A very large YAML document parsed in pieces, to bound memory. The `yaml`
 * package's syntax tree and Document of one 5 MB document of 262,000
 * `k: v` lines take about 250 MB together before a rule runs; cut at
 * top-level keys, each piece's are garbage before the next piece is read.
 *
 * Only the plainest documents are cut, and only when the pieces provably
 * give what the whole parse gives: a block map at the left margin, cut only
 * before top-level keys that are simple plain words, no anchor or alias, no
 * directive or document marker after the first line, and no problem in any
 * piece but duplicate keys (a key repeated across pieces is reported as the
 * whole parse reports it). Anything else returns undefined and the caller
 * parses the whole text as before.
 */
import { duplicateKeyProblem, keyIdentity, parseYamlDocuments, type ParseMeter } from './yaml';
import { shiftDocument } from './shift';
import { entryLimit, tooManyEntries } from './entry-limit';
import type { Comment, MapNode, Node, Pair, ParsedDocument, SyntaxProblem } from './tree';

/**
 * Text longer than four pieces is parsed in pieces of about this length. The
 * 5 MB of `k: v` lines peaked at 439 MB parsed whole, 367 MB in 1 MB pieces
 * and 264–275 MB in 256 KB pieces (the tree of 262,000 pairs is most of it).
 */
let pieceLength = 256 * 1024;
/** Shorter texts are parsed whole: their parse is small enough already. */
const PIECES_FROM = 4;

/** Sets the piece length (tests lower it so that small texts are cut); returns the one before. */
export function setPieceLength(length: number): number {
  const previous = pieceLength;
  pieceLength = length;
  return previous;
}

/** The documents of `text` parsed piece by piece, or undefined when it is too short or not plain enough to be cut safely. */
export function parseYamlInPieces(text: string, meter?: ParseMeter): ParsedDocument[] | undefined {
  if (text.length <= pieceLength * PIECES_FROM || !mayCut(text)) return undefined;
  const cuts = cutPoints(text, pieceLength);
  if (cuts.length < 2) return undefined;
  const pairs: Pair[] = [];
  const comments: Comment[] = [];
  const problems: SyntaxProblem[] = [];
  const rootKeys = new RootKeys(text);
  let first: MapNode | undefined;
  let last: MapNode | undefined;
  for (let index = 0; index < cuts.length; index++) {
    const start = cuts[index];
    const end = index + 1 < cuts.length ? cuts[index + 1] : text.length;
    const documents = parseYamlDocuments(text.slice(start, end), meter);
    if (documents.length !== 1) return undefined;
    const [document] = documents;
    const root = document.root;
    if (root?.kind !== 'map' || root.pairs.length === 0) return undefined;
    // Later pieces begin with a key by construction; the first may have comments (and a `---`) before its map.
    if (index === 0 ? !onlyHeadBefore(text, root.offset) : root.offset !== 0) return undefined;
    if (!onlyDuplicateKeys(document.problems, root)) return undefined;
    shiftDocument(document, start);
    const reported = new Set(document.problems.map((problem) => problem.offset));
    for (const pair of root.pairs) {
      const repeated = rootKeys.repeats(pair);
      if (repeated === undefined) return undefined;
      if (repeated && !reported.has(pair.key.offset)) problems.push(duplicateKeyProblem(pair.key.offset));
      pairs.push(pair);
    }
    rootKeys.endPiece();
    for (const problem of document.problems) problems.push(problem);
    for (const comment of document.comments) comments.push(comment);
    first ??= root;
    last = root;
    // Past the entry limit the rest is not read (memory; entry-limit.ts).
    if (pairs.length >= entryLimit() && index + 1 < cuts.length) {
      const next = cuts[index + 1];
      problems.push(tooManyEntries(next, text.indexOf(':', next) - next));
      break;
    }
  }
  problems.sort((a, b) => a.offset - b.offset);
  const root: MapNode = { kind: 'map', pairs, offset: first!.offset, length: last!.offset + last!.length - first!.offset };
  return [{ root, offset: 0, length: text.length, comments, problems, anchors: new Map() }];
}

/**
 * The top-level keys of the pieces before this one, to report a key that
 * repeats one of them as the whole parse would. The Converter compares
 * scalar keys only; a key on a plain key line is surely one, and any other
 * key (it may be a complex key, never compared) that meets an equal key in
 * another piece makes the text be parsed whole.
 */
class RootKeys {
  /** Key identity → whether every key with it so far was surely a scalar. */
  private readonly before = new Map<string, boolean>();
  private readonly current = new Map<string, boolean>();

  constructor(private readonly text: string) {}

  /** Whether the pair's key repeats a key of an earlier piece; undefined when that cannot be told for sure. */
  repeats(pair: Pair): boolean | undefined {
    const identity = keyIdentity(pair.key.value);
    const offset = pair.key.offset;
    const sure = (offset === 0 || this.text.charCodeAt(offset - 1) === 10) && isPlainKeyLine(this.text, offset);
    this.current.set(identity, sure && (this.current.get(identity) ?? true));
    const earlier = this.before.get(identity);
    if (earlier === undefined) return false;
    return earlier && sure ? true : undefined;
  }

  endPiece(): void {
    for (const [identity, sure] of this.current) this.before.set(identity, sure && (this.before.get(identity) ?? true));
    this.current.clear();
  }
}

/**
 * Whether every problem of a piece is a duplicate key the piece's own
 * parse found: at a key equal to an earlier one of its map. Any other
 * problem, whatever it is, sends the text to the whole parse.
 */
function onlyDuplicateKeys(problems: readonly SyntaxProblem[], root: Node): boolean {
  if (problems.length === 0) return true;
  const duplicates = new Set<number>();
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'seq') for (const item of node.items) stack.push(item);
    if (node.kind !== 'map') continue;
    const seen = new Set<string>();
    for (const pair of node.pairs) {
      const identity = keyIdentity(pair.key.value);
      if (seen.has(identity)) duplicates.add(pair.key.offset);
      seen.add(identity);
      if (pair.value) stack.push(pair.value);
    }
  }
  return problems.every((problem) => problem.code === undefined && problem.kind === undefined && problem.length === 1 && duplicates.has(problem.offset));
}

/** No anchor or alias (`&`, `*` anywhere, conservatively), no directive, and no document marker but a `---` first line. */
function mayCut(text: string): boolean {
  if (text.includes('&') || text.includes('*')) return false;
  for (let start = 0; start < text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const code = text.charCodeAt(start);
    if (code === 37 /* % */) return false;
    if ((text.startsWith('---', start) && start > 0) || text.startsWith('...', start)) return false;
    start = end + 1;
  }
  return true;
}

/** Piece starts: 0, then the first top-level key line at or after each further `length` characters (the first piece holds the first key). */
function cutPoints(text: string, length: number): number[] {
  const cuts = [0];
  let floor = firstKeyLine(text);
  if (floor < 0) return cuts;
  let from = Math.max(length, floor + 1);
  while (from < text.length) {
    let line = text.lastIndexOf('\n', from - 1) + 1;
    if (line <= floor) line = text.indexOf('\n', floor) + 1;
    while (line > 0 && line < text.length && !isPlainKeyLine(text, line)) line = text.indexOf('\n', line) + 1;
    if (line <= 0 || line >= text.length) break;
    cuts.push(line);
    floor = line;
    from = line + length;
  }
  return cuts;
}

function firstKeyLine(text: string): number {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  while (!isPlainKeyLine(text, start)) {
    start = text.indexOf('\n', start) + 1;
    if (start === 0) return -1;
  }
  return start;
}

/** A line that starts, at the margin, with a simple plain key: `[A-Za-z0-9_][\w.-]*:` then a space or the line's end. */
export function isPlainKeyLine(text: string, start: number): boolean {
  if (!isWordChar(text.charCodeAt(start))) return false;
  let at = start + 1;
  for (let code = text.charCodeAt(at); isWordChar(code) || code === 46 /* . */ || code === 45 /* - */; code = text.charCodeAt(++at));
  if (text.charCodeAt(at) !== 58 /* : */) return false;
  const next = text.charCodeAt(at + 1);
  return at + 1 >= text.length || next === 32 || next === 10 || next === 13;
}

function isWordChar(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;
}

/** Only blank lines, comment lines, a byte order mark and a bare `---` first line before the first key, which is at the margin. */
function onlyHeadBefore(text: string, offset: number): boolean {
  let start = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  if (text.startsWith('---', start)) {
    const newline = text.indexOf('\n', start);
    if (newline < 0 || text.slice(start + 3, newline).trim() !== '') return false;
    start = newline + 1;
  }
  while (start < offset) {
    const newline = text.indexOf('\n', start);
    if (newline < 0 || newline >= offset) return start === offset;
    const line = text.slice(start, newline).trim();
    if (line !== '' && !line.startsWith('#')) return false;
    start = newline + 1;
  }
  return start === offset;
}
