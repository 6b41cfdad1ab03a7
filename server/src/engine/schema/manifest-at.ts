/**
 * Shared by manifest hover and completion: which document of a file holds an
 * offset, whether it is a service manifest, and which key (with its path from
 * the document root) sits at an offset.
 */
import { LintFile, type PathSegment } from '../context';
import { parseText } from '../parse';
import type { ParseCache } from '../parse/cache';
import { keyText, type MapNode, type Node, type ParsedDocument, type ScalarNode } from '../parse/tree';
import type { LanguageId } from '../types';
import { MAX_FILE_BYTES } from '../limits';

export interface ManifestLookupOptions {
  /** Path or URI of the file: `*.service.yaml` names a manifest. */
  fileName?: string;
  /** The document's parse cache, when the text is the document's own. */
  cache?: ParseCache;
  /** The config file's `manifests` globs say the file is a manifest (LintConfig.manifest). */
  manifest?: boolean;
}

export interface KeyAt {
  key: ScalarNode;
  /** From the document root to the key's value, the key included. */
  path: PathSegment[];
  /** The map that holds the key. */
  map: MapNode;
}

/** The manifest document that holds `offset`, parsed; undefined when that document is not a manifest. */
export function manifestDocumentAt(text: string, languageId: LanguageId, offset: number, options: ManifestLookupOptions): ParsedDocument | undefined {
  // Hover and completion honour the size limit that linting does: a 60 MB buffer is not parsed on every keystroke.
  if (text.length > MAX_FILE_BYTES) return undefined;
  const file = new LintFile(text, languageId, parseText(text, languageId, options.cache), options.fileName);
  const document = file.documents.find((d) => offset >= d.offset && offset <= d.offset + d.length);
  if (document === undefined) return undefined;
  return options.manifest === true || file.format(document) === 'manifest' ? document : undefined;
}

/** The key whose text contains `offset` (its end included), searched from `node` down. */
export function keyAtOffset(node: Node | null, offset: number, path: PathSegment[] = []): KeyAt | undefined {
  return findKey(node, path, (key) => offset >= key.offset && offset <= key.offset + key.length);
}

/** The key that starts exactly at `offset`. */
export function keyStartingAt(node: Node | null, offset: number, path: PathSegment[] = []): KeyAt | undefined {
  return findKey(node, path, (key) => key.offset === offset);
}

function findKey(node: Node | null, path: PathSegment[], matches: (key: ScalarNode) => boolean): KeyAt | undefined {
  if (node === null) return undefined;
  if (node.kind === 'map') {
    for (const pair of node.pairs) {
      const pairPath = [...path, keyText(pair)];
      if (matches(pair.key)) return { key: pair.key, path: pairPath, map: node };
      if (pair.value) {
        const found = findKey(pair.value, pairPath, matches);
        if (found) return found;
      }
    }
  } else if (node.kind === 'seq') {
    for (let index = 0; index < node.items.length; index++) {
      const found = findKey(node.items[index], [...path, index], matches);
      if (found) return found;
    }
  }
  return undefined;
}
