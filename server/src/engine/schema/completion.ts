/**
 * Completion in service manifests from the manifest schema: the property
 * names an object may still take (with their titles and descriptions) at a
 * key position, and the allowed values (`enum`, `const`, true/false) at a
 * value position. Finding the position is language-specific (text being
 * typed rarely parses as it stands): completion-yaml.ts and completion-json.ts.
 */
import type { PathSegment } from '../context';
import type { LanguageId } from '../types';
import { locateJson } from './completion-json';
import { locateYaml } from './completion-yaml';
import type { ManifestLookupOptions } from './manifest-at';
import { allowedValues, manifestSchemaAt, propertiesOf, type SchemaNode, type SchemaValue } from './schema-node';

export interface SchemaCompletion {
  label: string;
  kind: 'property' | 'value';
  /** Replaces the text at [offset, offset + length). */
  insertText: string;
  offset: number;
  length: number;
  /** What the editor matches the typed text against (it includes quotes where the replaced text does). */
  filterText: string;
  /** The schema's title. */
  detail?: string;
  /** The schema's description (markdown). */
  documentation?: string;
  /** A property the object must have. */
  required?: boolean;
}

/** Where completion was asked, in the language-neutral terms the schema needs. */
export interface CompletionSite {
  kind: 'property' | 'value';
  /** For a property: the path of the object that gets it; for a value: the path of the property. */
  path: PathSegment[];
  /** Keys the object already has (property sites only). */
  present: readonly string[];
  offset: number;
  length: number;
  formatProperty(name: string, schema: SchemaNode): { insertText: string; filterText: string };
  formatValue(value: SchemaValue): { insertText: string; filterText: string };
}

export function manifestCompletions(text: string, languageId: LanguageId, offset: number, options: ManifestLookupOptions = {}): SchemaCompletion[] {
  // The document's parse cache is for its own text; completion parses an edited copy.
  const lookup: ManifestLookupOptions = { fileName: options.fileName, manifest: options.manifest };
  const site = languageId === 'yaml' ? locateYaml(text, offset, lookup) : locateJson(text, languageId, offset, lookup);
  if (site === undefined) return [];
  const schema = manifestSchemaAt(site.path);
  if (schema === undefined) return [];
  return site.kind === 'property' ? propertyCompletions(site, schema) : valueCompletions(site, schema);
}

function propertyCompletions(site: CompletionSite, schema: SchemaNode): SchemaCompletion[] {
  const present = new Set(site.present);
  return propertiesOf(schema)
    .filter(({ name }) => !present.has(name))
    .map(({ name, schema: property, required }) => ({
      label: name,
      kind: 'property' as const,
      ...site.formatProperty(name, property),
      offset: site.offset,
      length: site.length,
      ...describedBy(property),
      required,
    }));
}

function valueCompletions(site: CompletionSite, schema: SchemaNode): SchemaCompletion[] {
  return allowedValues(schema).map((value) => ({
    label: String(value),
    kind: 'value' as const,
    ...site.formatValue(value),
    offset: site.offset,
    length: site.length,
    ...describedBy(schema),
  }));
}

function describedBy(schema: SchemaNode): { detail?: string; documentation?: string } {
  const described: { detail?: string; documentation?: string } = {};
  if (schema.title !== undefined) described.detail = schema.title;
  if (schema.description !== undefined) described.documentation = schema.description;
  return described;
}
