/**
 * Removing one entry from a list or a map without breaking what is around
 * it: a YAML block entry goes with its lines (comments on those lines stay,
 * each on a line of its own at the entry's column); a flow or JSON entry
 * goes with one comma, so no `[a, , b]` or trailing comma is left behind.
 * Entries that cannot be removed cleanly (an anchor others refer to, a first
 * key sharing its line with a `- `, an explicit `? key`) are refused with
 * undefined, and the caller falls back to another fix.
 */
import type { MapNode, Node, ParsedDocument, SeqNode } from '../parse/tree';
import type { TextEdit } from '../types';
import { columnOf, commentsIn, contentEnd, hasAnchor, isFlow, lineEnding, lineStart, nextLineStart } from './layout';

interface Element {
  start: number;
  end: number;
  node: Node | null;
}

/** Edits removing items of a list (given by index), or undefined when they cannot be removed cleanly. */
export function removeItems(text: string, document: ParsedDocument, seq: SeqNode, indices: readonly number[]): TextEdit[] | undefined {
  const elements = seq.items.map((item) => ({ start: item.offset, end: contentEnd(text, item), node: item }));
  const wanted = [...new Set(indices)].sort((a, b) => a - b);
  if (wanted.length === 0 || wanted.some((index) => !elements[index] || hasAnchor(elements[index].node))) return undefined;
  if (isFlow(text, seq)) return removeFlow(text, document, elements, wanted);
  const edits: TextEdit[] = [];
  for (const index of wanted) {
    const item = elements[index];
    // The item's line must hold only its dash before it (`  - NAME=0`, `- name: X`), not a parent's dash too.
    if (!/^[ \t]*-[ \t]+$/.test(text.slice(lineStart(text, item.start), item.start))) return undefined;
    edits.push(removeBlockLines(text, document, item));
  }
  return edits;
}

/** Edits removing the pair `index` of a map, or undefined when it cannot be removed cleanly. */
export function removePair(text: string, document: ParsedDocument, map: MapNode, index: number): TextEdit[] | undefined {
  const elements = map.pairs.map((pair) => ({
    start: pair.key.offset,
    end: pair.value ? Math.max(contentEnd(text, pair.value), pair.key.offset + pair.key.length) : pair.key.offset + pair.key.length,
    node: pair.value,
  }));
  const pair = elements[index];
  if (!pair || hasAnchor(pair.node) || hasAnchor(map.pairs[index].key)) return undefined;
  if (isFlow(text, map)) return removeFlow(text, document, elements, [index]);
  if (!/^[ \t]*$/.test(text.slice(lineStart(text, pair.start), pair.start))) return undefined;
  return [removeBlockLines(text, document, pair)];
}

function removeBlockLines(text: string, document: ParsedDocument, element: Element): TextEdit {
  const start = lineStart(text, element.start);
  const end = element.end > 0 && text[element.end - 1] === '\n' ? element.end : nextLineStart(text, element.end);
  // Comments written on the removed lines are kept, each on a line of its own at the entry's indentation.
  const pad = ' '.repeat(columnOf(text, text.slice(start).search(/\S/) + start));
  const eol = lineEnding(text);
  const kept = commentsIn(document, start, end).map((comment) => `${pad}${text.slice(comment.offset, comment.offset + comment.length)}${eol}`);
  let newText = kept.join('');
  // The last line of the file without a line break: keep the file's ending as it was.
  if (newText && end === text.length && !text.endsWith('\n')) newText = newText.slice(0, -eol.length);
  return { offset: start, length: end - start, newText };
}

/**
 * Flow entries go in runs of neighbours: a run with an entry after it goes
 * up to that entry (`[a, b, c]` → `[a, c]`); a run at the end goes back to
 * the entry before it, taking that entry's comma. Where comments sit between,
 * only the entries and their commas go, and the comments stay.
 */
function removeFlow(text: string, document: ParsedDocument, elements: Element[], indices: number[]): TextEdit[] | undefined {
  // A comment inside an entry would go with it; such an entry is not removed (the caller falls back).
  if (indices.some((index) => commentsIn(document, elements[index].start, elements[index].end).length > 0)) return undefined;
  const edits: TextEdit[] = [];
  for (const [first, last] of runs(indices)) {
    const from = elements[first];
    const to = elements[last];
    const next = elements[last + 1];
    const previous = elements[first - 1];
    const [start, end] = next ? [from.start, next.start] : previous ? [previous.end, to.end] : [from.start, to.end];
    if (commentsIn(document, start, end).length === 0) {
      edits.push({ offset: start, length: end - start, newText: '' });
      continue;
    }
    if (!next && previous) {
      const comma = commaAfter(text, previous.end);
      if (comma < 0) return undefined;
      edits.push({ offset: comma, length: 1, newText: '' });
    }
    for (let index = first; index <= last; index++) {
      const element = elements[index];
      if (index === last && !next) {
        edits.push({ offset: element.start, length: element.end - element.start, newText: '' });
        continue;
      }
      const comma = commaAfter(text, element.end);
      if (comma < 0) return undefined;
      if (/^[ \t]*$/.test(text.slice(element.end, comma))) {
        // `"A": "0", // note` → `// note`: the entry, its comma and the blanks up to the comment go together.
        const blanks = /^[ \t]*/.exec(text.slice(comma + 1))![0].length;
        edits.push({ offset: element.start, length: comma + 1 + blanks - element.start, newText: '' });
      } else edits.push({ offset: element.start, length: element.end - element.start, newText: '' }, { offset: comma, length: 1, newText: '' });
    }
  }
  return edits;
}

/** Sorted indices as runs of neighbours: [1, 2, 4] → [1, 2], [4, 4]. */
function runs(indices: number[]): Array<[number, number]> {
  const result: Array<[number, number]> = [];
  for (const index of indices) {
    const last = result[result.length - 1];
    if (last && last[1] === index - 1) last[1] = index;
    else result.push([index, index]);
  }
  return result;
}

/** The comma after `from`, skipping blanks and comments (hash, line and block comments); -1 if something else comes first. */
function commaAfter(text: string, from: number): number {
  let at = from;
  while (at < text.length) {
    const rest = text.slice(at, at + 2);
    if (/\s/.test(text[at])) at++;
    else if (rest === '//' || text[at] === '#') at = nextLineStart(text, at);
    else if (rest === '/*') {
      const close = text.indexOf('*/', at + 2);
      if (close < 0) return -1;
      at = close + 2;
    } else return text[at] === ',' ? at : -1;
  }
  return -1;
}
