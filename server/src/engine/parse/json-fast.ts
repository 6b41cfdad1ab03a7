/**
 * The fast path of the JSON parse: a single loop over the text's character
 * codes that builds the neutral tree for well-formed JSON and JSONC (comments
 * and trailing commas, as parseJsonDocument accepts them) without
 * jsonc-parser's token objects, callbacks and separate nesting pre-scan.
 *
 * It accepts only what it is sure of and gives up (undefined) at the first
 * thing it is not: a syntax error, whitespace other than space, tab, CR and
 * LF, a control character in a string, an invalid escape, nesting deeper than
 * MAX_NESTING. parseJsonDocument then parses the text with jsonc-parser, which
 * says what is wrong where. On what it accepts, the tree is the one the
 * jsonc-parser path builds, node for node (a differential property test in
 * test/engine/json-fast.property.test.ts checks this).
 */
import type { Comment, MapNode, Node, ParsedDocument, ScalarNode, SeqNode, SyntaxProblem } from './tree';
import { MAX_NESTING } from '../limits';
import { LARGE_DOCUMENT, entryLimit, tooManyEntries } from './entry-limit';

const SPACE = 0x20;
const TAB = 0x09;
const LF = 0x0a;
const CR = 0x0d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const SLASH = 0x2f;
const STAR = 0x2a;
const COMMA = 0x2c;
const COLON = 0x3a;
const MINUS = 0x2d;
const PLUS = 0x2b;
const DOT = 0x2e;
const ZERO = 0x30;
const NINE = 0x39;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;

/** Thrown inside the fast path at the first thing it does not accept; never leaves this module. */
const GIVE_UP = Symbol('not well-formed');

/** An open container: for a map, the key waiting for its value. */
interface Frame {
  node: MapNode | SeqNode;
  key: ScalarNode | null;
}

/** The tree of a well-formed JSON/JSONC text, or undefined when the full parser must look at it. */
export function parseWellFormedJson(text: string): ParsedDocument | undefined {
  try {
    return new FastJson(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class FastJson {
  private pos = 0;
  private readonly comments: Comment[] = [];
  private readonly stack: Frame[] = [];
  /** Set when a large document's root had more entries than are read (entry-limit.ts): the first one not read. */
  private unread: SyntaxProblem | undefined;

  constructor(private readonly text: string) {}

  document(): ParsedDocument {
    const text = this.text;
    let root: Node | null = null;
    this.skipTrivia();
    if (this.pos < text.length) {
      root = this.value();
      // Each turn: after a value (or an opening bracket), the next key, value or closing bracket.
      while (this.stack.length > 0) this.continueContainer();
      this.skipTrivia();
      if (this.pos < text.length && !this.unread) throw GIVE_UP;
    }
    return { root, offset: 0, length: text.length, comments: this.comments, problems: this.unread ? [this.unread] : [], anchors: new Map() };
  }

  /** One step inside the innermost open container: close it, or read its next entry's value. */
  private continueContainer(): void {
    const text = this.text;
    const frame = this.stack[this.stack.length - 1];
    const node = frame.node;
    this.skipTrivia();
    const code = text.charCodeAt(this.pos);
    const empty = node.kind === 'map' ? node.pairs.length === 0 : node.items.length === 0;
    if (!empty) {
      if (code === (node.kind === 'map' ? CLOSE_BRACE : CLOSE_BRACKET)) return this.close(node);
      if (code !== COMMA) throw GIVE_UP;
      this.pos++;
      this.skipTrivia();
    }
    // First entry, or after a comma: an entry, or the closing bracket (a trailing comma is accepted).
    const next = text.charCodeAt(this.pos);
    if (next === (node.kind === 'map' ? CLOSE_BRACE : CLOSE_BRACKET)) return this.close(node);
    if (this.stack.length === 1 && text.length > LARGE_DOCUMENT && (node.kind === 'map' ? node.pairs.length : node.items.length) >= entryLimit()) {
      // The rest of a huge root is not read (memory): the root ends before its first entry not read.
      this.unread = tooManyEntries(this.pos, 1);
      node.length = this.pos - node.offset;
      this.stack.pop();
      return;
    }
    if (node.kind === 'map') {
      if (next !== QUOTE) throw GIVE_UP;
      frame.key = this.string();
      this.skipTrivia();
      if (text.charCodeAt(this.pos) !== COLON) throw GIVE_UP;
      this.pos++;
      this.skipTrivia();
    }
    const depth = this.stack.length;
    const value = this.value();
    // A scalar is attached here; a container attached itself when it opened.
    if (this.stack.length === depth) this.attach(frame, value);
  }

  private close(node: MapNode | SeqNode): void {
    node.length = this.pos + 1 - node.offset;
    this.pos++;
    this.stack.pop();
  }

  private attach(frame: Frame, value: Node): void {
    if (frame.node.kind === 'seq') frame.node.items.push(value);
    else {
      frame.node.pairs.push({ key: frame.key as ScalarNode, value });
      frame.key = null;
    }
  }

  /** A value at `pos`: a scalar is returned whole; a container is opened (pushed) and filled by later steps. */
  private value(): Node {
    const text = this.text;
    const code = text.charCodeAt(this.pos);
    if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      if (this.stack.length >= MAX_NESTING) throw GIVE_UP;
      const node: MapNode | SeqNode =
        code === OPEN_BRACE ? { kind: 'map', pairs: [], offset: this.pos, length: 1 } : { kind: 'seq', items: [], offset: this.pos, length: 1 };
      const parent = this.stack[this.stack.length - 1];
      if (parent) this.attach(parent, node);
      this.stack.push({ node, key: null });
      this.pos++;
      return node;
    }
    if (code === QUOTE) return this.string();
    if (code === MINUS || (code >= ZERO && code <= NINE)) return this.number();
    for (const [word, value] of LITERALS)
      if (text.startsWith(word, this.pos)) {
        const offset = this.pos;
        this.pos += word.length;
        return { kind: 'scalar', value, offset, length: word.length, contentOffset: offset, verbatim: false, plain: true };
      }
    throw GIVE_UP;
  }

  private string(): ScalarNode {
    const text = this.text;
    const offset = this.pos;
    let pos = offset + 1;
    let escaped = false;
    for (;;) {
      if (pos >= text.length) throw GIVE_UP;
      const code = text.charCodeAt(pos);
      if (code === QUOTE) break;
      if (code < SPACE) throw GIVE_UP;
      if (code === BACKSLASH) {
        escaped = true;
        pos += 2;
      } else pos++;
    }
    this.pos = pos + 1;
    const content = text.slice(offset + 1, pos);
    // JSON.parse decodes exactly JSON's escapes (jsonc-parser's too) and throws on any other.
    const value = escaped ? decodeString(text.slice(offset, pos + 1)) : content;
    return { kind: 'scalar', value, offset, length: pos + 1 - offset, contentOffset: offset + 1, verbatim: content === value, plain: false };
  }

  /** JSON's number grammar: what jsonc-parser reads as one number token without an error. */
  private number(): ScalarNode {
    const text = this.text;
    const offset = this.pos;
    let pos = offset;
    if (text.charCodeAt(pos) === MINUS) pos++;
    if (text.charCodeAt(pos) === ZERO) pos++;
    else pos = this.digits(pos);
    if (text.charCodeAt(pos) === DOT) pos = this.digits(pos + 1);
    const exponent = text.charCodeAt(pos) | 0x20;
    if (exponent === 0x65) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === MINUS) pos++;
      pos = this.digits(pos);
    }
    this.pos = pos;
    return { kind: 'scalar', value: Number(text.slice(offset, pos)), offset, length: pos - offset, contentOffset: offset, verbatim: false, plain: true };
  }

  /** One or more digits from `pos`; where they end. */
  private digits(pos: number): number {
    const text = this.text;
    const start = pos;
    while (pos < text.length && text.charCodeAt(pos) >= ZERO && text.charCodeAt(pos) <= NINE) pos++;
    if (pos === start) throw GIVE_UP;
    return pos;
  }

  /** Spaces, tabs, line breaks and comments (kept, in text order). */
  private skipTrivia(): void {
    const text = this.text;
    let pos = this.pos;
    while (pos < text.length) {
      const code = text.charCodeAt(pos);
      if (code === SPACE || code === LF || code === CR || code === TAB) pos++;
      else if (code === SLASH) pos = this.comment(pos);
      else break;
    }
    this.pos = pos;
  }

  private comment(offset: number): number {
    const text = this.text;
    const next = text.charCodeAt(offset + 1);
    let end: number;
    if (next === SLASH) {
      end = offset + 2;
      while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    } else if (next === STAR) {
      const close = text.indexOf('*/', offset + 2);
      if (close < 0) throw GIVE_UP;
      end = close + 2;
    } else throw GIVE_UP;
    this.comments.push({ offset, length: end - offset, text: commentText(text.slice(offset, end)) });
    return end;
  }
}

const LITERALS: ReadonlyArray<[string, boolean | null]> = [
  ['true', true],
  ['false', false],
  ['null', null],
];

function decodeString(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    throw GIVE_UP;
  }
}

/** A comment's words, without its markers. */
export function commentText(source: string): string {
  return source.startsWith('/*') ? source.slice(2, -2).trim() : source.replace(/^\/\//, '').trim();
}

/** A string node: `value` decoded, `verbatim` when the text between the quotes is the value itself. */
export function stringNode(text: string, value: string, offset: number, length: number): ScalarNode {
  const content = text.slice(offset + 1, offset + length - 1);
  return { kind: 'scalar', value, offset, length, contentOffset: offset + 1, verbatim: content === value, plain: false };
}
