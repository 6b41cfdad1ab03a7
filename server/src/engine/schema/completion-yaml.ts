/**
 * Where a completion request falls in YAML being typed. A half-typed key
 * (`  exp`) does not parse as a key, so, as yaml-language-server does, the
 * line is rewritten before parsing: a placeholder key at the cursor's column
 * for a key position, the key alone (`exposure:`) for a value position. The
 * placeholder's place in the parsed tree then gives the path, whatever the
 * nesting, sequences included.
 */
import { LineIndex } from '../line-index';
import type { ScalarNode } from '../parse/tree';
import type { CompletionSite } from './completion';
import { keyStartingAt, manifestDocumentAt, type ManifestLookupOptions } from './manifest-at';
import { isContainer, type SchemaValue } from './schema-node';

const PLACEHOLDER_KEY = '__internet_first_completion__';
/** Indentation, then any sequence dashes (`  - - `). */
const LEAD = /^[ \t]*(?:-[ \t]+)*/;
/** A key being typed: no quotes, flow or comment characters, not starting like a sequence or explicit key. */
const PARTIAL_KEY = /^(?![-?])[^\s#'"{}[\],:]*$/;
const KEY_CONTINUES = /^[^\s#'"{}[\],:]*/;
/** `key:` then the value typed so far. */
const KEY_VALUE = /^("[^"]*"|'[^']*'|[^\s#'"{}[\],:][^#:]*?)[ \t]*:([ \t]*)(.*)$/;
/** Words YAML reads as something other than a string when unquoted (1.2 core schema and the 1.1 habits). */
const NOT_A_PLAIN_STRING = /^(?:true|false|yes|no|on|off|y|n|null|~)$/i;

export function locateYaml(text: string, offset: number, options: ManifestLookupOptions): CompletionSite | undefined {
  const lines = new LineIndex(text);
  const { line, character } = lines.position(offset);
  const lineStart = lines.lineStart(line);
  const lineText = lines.lineText(line);
  const before = lineText.slice(0, character);
  const after = lineText.slice(character);
  if (/(?:^|\s)#/.test(before)) return undefined; // in a comment
  const lead = LEAD.exec(before)![0];
  const rest = before.slice(lead.length);
  const keyOffset = lineStart + lead.length;
  const patch = (newLine: string): string => text.slice(0, lineStart) + newLine + text.slice(lineStart + lineText.length);

  if (PARTIAL_KEY.test(rest)) {
    const continues = KEY_CONTINUES.exec(after)![0];
    const colonFollows = /^[ \t]*:/.test(after.slice(continues.length));
    const found = keyIn(patch(`${lead}${PLACEHOLDER_KEY}:`), keyOffset, options);
    if (found === undefined || found.key.value !== PLACEHOLDER_KEY) return undefined;
    return {
      kind: 'property',
      path: found.path.slice(0, -1),
      present: found.siblings.filter((name) => name !== PLACEHOLDER_KEY),
      offset: keyOffset,
      length: rest.length + continues.length,
      formatProperty: (name, schema) => ({ insertText: colonFollows ? name : isContainer(schema) ? `${name}:` : `${name}: `, filterText: name }),
      formatValue: () => ({ insertText: '', filterText: '' }),
    };
  }

  const keyValue = KEY_VALUE.exec(rest);
  if (keyValue === null) return undefined;
  const [, keySource, space, typed] = keyValue;
  if (/^[[{|>&*!]/.test(typed)) return undefined; // flow collections, block scalars, anchors, aliases, tags
  const found = keyIn(patch(`${lead}${keySource}:`), keyOffset, options);
  if (found === undefined) return undefined;
  const valueAfterCursor = withoutComment(after).trimEnd();
  const quote = /^["']/.exec(typed)?.[0];
  return {
    kind: 'value',
    path: found.path,
    present: [],
    offset: offset - typed.length,
    length: typed.length + valueAfterCursor.length,
    formatProperty: () => ({ insertText: '', filterText: '' }),
    formatValue: (value) => {
      const written = quote !== undefined && typeof value === 'string' ? `${quote}${value}${quote}` : yamlScalar(value);
      return { insertText: space === '' ? ` ${written}` : written, filterText: written };
    },
  };
}

interface FoundKey {
  key: ScalarNode;
  path: Array<string | number>;
  siblings: string[];
}

function keyIn(patched: string, keyOffset: number, options: ManifestLookupOptions): FoundKey | undefined {
  const document = manifestDocumentAt(patched, 'yaml', keyOffset, options);
  const found = document && keyStartingAt(document.root, keyOffset);
  if (!found) return undefined;
  return { key: found.key, path: found.path, siblings: found.map.pairs.map((pair) => String(pair.key.value)) };
}

/** A value as YAML reads it back unchanged: plain where that is safe, double-quoted otherwise. */
export function yamlScalar(value: SchemaValue): string {
  if (typeof value !== 'string') return String(value);
  const plainIsSafe = /^[A-Za-z][A-Za-z0-9._/-]*$/.test(value) && !NOT_A_PLAIN_STRING.test(value);
  return plainIsSafe ? value : JSON.stringify(value);
}

/**
 * The line's rest up to a comment (blanks then `#`), as `/[ \t]+#.*$/` would
 * cut it for text within one line; a scan, since that regex is quadratic on a
 * long run of blanks (100,000 took 18 s).
 */
function withoutComment(rest: string): string {
  for (let i = rest.indexOf('#'); i >= 0; i = rest.indexOf('#', i + 1)) {
    if (i === 0 || (rest[i - 1] !== ' ' && rest[i - 1] !== '\t')) continue;
    let start = i - 1;
    while (start > 0 && (rest[start - 1] === ' ' || rest[start - 1] === '\t')) start--;
    return rest.slice(0, start);
  }
  return rest;
}
