/**
 * How a document is laid out, for fixes that add or remove whole entries:
 * lines, the column a map's keys start at, the document's indentation step
 * and line ending, whether a collection is written in flow style (`{…}`,
 * `[…]`, all of JSON) or block style, and where an entry's text really ends
 * (a block node's range in the parse tree may run on over trailing comments
 * and blank lines, which belong to whatever follows).
 */
import type { Comment, Node, ParsedDocument } from '../parse/tree';

export function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

/** The offset just after the line break that ends the line holding `offset` (the text's end on the last line). */
export function nextLineStart(text: string, offset: number): number {
  const newline = text.indexOf('\n', offset);
  return newline < 0 ? text.length : newline + 1;
}

/** The column of `offset` on its line. */
export function columnOf(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** Only spaces and tabs between the start of the line and `offset`. */
export function startsLine(text: string, offset: number): boolean {
  return /^[ \t]*$/.test(text.slice(lineStart(text, offset), offset));
}

/** The file's line ending, so inserted lines match the lines around them. */
export function lineEnding(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/** A collection written in flow style: JSON, or YAML `{…}` / `[…]`. */
export function isFlow(text: string, node: Node): boolean {
  return (node.kind === 'map' || node.kind === 'seq') && (text[node.offset] === '{' || text[node.offset] === '[');
}

/**
 * Where a node's own text ends. Scalars, aliases and flow collections end
 * where their range does; a block collection ends with its last entry. A
 * block scalar's range includes its final line break.
 */
export function contentEnd(text: string, node: Node): number {
  if (node.kind === 'scalar' || node.kind === 'alias' || isFlow(text, node)) return node.offset + node.length;
  if (node.kind === 'map') {
    const last = node.pairs[node.pairs.length - 1];
    if (!last) return node.offset + node.length;
    return last.value ? Math.max(contentEnd(text, last.value), last.key.offset + last.key.length) : last.key.offset + last.key.length;
  }
  const last = node.items[node.items.length - 1];
  return last ? contentEnd(text, last) : node.offset + node.length;
}

/** The start of the line after the one where an entry's text ends: where a sibling entry can be inserted. */
export function lineAfter(text: string, end: number): number {
  return end > 0 && text[end - 1] === '\n' ? end : nextLineStart(text, end);
}

/**
 * The document's indentation step: the smallest increase of indentation from
 * one content line to the next (2 for most files, 4 for some), 2 if nothing
 * is nested yet.
 */
export function indentStep(text: string, document: ParsedDocument): number {
  let previous = -1;
  let step = Infinity;
  const body = text.slice(document.offset, document.offset + document.length);
  for (const line of body.split(/\r?\n/)) {
    const trimmed = line.trimStart();
    if (trimmed === '' || trimmed.startsWith('#') || trimmed.startsWith('---')) continue;
    const indent = line.length - trimmed.length;
    if (previous >= 0 && indent > previous) step = Math.min(step, indent - previous);
    // `- key:` puts the item's keys after the dash; lines below align with them, which is no step.
    const dashes = /^(-[ \t]+)+/.exec(trimmed);
    previous = indent + (dashes ? dashes[0].length : 0);
  }
  return Number.isFinite(step) && step >= 1 && step <= 8 ? step : 2;
}

/** Comments that start inside `[start, end)`. */
export function commentsIn(document: ParsedDocument, start: number, end: number): Comment[] {
  return document.comments.filter((comment) => comment.offset >= start && comment.offset < end);
}

/** A node or anything inside it carries an anchor (removing it would orphan its aliases). */
export function hasAnchor(node: Node | null): boolean {
  if (!node) return false;
  if (node.anchor) return true;
  if (node.kind === 'map') return node.pairs.some((pair) => hasAnchor(pair.key) || hasAnchor(pair.value));
  if (node.kind === 'seq') return node.items.some(hasAnchor);
  return false;
}
