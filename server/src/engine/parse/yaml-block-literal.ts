/**
 * Block scalars (`|` and `>`, maybe with `-`) for the line scanner
 * (yaml-block.ts): where the `yaml` lexer ends their source (lexer.js
 * parseBlockScalar: lines indented at least as the first content line, or
 * blank, less the trailing blank lines no deeper than it) and the value the
 * Composer makes of it (resolve-block-scalar.js, ported line for line for
 * these headers). Tabs, carriage returns, an empty block and more-indented
 * leading blank lines give up.
 */
import type { ScalarNode } from './tree';
import { giveUp } from './yaml-fast-tree';
import { spacesAt, type ScanStop } from './yaml-block-scalars';
import { TAB, NEWLINE, CARRIAGE_RETURN, SPACE, DASH, GREATER_THAN } from './char-codes';

/**
 * The block scalar whose header is at `at`; its content starts at `firstLine`
 * and must be indented more than `parentIndent`. `stop.stop` is left where its
 * source ends.
 */
export function blockScalar(text: string, at: number, firstLine: number, parentIndent: number, stop: ScanStop): ScalarNode {
  const end = sourceEnd(text, firstLine, parentIndent);
  const source = text.slice(firstLine, end);
  if (source.includes('\r') || source.includes('\t')) giveUp();
  const value = resolve(source, text.charCodeAt(at) === GREATER_THAN, text.charCodeAt(at + 1) === DASH);
  stop.stop = end;
  stop.colon = false;
  return { kind: 'scalar', value, offset: at, length: end - at, contentOffset: at, verbatim: text.slice(at, end) === value, plain: false };
}

/** lexer.js parseBlockScalar without `+` or an indentation indicator. */
function sourceEnd(text: string, firstLine: number, parentIndent: number): number {
  const length = text.length;
  let line = firstLine;
  let indent: number;
  for (;;) {
    indent = spacesAt(text, line);
    const at = line + indent;
    if (at >= length) return giveUp();
    const code = text.charCodeAt(at);
    if (code !== NEWLINE) {
      if (code === TAB || code === CARRIAGE_RETURN || indent <= parentIndent) giveUp();
      break;
    }
    line = at + 1;
  }
  // Every line from here that is blank or indented at least `indent` continues the scalar; `lastBreak` is the line break after the last one.
  let lastBreak: number;
  for (;;) {
    const newline = text.indexOf('\n', line);
    if (newline < 0) {
      lastBreak = length;
      break;
    }
    lastBreak = newline;
    const next = newline + 1;
    const spaces = spacesAt(text, next);
    const code = text.charCodeAt(next + spaces);
    if (next + spaces >= length) {
      if (spaces > 0) giveUp();
      break;
    }
    if (code !== NEWLINE && spaces < indent) {
      if (code === TAB) giveUp();
      break;
    }
    line = next;
  }
  // Trailing blank lines no deeper than the content are not the scalar's.
  while (lastBreak > firstLine) {
    let i = lastBreak - 1;
    while (i >= firstLine && text.charCodeAt(i) === SPACE) i--;
    if (i < firstLine || text.charCodeAt(i) !== NEWLINE || lastBreak - 1 - i > indent) break;
    lastBreak = i;
  }
  return lastBreak >= length ? length : lastBreak + 1;
}

/** resolve-block-scalar.js for a header of `|` or `>` and maybe `-`, no tabs or carriage returns. */
function resolve(source: string, folded: boolean, strip: boolean): string {
  const lines = splitLines(source);
  let chompStart = lines.length;
  for (let i = lines.length - 1; i >= 0; --i) {
    if (lines[i][1] === '') chompStart = i;
    else break;
  }
  if (chompStart === 0) giveUp();
  let trimIndent = 0;
  let contentStart = 0;
  for (let i = 0; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content === '') {
      if (indent.length > trimIndent) trimIndent = indent.length;
    } else {
      if (indent.length < trimIndent) giveUp();
      trimIndent = indent.length;
      contentStart = i;
      break;
    }
  }
  for (let i = lines.length - 1; i >= chompStart; --i) if (lines[i][0].length > trimIndent) chompStart = i + 1;
  let value = '';
  let sep = '';
  let previousMoreIndented = false;
  for (let i = 0; i < contentStart; ++i) value += lines[i][0].slice(trimIndent) + '\n';
  for (let i = contentStart; i < chompStart; ++i) {
    const [indent, content] = lines[i];
    if (content && indent.length < trimIndent) giveUp();
    if (!folded) {
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
    } else if (indent.length > trimIndent) {
      if (sep === ' ') sep = '\n';
      else if (!previousMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + indent.slice(trimIndent) + content;
      sep = '\n';
      previousMoreIndented = true;
    } else if (content === '') {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + content;
      sep = ' ';
      previousMoreIndented = false;
    }
  }
  return strip ? value : value + '\n';
}

/** The source's lines as [indent, content] (resolve-block-scalar.js splitLines, without a regular expression). */
function splitLines(source: string): Array<[string, string]> {
  const lines: Array<[string, string]> = [];
  let start = 0;
  for (;;) {
    const spaces = spacesAt(source, start);
    const newline = source.indexOf('\n', start);
    const end = newline < 0 ? source.length : newline;
    const indentEnd = Math.min(start + spaces, end);
    lines.push([source.slice(start, indentEnd), source.slice(indentEnd, end)]);
    if (newline < 0) return lines;
    start = newline + 1;
  }
}
