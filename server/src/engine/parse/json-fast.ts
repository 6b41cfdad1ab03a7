/**
 * The fast path of the JSON parse: one pass of recursive descent over the
 * text's character codes that builds the neutral tree for well-formed JSON
 * and JSONC (comments and trailing commas, as parseJsonDocument accepts
 * them) without jsonc-parser's token objects, callbacks and separate
 * nesting pre-scan.
 *
 * It accepts only what it is sure of and gives up (undefined) at the first
 * thing it is not: a syntax error, whitespace other than space, tab, CR and
 * LF, a control character in a string, an invalid escape, nesting deeper than
 * MAX_NESTING. parseJsonDocument then parses the text with jsonc-parser, which
 * says what is wrong where. On what it accepts, the tree is the one the
 * jsonc-parser path builds, node for node (a differential property test in
 * test/engine/json-fast.property.test.ts checks this).
 */
import type { Comment, MapNode, Node, Pair, ParsedDocument, ScalarNode, SeqNode, SyntaxProblem } from './tree';
import { MAX_NESTING } from '../limits';
import { LARGE_DOCUMENT, entryLimit, tooManyEntries } from './entry-limit';
import {
  SPACE,
  TAB,
  NEWLINE,
  CARRIAGE_RETURN,
  DOUBLE_QUOTE,
  BACKSLASH,
  SLASH,
  STAR,
  COMMA,
  COLON,
  DASH,
  PLUS,
  DOT,
  ZERO,
  NINE,
  OPEN_BRACE,
  CLOSE_BRACE,
  OPEN_BRACKET,
  CLOSE_BRACKET,
} from './char-codes';

/** Thrown inside the fast path at the first thing it does not accept; never leaves this module. */
const GIVE_UP = Symbol('not well-formed');

/** The tree of a well-formed JSON/JSONC text, or undefined when the full parser must look at it. */
export function parseWellFormedJson(text: string): ParsedDocument | undefined {
  try {
    return new FastJson(text).document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/**
 * Recursive descent: each container is read by one call that loops over its
 * entries, with their state in locals. Recursion is safe here, as nesting
 * deeper than MAX_NESTING gives up. (An explicit stack of frames, examined
 * again at every step, made the corpus's parse about a quarter slower.)
 */
class FastJson {
  private pos = 0;
  private readonly comments: Comment[] = [];
  /** Set when a large document's root had more entries than are read (entry-limit.ts): the first one not read. */
  private unread: SyntaxProblem | undefined;

  constructor(private readonly text: string) {}

  document(): ParsedDocument {
    const text = this.text;
    let root: Node | null = null;
    this.skipTrivia();
    if (this.pos < text.length) {
      root = this.value(0);
      this.skipTrivia();
      if (this.pos < text.length && !this.unread) throw GIVE_UP;
    }
    return { root, offset: 0, length: text.length, comments: this.comments, problems: this.unread ? [this.unread] : [], anchors: new Map() };
  }

  /** The value at `pos`, inside `depth` open containers. */
  private value(depth: number): Node {
    const code = this.text.charCodeAt(this.pos);
    if (code === DOUBLE_QUOTE) return this.string();
    if (code === OPEN_BRACE) return this.map(depth + 1);
    if (code === OPEN_BRACKET) return this.seq(depth + 1);
    if (code === DASH || (code >= ZERO && code <= NINE)) return this.number();
    return this.literal(code);
  }

  /** A map opening at `pos`, the `depth`-th container from the root. */
  private map(depth: number): MapNode {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const text = this.text;
    const pairs: Pair[] = [];
    const node: MapNode = { kind: 'map', pairs, offset: this.pos, length: 1 };
    this.pos++;
    this.skipTrivia();
    // Each turn: at the next key or the closing brace (after a comma, a trailing comma is accepted).
    while (text.charCodeAt(this.pos) !== CLOSE_BRACE) {
      if (depth === 1 && this.stopsRoot(node, pairs.length)) return node;
      if (text.charCodeAt(this.pos) !== DOUBLE_QUOTE) throw GIVE_UP;
      const key = this.string();
      this.skipTrivia();
      if (text.charCodeAt(this.pos) !== COLON) throw GIVE_UP;
      this.pos++;
      this.skipTrivia();
      pairs.push({ key, value: this.value(depth) });
      this.afterEntry(CLOSE_BRACE);
    }
    node.length = this.pos + 1 - node.offset;
    this.pos++;
    return node;
  }

  /** A sequence opening at `pos`, the `depth`-th container from the root. */
  private seq(depth: number): SeqNode {
    if (depth > MAX_NESTING) throw GIVE_UP;
    const text = this.text;
    const items: Node[] = [];
    const node: SeqNode = { kind: 'seq', items, offset: this.pos, length: 1 };
    this.pos++;
    this.skipTrivia();
    while (text.charCodeAt(this.pos) !== CLOSE_BRACKET) {
      if (depth === 1 && this.stopsRoot(node, items.length)) return node;
      items.push(this.value(depth));
      this.afterEntry(CLOSE_BRACKET);
    }
    node.length = this.pos + 1 - node.offset;
    this.pos++;
    return node;
  }

  /** After an entry: a comma and the trivia after it, or the container's closing bracket (left for the caller). */
  private afterEntry(close: number): void {
    this.skipTrivia();
    const code = this.text.charCodeAt(this.pos);
    if (code === COMMA) {
      this.pos++;
      this.skipTrivia();
    } else if (code !== close) throw GIVE_UP;
  }

  /** Whether the rest of a huge root is not read (memory): the root then ends before its first entry not read. */
  private stopsRoot(node: MapNode | SeqNode, entries: number): boolean {
    if (this.text.length <= LARGE_DOCUMENT || entries < entryLimit()) return false;
    this.unread = tooManyEntries(this.pos, 1);
    node.length = this.pos - node.offset;
    return true;
  }

  private literal(code: number): ScalarNode {
    const offset = this.pos;
    const found = code === 0x74 /* t */ ? TRUE : code === 0x66 /* f */ ? FALSE : code === 0x6e /* n */ ? NULL : undefined;
    if (!found || !this.text.startsWith(found.word, offset)) throw GIVE_UP;
    const length = found.word.length;
    this.pos = offset + length;
    return { kind: 'scalar', value: found.value, offset, length, contentOffset: offset, verbatim: false, plain: true };
  }

  private string(): ScalarNode {
    const text = this.text;
    const offset = this.pos;
    let pos = offset + 1;
    let escaped = false;
    for (;;) {
      if (pos >= text.length) throw GIVE_UP;
      const code = text.charCodeAt(pos);
      if (code === DOUBLE_QUOTE) break;
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
    const negative = text.charCodeAt(pos) === DASH;
    if (negative) pos++;
    const integerStart = pos;
    if (text.charCodeAt(pos) === ZERO) pos++;
    else pos = this.digits(pos);
    const integerEnd = pos;
    if (text.charCodeAt(pos) === DOT) pos = this.digits(pos + 1);
    const exponent = text.charCodeAt(pos) | 0x20;
    if (exponent === 0x65) {
      pos++;
      const sign = text.charCodeAt(pos);
      if (sign === PLUS || sign === DASH) pos++;
      pos = this.digits(pos);
    }
    this.pos = pos;
    // A short integer (most numbers in configs: ports, timeouts, counts) is added up from its digits, exactly as Number() reads it.
    const value =
      pos === integerEnd && integerEnd - integerStart <= EXACT_DIGITS
        ? integerValue(text, integerStart, integerEnd, negative)
        : Number(text.slice(offset, pos));
    return { kind: 'scalar', value, offset, length: pos - offset, contentOffset: offset, verbatim: false, plain: true };
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
      if (code === SPACE || code === NEWLINE || code === CARRIAGE_RETURN || code === TAB) pos++;
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
      while (end < text.length && text.charCodeAt(end) !== NEWLINE && text.charCodeAt(end) !== CARRIAGE_RETURN) end++;
    } else if (next === STAR) {
      const close = text.indexOf('*/', offset + 2);
      if (close < 0) throw GIVE_UP;
      end = close + 2;
    } else throw GIVE_UP;
    this.comments.push({ offset, length: end - offset, text: commentText(text.slice(offset, end)) });
    return end;
  }
}

const TRUE = { word: 'true', value: true };
const FALSE = { word: 'false', value: false };
const NULL = { word: 'null', value: null };

/** Digits of an integer that are always exact as a double (below 2^53), so adding them up gives what Number() gives. */
const EXACT_DIGITS = 15;

function integerValue(text: string, start: number, end: number, negative: boolean): number {
  let value = 0;
  for (let at = start; at < end; at++) value = value * 10 + (text.charCodeAt(at) - ZERO);
  // `-0` is negative zero, as Number('-0') says.
  return negative ? -value : value;
}

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
