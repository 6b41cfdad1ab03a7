/**
 * The scalars of the line scanner (yaml-block.ts): plain and quoted scalars
 * on one line and flat one-line flow collections, read with charCodeAt from
 * the text and built into the neutral tree as the Composer builds them
 * (compose-scalar.js, resolve-flow-scalar.js of yaml 2.x), and the character
 * tests the scanner's other parts share. Anything else gives up (GIVE_UP),
 * and the CST path parses the text instead. Block scalars are in
 * yaml-block-literal.ts.
 */
import type { MapNode, Pair, ScalarNode, SeqNode } from './tree';
import { giveUp, implicitValue } from './yaml-fast-tree';
import { repeatsKey } from './yaml-block-keys';
import {
  TAB,
  NEWLINE,
  CARRIAGE_RETURN,
  SPACE,
  DOUBLE_QUOTE,
  HASH,
  SINGLE_QUOTE,
  COMMA,
  DASH,
  COLON,
  QUESTION_MARK,
  OPEN_BRACKET,
  BACKSLASH,
  CLOSE_BRACKET,
  OPEN_BRACE,
  CLOSE_BRACE,
  BYTE_ORDER_MARK,
} from './char-codes';

/** Where the last scan stopped: after a quoted scalar's closing quote, or at the `:`, ` #` or line end that ended a plain one. */
export interface ScanStop {
  stop: number;
  /** The plain scalar ended at a `:` followed by a blank, a line end or the text's end (it is a key). */
  colon: boolean;
}

export function isBlankOrEnd(text: string, at: number): boolean {
  return at >= text.length || text.charCodeAt(at) === SPACE || lineBreakAt(text, at) > 0;
}

/** The length of the line break at `at`: 1 for `\n`, 2 for `\r\n`, else 0 (the scanner gives up on a lone `\r`). */
export function lineBreakAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code === NEWLINE) return 1;
  return code === CARRIAGE_RETURN && text.charCodeAt(at + 1) === NEWLINE ? 2 : 0;
}

/** How many spaces stand at `at`. */
export function spacesAt(text: string, at: number): number {
  let i = at;
  while (text.charCodeAt(i) === SPACE) i++;
  return i - at;
}

/** The first of the text's characters from `at` that is not a space; a tab there gives up. */
export function skipSpaces(text: string, at: number): number {
  const next = at + spacesAt(text, at);
  if (text.charCodeAt(next) === TAB) giveUp();
  return next;
}

/** Characters that cannot start a plain scalar: `, [ ] { } # & * ! | > ' " % @` and the backquote (`-`, `?` and `:` can, before a non-blank). */
const REFUSED_START = new Uint8Array(128);
for (const c of ',[]{}#&*!|>\'"%@`') REFUSED_START[c.charCodeAt(0)] = 1;

function refusedStart(code: number): boolean {
  return code < SPACE || code === BYTE_ORDER_MARK || (code < 128 && REFUSED_START[code] === 1);
}

/** `-`, `?` or `:` followed by a blank (or, in a flow collection, a flow indicator): an indicator, not a plain scalar's start. */
function isIndicator(text: string, at: number, code: number, inFlow: boolean): boolean {
  if (code !== DASH && code !== QUESTION_MARK && code !== COLON) return false;
  return isBlankOrEnd(text, at + 1) || (inFlow && isFlowIndicator(text.charCodeAt(at + 1)));
}

/** A plain or quoted scalar on one line at `at`; `stop` says where it ended and whether a `:` follows a plain one. */
export function lineScalar(text: string, at: number, inFlow: boolean, stop: ScanStop): ScalarNode {
  const code = text.charCodeAt(at);
  if (code === DOUBLE_QUOTE || code === SINGLE_QUOTE) return quoted(text, at, code, stop);
  if (refusedStart(code) || isIndicator(text, at, code, inFlow)) giveUp();
  let end = at + 1;
  let i = at + 1;
  stop.colon = false;
  for (const length = text.length; i < length; i++) {
    const c = text.charCodeAt(i);
    if (c === NEWLINE || (c === CARRIAGE_RETURN && text.charCodeAt(i + 1) === NEWLINE)) break;
    if (c === SPACE) {
      const next = text.charCodeAt(i + 1);
      if (next === HASH || (inFlow && isFlowIndicator(next))) break;
      continue;
    }
    if (c === COLON) {
      const next = text.charCodeAt(i + 1);
      if (isBlankOrEnd(text, i + 1) || (inFlow && isFlowIndicator(next))) {
        stop.colon = true;
        break;
      }
    } else if (inFlow && isFlowIndicator(c)) break;
    else if (c < SPACE || c === BYTE_ORDER_MARK) giveUp();
    end = i + 1;
  }
  stop.stop = i;
  const source = text.slice(at, end);
  const value = implicitValue(source);
  return { kind: 'scalar', value, offset: at, length: end - at, contentOffset: at, verbatim: value === source, plain: true };
}

function isFlowIndicator(code: number): boolean {
  return code === COMMA || code === OPEN_BRACKET || code === CLOSE_BRACKET || code === OPEN_BRACE || code === CLOSE_BRACE;
}

/** A single- or double-quoted scalar closed on its line; escapes (`\`) and line breaks give up. */
function quoted(text: string, at: number, quote: number, stop: ScanStop): ScalarNode {
  let value = '';
  let from = at + 1;
  let i = at + 1;
  for (;;) {
    if (i >= text.length) giveUp();
    const c = text.charCodeAt(i);
    if (c === quote) {
      if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE) {
        value += text.slice(from, i + 1);
        i += 2;
        from = i;
        continue;
      }
      break;
    }
    if (c < SPACE || (quote === DOUBLE_QUOTE && c === BACKSLASH)) giveUp();
    i++;
  }
  const verbatim = from === at + 1;
  value += text.slice(from, i);
  stop.stop = i + 1;
  stop.colon = false;
  return { kind: 'scalar', value, offset: at, length: i + 1 - at, contentOffset: at + 1, verbatim, plain: false };
}

/** A flow sequence of scalars or a flow map of scalar keys and values, opened and closed on one line; returns after its `]` or `}` in `stop`. */
export function flowCollection(text: string, at: number, stop: ScanStop): MapNode | SeqNode {
  const isMap = text.charCodeAt(at) === OPEN_BRACE;
  const close = isMap ? CLOSE_BRACE : CLOSE_BRACKET;
  const items: ScalarNode[] = [];
  const pairs: Pair[] = [];
  let i = skipSpaces(text, at + 1);
  if (text.charCodeAt(i) !== close) {
    for (;;) {
      const code = text.charCodeAt(i);
      if (code === OPEN_BRACKET || code === OPEN_BRACE) giveUp();
      const first = lineScalar(text, i, true, stop);
      i = skipSpaces(text, stop.stop);
      if (isMap) {
        // A plain key stops only at a `:` before a blank or flow indicator; a quoted one may touch its `:` and value.
        if (text.charCodeAt(i) !== COLON || first.value === null || repeatsKey(pairs, first.value)) giveUp();
        i = skipSpaces(text, i + 1);
        const next = text.charCodeAt(i);
        if (next === COMMA || next === close || next === OPEN_BRACKET || next === OPEN_BRACE || next === NEWLINE || next === CARRIAGE_RETURN) giveUp();
        const value = lineScalar(text, i, true, stop);
        pairs.push({ key: first, value });
        i = skipSpaces(text, stop.stop);
      } else {
        if (stop.colon || text.charCodeAt(i) === COLON) giveUp();
        items.push(first);
      }
      const after = text.charCodeAt(i);
      if (after === close) break;
      if (after !== COMMA) giveUp();
      i = skipSpaces(text, i + 1);
      if (text.charCodeAt(i) === close || text.charCodeAt(i) === COMMA) giveUp();
    }
  }
  stop.stop = i + 1;
  stop.colon = false;
  const length = i + 1 - at;
  return isMap ? { kind: 'map', pairs, offset: at, length } : { kind: 'seq', items, offset: at, length };
}
