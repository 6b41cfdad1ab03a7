/**
 * Adding entries to a map in the document's own style: a YAML block map
 * gets lines at its keys' column, nested by the document's indentation step;
 * a flow map (`{…}`) and JSON get `, key: value` with commas where they
 * belong, on new lines at the entries' column when the map is written one
 * entry per line. Comments are never touched: entries go between existing
 * entries, never over a comment.
 */
import type { MapNode, Pair, ParsedDocument, ScalarValue } from '../parse/tree';
import type { TextEdit } from '../types';
import { columnOf, contentEnd, indentStep, isFlow, lineAfter, lineEnding, lineStart, nextLineStart, startsLine } from './layout';
import { renderScalar } from './scalar';

/** A value to write: scalars, lists and maps (keys in insertion order). */
export type Value = ScalarValue | Value[] | { [key: string]: Value };

export interface Place {
  text: string;
  language: 'yaml' | 'json';
  document: ParsedDocument;
}

export type Entries = Array<[string, Value]>;

/** Where in the map: after one of its pairs, or before its first pair. */
export type Position = { after: Pair } | { first: true };

export function insertEntries(place: Place, map: MapNode, entries: Entries, position: Position): TextEdit | undefined {
  if (entries.length === 0) return undefined;
  return isFlow(place.text, map) || place.language === 'json' ? insertFlow(place, map, entries, position) : insertBlock(place, map, entries, position);
}

function insertBlock(place: Place, map: MapNode, entries: Entries, position: Position): TextEdit | undefined {
  const { text } = place;
  const first = map.pairs[0];
  if (!first) return undefined;
  const pad = ' '.repeat(columnOf(text, first.key.offset));
  const eol = lineEnding(text);
  const lines = blockEntries(entries, pad, ' '.repeat(indentStep(text, place.document)), eol);
  if ('after' in position) {
    const offset = lineAfter(text, contentEnd(text, position.after.value ?? position.after.key));
    const needsBreak = offset === text.length && text.length > 0 && !text.endsWith('\n');
    return { offset, length: 0, newText: (needsBreak ? eol : '') + lines };
  }
  // Before the first key: on its own lines when the key starts its line, else (`- name: …`) right after the dash.
  if (startsLine(text, first.key.offset)) return { offset: lineStart(text, first.key.offset), length: 0, newText: lines };
  return { offset: first.key.offset, length: 0, newText: lines.slice(pad.length) + pad };
}

function insertFlow(place: Place, map: MapNode, entries: Entries, position: Position): TextEdit | undefined {
  const { text, language } = place;
  const written = entries.map(([key, value]) => `${renderKey(key, language)}: ${flowValue(value, language)}`);
  const first = map.pairs[0];
  if (!first) return { offset: map.offset + 1, length: 0, newText: written.join(', ') };
  const multiline = text.slice(map.offset, first.key.offset).includes('\n');
  const separator = multiline ? `,${lineEnding(text)}${' '.repeat(columnOf(text, first.key.offset))}` : ', ';
  if ('after' in position) {
    const value = position.after.value;
    // `{url: , …}`: after the key's colon would be a guess at the layout; such a map gets no entry.
    if (value && value.length === 0 && value.kind === 'scalar') return undefined;
    const end = value ? contentEnd(text, value) : position.after.key.offset + position.after.key.length;
    // One entry per line with a comma and maybe a comment after this one: the new entries get lines of their own below it.
    const rest = /^[ \t]*,[ \t]*(\/\/[^\n]*|\/\*.*?\*\/[ \t]*|#[^\n]*)?\r?\n/.exec(text.slice(end, nextLineStart(text, end)));
    if (multiline && rest) {
      const indent = ' '.repeat(columnOf(text, first.key.offset));
      return { offset: end + rest[0].length, length: 0, newText: written.map((entry) => `${indent}${entry},${lineEnding(text)}`).join('') };
    }
    return { offset: end, length: 0, newText: separator + written.join(separator) };
  }
  return { offset: first.key.offset, length: 0, newText: written.join(separator) + separator };
}

function renderKey(key: string, language: 'yaml' | 'json'): string {
  return renderScalar(key, language);
}

/** A value in flow notation: `{a: b, c: [d]}`, or JSON. */
export function flowValue(value: Value, language: 'yaml' | 'json'): string {
  if (Array.isArray(value)) return `[${value.map((item) => flowValue(item, language)).join(', ')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.entries(value)
      .map(([key, inner]) => `${renderKey(key, language)}: ${flowValue(inner, language)}`)
      .join(', ')}}`;
  }
  return renderScalar(value, language);
}

/**
 * Block YAML lines for entries at `pad`: maps nest by `step`; a list of
 * scalars stays on one line (`hosts: [a, b]`); a list of maps is written
 * one `- ` item per map.
 */
export function blockEntries(entries: Entries, pad: string, step: string, eol: string): string {
  let out = '';
  for (const [key, value] of entries) {
    const name = renderKey(key, 'yaml');
    if (Array.isArray(value) && value.some((item) => item !== null && typeof item === 'object')) {
      out += `${pad}${name}:${eol}`;
      const itemPad = pad + step;
      for (const item of value) {
        if (item !== null && typeof item === 'object' && !Array.isArray(item) && Object.keys(item).length > 0) {
          const inner = blockEntries(Object.entries(item), `${itemPad}  `, step, eol);
          out += `${itemPad}- ${inner.slice(itemPad.length + 2)}`;
        } else out += `${itemPad}- ${flowValue(item, 'yaml')}${eol}`;
      }
    } else if (value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0) {
      out += `${pad}${name}:${eol}${blockEntries(Object.entries(value), pad + step, step, eol)}`;
    } else out += `${pad}${name}: ${flowValue(value, 'yaml')}${eol}`;
  }
  return out;
}
