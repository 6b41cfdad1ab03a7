/**
 * Hover on a key of a service manifest: the schema's title and description
 * of that property (schemas/service-manifest.schema.json has both on every
 * property). Plain data; the language server turns it into markdown.
 */
import type { PathSegment } from '../context';
import type { LanguageId } from '../types';
import { keyAtOffset, manifestDocumentAt, type ManifestLookupOptions } from './manifest-at';
import { allowedValues, manifestSchemaAt } from './schema-node';

export interface SchemaHover {
  /** The key hovered, as offset and length in the text. */
  offset: number;
  length: number;
  path: PathSegment[];
  title?: string;
  description?: string;
  /** The values the property allows, when the schema lists them. */
  allowed?: string[];
}

export function manifestKeyHover(text: string, languageId: LanguageId, offset: number, options: ManifestLookupOptions = {}): SchemaHover | undefined {
  const document = manifestDocumentAt(text, languageId, offset, options);
  const found = document && keyAtOffset(document.root, offset);
  if (!found) return undefined;
  const schema = manifestSchemaAt(found.path);
  if (schema === undefined || (schema.title === undefined && schema.description === undefined)) return undefined;
  const hover: SchemaHover = { offset: found.key.offset, length: found.key.length, path: found.path };
  if (schema.title !== undefined) hover.title = schema.title;
  if (schema.description !== undefined) hover.description = schema.description;
  const allowed = allowedValues(schema);
  if (allowed.length > 0 && schema.type !== 'boolean') hover.allowed = allowed.map((value) => String(value));
  return hover;
}
