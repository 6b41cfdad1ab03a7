/**
 * Where a completion request falls in JSON or JSONC being typed, from
 * jsonc-parser's error-tolerant scanner (`getLocation`), which knows whether
 * the cursor is at a property key and the path to it even in broken text.
 */
import { findNodeAtLocation, getLocation, parseTree, type Node as JsonNode } from 'jsonc-parser';
import type { LanguageId } from '../types';
import type { CompletionSite } from './completion';
import { manifestDocumentAt, type ManifestLookupOptions } from './manifest-at';

const SCALAR_TYPES: ReadonlySet<string> = new Set(['string', 'number', 'boolean', 'null']);

export function locateJson(text: string, languageId: LanguageId, offset: number, options: ManifestLookupOptions): CompletionSite | undefined {
  if (manifestDocumentAt(text, languageId, offset, options) === undefined) return undefined;
  const location = getLocation(text, offset);
  const previous = location.previousNode;

  if (location.isAtPropertyKey) {
    // `previous` is the key being typed, quotes included; its last path segment is that partial key.
    const typed = previous !== undefined && (previous.type === 'property' || previous.type === 'string') ? previous : undefined;
    const replaced = typed ? { offset: typed.offset, length: typed.length } : { offset, length: 0 };
    const colonFollows = /^\s*:/.test(text.slice(replaced.offset + replaced.length));
    const path = location.path.slice(0, -1);
    return {
      kind: 'property',
      path,
      present: keysOf(text, path, replaced.offset),
      ...replaced,
      formatProperty: (name) => {
        const quoted = JSON.stringify(name);
        return { insertText: colonFollows ? quoted : `${quoted}: `, filterText: quoted };
      },
      formatValue: () => ({ insertText: '', filterText: '' }),
    };
  }

  if (location.path.length === 0 || typeof location.path[location.path.length - 1] !== 'string') return undefined;
  const typed = previous !== undefined && SCALAR_TYPES.has(previous.type) ? previous : undefined;
  return {
    kind: 'value',
    path: location.path,
    present: [],
    offset: typed ? typed.offset : offset,
    length: typed ? typed.length : 0,
    formatProperty: () => ({ insertText: '', filterText: '' }),
    formatValue: (value) => {
      const written = JSON.stringify(value);
      return { insertText: written, filterText: written };
    },
  };
}

/** The keys of the object at `path`, except the one being typed at `typedOffset`. */
function keysOf(text: string, path: Array<string | number>, typedOffset: number): string[] {
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const object: JsonNode | undefined = root && (path.length === 0 ? root : findNodeAtLocation(root, path));
  if (object?.type !== 'object') return [];
  return (object.children ?? [])
    .map((property) => property.children?.[0])
    .filter((key): key is JsonNode => key !== undefined && key.offset !== typedOffset && typeof key.value === 'string')
    .map((key) => key.value as string);
}
