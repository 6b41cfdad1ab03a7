/**
 * The services a file's manifests name (`metadata.name` of each
 * `apiVersion: internet-first/v1`, `kind: ServiceManifest` document). The
 * estate report groups a repository's findings by these names; the CLI puts
 * them in its SARIF so the report never needs the repository itself.
 */
import { parseAllDocuments } from 'yaml';
import type { LanguageId } from '../engine';

const MANIFEST_KIND = 'ServiceManifest';
const MANIFEST_API_VERSION = 'internet-first/v1';

export function manifestServiceNames(text: string, _languageId: LanguageId): string[] {
  // Almost no file is a manifest: skip the second parse for all the others.
  if (!text.includes(MANIFEST_KIND)) return [];
  const names: string[] = [];
  try {
    // JSON is YAML, so one parser serves both languages.
    for (const document of parseAllDocuments(text, { uniqueKeys: false })) {
      const root: unknown = document.toJS({ maxAliasCount: 100 });
      if (!isRecord(root) || root.apiVersion !== MANIFEST_API_VERSION || root.kind !== MANIFEST_KIND) continue;
      const name = isRecord(root.metadata) ? root.metadata.name : undefined;
      if (typeof name === 'string' && name.trim() !== '' && !names.includes(name.trim())) names.push(name.trim());
    }
  } catch {
    // A file that does not parse names no service; the lint report says why it does not parse.
  }
  return names;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
