/**
 * The line scanner (issue 12): the neutral tree of ordinary block YAML read
 * straight from the text, a line at a time with charCodeAt, without the
 * `yaml` package's lexer and CST parser, which cost more than half of a
 * YAML lint. It accepts one document (after an optional `---`) whose root is
 * a block map or sequence at the left margin: keys and values on one line,
 * nested block collections, compact maps in sequence items, plain scalars
 * continued on deeper lines, block scalars (`|`, `>`, `-`), one-line flow
 * collections of scalars and comments anywhere. It gives up (GIVE_UP) on
 * anything else — anchors, aliases, tags, escapes, multi-line quoted scalars
 * and flow collections, tabs, a carriage return outside a CRLF line break or
 * in a block scalar, repeated keys — and
 * yaml-fast.ts or the Composer then parses the text.
 *
 * Where it accepts, its tree is the Composer's field for field, offsets and
 * lengths too. The lengths follow where the CST puts blank and comment lines
 * after a node's last line (parse/parser.js of yaml 2.x): a comment indented
 * deeper than the collection holding a scalar belongs to that scalar; other
 * such lines wait in the collection and, when it closes, stay with it only
 * if one of them is a comment at or right of its indent (see `close`). A
 * differential property test (test/engine/yaml-block.property.test.ts)
 * checks this against the full parse.
 */
import type { Node, Pair, ParsedDocument, ScalarNode } from './tree';
import type { ParseMeter } from './yaml';
import { GIVE_UP, giveUp, implicitValue } from './yaml-fast-tree';
import { flowCollection, isBlankOrEnd, lineBreakAt, lineScalar, skipSpaces, spacesAt, type ScanStop } from './yaml-block-scalars';
import { blockScalar } from './yaml-block-literal';
import { LineReader, isMarker } from './yaml-block-lines';
import { repeatsKey } from './yaml-block-keys';
import { HASH, DASH, COLON, GREATER_THAN, OPEN_BRACKET, OPEN_BRACE, PIPE, BYTE_ORDER_MARK } from './char-codes';

/** Far below MAX_DEPTH and MAX_NESTING, so no limit the full path applies can be reached. */
const MAX_BLOCK_DEPTH = 64;
/** The Composer's strict limit on an implicit key's length is 1024. */
const MAX_KEY_LENGTH = 1000;
/** What the core schema makes of an empty plain scalar (null). */
const EMPTY_VALUE = implicitValue('');

interface Built {
  node: Node;
  /** Where the node ends with what the CST attaches to it (the Composer's range[2]); ends its parent. */
  end: number;
}

let enabled = true;

/** Turns the scanner on or off (the differential tests); returns the previous setting. */
export function setLineScanner(on: boolean): boolean {
  const previous = enabled;
  enabled = on;
  return previous;
}

/**
 * The documents of an ordinary YAML text, or undefined when another parser must
 * read it. `metered.steps` counts the meter's steps (one a line) so that a
 * parse after it can skip as many.
 */
export function parseBlockYaml(text: string, meter?: ParseMeter, metered = { steps: 0 }): ParsedDocument[] | undefined {
  if (!enabled) return undefined;
  try {
    return [new LineParser(text, meter, metered).document()];
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class LineParser extends LineReader {
  private readonly stop: ScanStop = { stop: 0, colon: false };

  document(): ParsedDocument {
    const text = this.text;
    if (text.charCodeAt(0) === BYTE_ORDER_MARK) giveUp();
    this.nextLine(0);
    if (this.indent === 0 && text.charCodeAt(this.at) === DASH && isMarker(text, this.at)) {
      this.nextLine(this.finishLine(this.at + 3));
      // `---` and nothing after it: an empty node the Composer places after the marker.
      if (this.indent < 0) giveUp();
    }
    this.rootStarted = true;
    let root: Node | null = null;
    if (this.indent >= 0) {
      if (this.indent !== 0) giveUp();
      root = this.node(0).node;
      if (this.indent >= 0) giveUp();
    }
    return { root, offset: 0, length: text.length, comments: this.comments, problems: [], anchors: new Map() };
  }

  /** A block map or sequence starting on the current line. */
  private node(depth: number): Built {
    return this.atSequenceEntry() ? this.sequence(this.indent, depth) : this.map(this.indent, depth);
  }

  private map(indent: number, depth: number, first?: ScalarNode): Built {
    if (depth > MAX_BLOCK_DEPTH) giveUp();
    const offset = this.at;
    const pairs: Pair[] = [];
    let lastEnd: number;
    for (let key = first ?? this.key(); ; key = this.key()) {
      if (repeatsKey(pairs, key.value)) giveUp();
      this.loose = null;
      const value = this.valueAfter(this.stop.stop + 1, indent, depth + 1, true, false);
      pairs.push({ key, value: value.node });
      lastEnd = value.end;
      if (this.indent === indent && !this.atSequenceEntry()) continue;
      if (this.indent < indent) break;
      giveUp();
    }
    return { node: { kind: 'map', pairs, offset, length: lastEnd - offset }, end: this.close(indent, lastEnd) };
  }

  private sequence(indent: number, depth: number): Built {
    if (depth > MAX_BLOCK_DEPTH) giveUp();
    const offset = this.at;
    const items: Node[] = [];
    let lastEnd: number;
    for (;;) {
      // Comment lines before a `-` that no node took are in its entry's tokens, so they end an empty entry (compose-node.js).
      const commentBefore = this.loose !== null && this.loose.deepestComment >= 0;
      this.loose = null;
      const item = this.entry(indent, depth + 1, commentBefore);
      items.push(item.node);
      lastEnd = item.end;
      if (this.indent === indent && this.atSequenceEntry()) continue;
      if (this.indent <= indent) break;
      giveUp();
    }
    return { node: { kind: 'seq', items, offset, length: lastEnd - offset }, end: this.close(indent, lastEnd) };
  }

  /** A sequence entry after its `-`: a value on the line (a compact map if it is a key), or on the lines below, or empty. */
  private entry(indent: number, depth: number, commentBefore: boolean): Built {
    const text = this.text;
    const at = skipSpaces(text, this.at + 1);
    const code = text.charCodeAt(at);
    if (
      at >= text.length ||
      lineBreakAt(text, at) > 0 ||
      code === HASH ||
      code === PIPE ||
      code === GREATER_THAN ||
      code === OPEN_BRACKET ||
      code === OPEN_BRACE
    )
      return this.valueAfter(this.at + 1, indent, depth, false, commentBefore);
    const scalar = lineScalar(text, at, false, this.stop);
    if (this.isKey(scalar)) {
      this.at = at;
      return this.map(at - this.lineStart, depth, scalar);
    }
    return this.scalarValue(scalar, indent);
  }

  /** The key on the current line; `stop.stop` is left at its `:`. */
  private key(): ScalarNode {
    const key = lineScalar(this.text, this.at, false, this.stop);
    if (!this.isKey(key)) giveUp();
    return key;
  }

  /** Whether the scalar just scanned is followed by `:` and a blank (then `stop.stop` is at the `:`). */
  private isKey(scalar: ScalarNode): boolean {
    const stop = this.stop;
    if (scalar.plain) {
      if (!stop.colon) return false;
    } else {
      const colon = skipSpaces(this.text, stop.stop);
      if (this.text.charCodeAt(colon) !== COLON || !isBlankOrEnd(this.text, colon + 1)) return false;
      stop.stop = colon;
    }
    if (stop.stop - scalar.offset > MAX_KEY_LENGTH) giveUp();
    return true;
  }

  /**
   * The value after a `:` or `-` at `from` in a collection at `indent`: on the
   * same line, or a block node on the lines below (for a map's value also a
   * sequence at the map's own indent), or an empty node.
   */
  private valueAfter(from: number, indent: number, depth: number, inMap: boolean, commentBefore: boolean): Built {
    const text = this.text;
    const at = skipSpaces(text, from);
    const code = text.charCodeAt(at);
    if (at < text.length && lineBreakAt(text, at) === 0 && code !== HASH) return this.inlineValue(at, indent);
    const lineEnd = this.finishLine(at);
    this.nextLine(lineEnd);
    if (this.indent > indent || (inMap && this.indent === indent && this.atSequenceEntry())) return this.node(depth);
    // compose-node.js composeEmptyNode: the node sits after the indicator and its spaces;
    // the tokens after it (its `sep` or `start`) end it only if one is a comment.
    const skipped = this.skippedLines();
    const hasComment = commentBefore || code === HASH || (skipped !== null && skipped.deepestComment >= 0);
    this.loose = null;
    const node: ScalarNode = { kind: 'scalar', value: EMPTY_VALUE, offset: at, length: 0, contentOffset: at, verbatim: EMPTY_VALUE === '', plain: true };
    return { node, end: hasComment ? this.endBeforeContent(skipped?.end ?? lineEnd) : at };
  }

  /** A value that starts on its key's or `-`'s line at `at`. */
  private inlineValue(at: number, indent: number): Built {
    const text = this.text;
    const code = text.charCodeAt(at);
    if (code === PIPE || code === GREATER_THAN) {
      let header = at + 1;
      if (text.charCodeAt(header) === DASH) header++;
      if (!isBlankOrEnd(text, header)) giveUp();
      const node = blockScalar(text, at, this.finishLine(header), indent, this.stop);
      const end = this.stop.stop;
      this.nextLine(end);
      this.loose = this.skippedLines();
      return { node, end };
    }
    if (code === OPEN_BRACKET || code === OPEN_BRACE) {
      const node = flowCollection(text, at, this.stop);
      return { node, end: this.endOfLine(this.finishLine(this.stop.stop), indent) };
    }
    return this.scalarValue(lineScalar(text, at, false, this.stop), indent);
  }

  /** A plain or quoted scalar value that `lineScalar` just read (a plain one maybe continued on the lines below), and the rest of its line. */
  private scalarValue(scalar: ScalarNode, indent: number): Built {
    if (this.stop.colon) giveUp();
    const node = scalar.plain && lineBreakAt(this.text, this.stop.stop) > 0 ? this.continuedPlain(scalar, indent) : scalar;
    return { node, end: this.endOfLine(this.finishLine(this.stop.stop), indent) };
  }

  /**
   * A plain scalar whose next lines, indented deeper than its collection, go on
   * with it: folded into one value, a line break a space and k blank lines k
   * line breaks (resolve-flow-scalar.js unfoldLines). A comment ends it. A
   * line that starts with an indicator or holds `: ` gives up.
   */
  private continuedPlain(first: ScalarNode, indent: number): ScalarNode {
    const text = this.text;
    let value = text.slice(first.offset, first.offset + first.length);
    let end = first.offset + first.length;
    let blankLines = 0;
    let line = this.stop.stop + lineBreakAt(text, this.stop.stop);
    let continued = false;
    while (line < text.length) {
      const at = line + spacesAt(text, line);
      const code = text.charCodeAt(at);
      const lineBreak = lineBreakAt(text, at);
      if (lineBreak > 0) {
        blankLines++;
        line = at + lineBreak;
        continue;
      }
      if (at >= text.length || at - line <= indent || code === HASH) break;
      const piece = lineScalar(text, at, false, this.stop);
      if (this.stop.colon) giveUp();
      value += (blankLines > 0 ? '\n'.repeat(blankLines) : ' ') + text.slice(at, piece.offset + piece.length);
      end = piece.offset + piece.length;
      blankLines = 0;
      continued = true;
      const pieceBreak = lineBreakAt(text, this.stop.stop);
      if (pieceBreak === 0) break;
      line = this.stop.stop + pieceBreak;
    }
    if (!continued) return first;
    const typed = implicitValue(value);
    return { kind: 'scalar', value: typed, offset: first.offset, length: end - first.offset, contentOffset: first.offset, verbatim: false, plain: true };
  }
}
