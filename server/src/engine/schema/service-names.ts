/**
 * The services a file's manifests name (`metadata.name` of each
 * `apiVersion: internet-first/v1`, `kind: ServiceManifest` document). The
 * estate report groups a repository's findings by these names; the CLI puts
 * them in its SARIF so the report never needs the repository itself.
 *
 * Read from the engine's own tree (parse/index.ts), which the line scanner
 * builds in a fraction of the `yaml` package's parse and conversion to plain
 * objects that this once took for every file naming `ServiceManifest`.
 * An alias is looked through once; of repeated keys the last counts, as in
 * the plain object the package made.
 */
import type { LanguageId } from '../types';
import { parseText } from '../parse';
import type { Node, ParsedDocument } from '../parse/tree';
import { MANIFEST_API_VERSION, MANIFEST_KIND } from './detect';

export function manifestServiceNames(text: string, languageId: LanguageId): string[] {
  // Almost no file is a manifest: skip the second parse for all the others.
  if (!text.includes(MANIFEST_KIND)) return [];
  const names: string[] = [];
  for (const document of parseText(text, languageId).documents) {
    const root = document.root;
    if (stringAt(document, root, 'apiVersion') !== MANIFEST_API_VERSION || stringAt(document, root, 'kind') !== MANIFEST_KIND) continue;
    const name = stringAt(document, valueAt(document, root, 'metadata'), 'name')?.trim();
    if (name && !names.includes(name)) names.push(name);
  }
  return names;
}

/** The value of the last pair with this key, looking through an alias to a map or to the value. */
function valueAt(document: ParsedDocument, node: Node | null | undefined, key: string): Node | undefined {
  const map = throughAlias(document, node);
  if (map?.kind !== 'map') return undefined;
  let value: Node | null | undefined;
  for (const pair of map.pairs) if (pair.key.value === key) value = pair.value;
  return throughAlias(document, value);
}

/** A string value under the key (not a number or boolean, which a plain object would keep as such). */
function stringAt(document: ParsedDocument, node: Node | null | undefined, key: string): string | undefined {
  const value = valueAt(document, node, key);
  return value?.kind === 'scalar' && typeof value.value === 'string' ? value.value : undefined;
}

function throughAlias(document: ParsedDocument, node: Node | null | undefined): Node | undefined {
  if (node?.kind === 'alias') return document.anchors.get(node.source);
  return node ?? undefined;
}
