/**
 * The services a file's manifests name (`metadata.name` of each
 * `apiVersion: internet-first/v1`, `kind: ServiceManifest` document). The
 * estate report groups a repository's findings by these names; the CLI puts
 * them in its SARIF so the report never needs the repository itself.
 *
 * Read from the engine's own tree as the plain value the manifest schema
 * check validates (to-js.ts: aliases and merge keys applied, the last of
 * repeated keys), not from a second parse with the `yaml` package, which
 * this once took for every file naming `ServiceManifest`.
 */
import type { LanguageId } from '../types';
import { parseText } from '../parse';
import { MANIFEST_API_VERSION, MANIFEST_KIND } from './detect';
import { convertDocument } from './to-js';

export function manifestServiceNames(text: string, languageId: LanguageId): string[] {
  // Almost no file is a manifest: skip the second parse for all the others.
  if (!text.includes(MANIFEST_KIND)) return [];
  const names: string[] = [];
  for (const document of parseText(text, languageId).documents) {
    const converted = convertDocument(document);
    if (!converted.ok) continue;
    const root = converted.value;
    if (!isRecord(root) || root.apiVersion !== MANIFEST_API_VERSION || root.kind !== MANIFEST_KIND) continue;
    const name = isRecord(root.metadata) ? root.metadata.name : undefined;
    if (typeof name === 'string' && name.trim() !== '' && !names.includes(name.trim())) names.push(name.trim());
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
