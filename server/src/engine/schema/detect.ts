/**
 * Which documents are Internet First service manifests. A document is one when
 * it says so itself (`apiVersion` + `kind`), when the file is named like one
 * (`*.service.yaml`), or when it names the manifest schema the way editors
 * understand (`$schema`, or a yaml-language-server modeline). The last two
 * also catch a manifest whose `apiVersion` or `kind` is misspelt, which is
 * exactly when the schema check is most useful.
 */
import type { LintFile } from '../context';
import { getValue, stringValue, type ParsedDocument } from '../parse/tree';

export const MANIFEST_API_VERSION = 'internet-first/v1';
export const MANIFEST_KIND = 'ServiceManifest';

/** `name.service.yaml`, `.yml` or `.json`, as a path or a URI. */
const MANIFEST_FILE_NAME = /\.service\.(ya?ml|json)$/i;
/** The schema's file name, optionally followed by an empty fragment (`…schema.json#`). */
const SCHEMA_REFERENCE = /(^|[/\\])service-manifest\.schema\.json#?$/;
/** `# yaml-language-server: $schema=<url>` as yaml-language-server reads it (the `#` is already stripped). */
const MODELINE = /^yaml-language-server\s*:.*?\$schema=(\S+)/;

export function isManifestDocument(file: LintFile, document: ParsedDocument): boolean {
  return (
    declaresManifest(document) ||
    hasManifestFileName(file.fileName) ||
    namesSchemaInContent(document) ||
    (file.parsed.language === 'yaml' && hasManifestModeline(file, document))
  );
}

function declaresManifest(document: ParsedDocument): boolean {
  return stringValue(getValue(document.root, 'apiVersion')) === MANIFEST_API_VERSION && stringValue(getValue(document.root, 'kind')) === MANIFEST_KIND;
}

export function hasManifestFileName(fileName: string | undefined): boolean {
  if (!fileName) return false;
  // A URI may carry a query or fragment after the path.
  const path = fileName.replace(/[?#].*$/, '');
  return MANIFEST_FILE_NAME.test(path);
}

/** A top-level `$schema` key: JSON's way of naming a schema (yaml-language-server honours it in YAML too). */
function namesSchemaInContent(document: ParsedDocument): boolean {
  const reference = stringValue(getValue(document.root, '$schema'));
  return reference !== undefined && SCHEMA_REFERENCE.test(reference.trim());
}

/**
 * A modeline applies to the document whose comments hold it. Comments before
 * the first document's content belong to the first document, and a modeline
 * there is meant for the whole file, so the first document's applies to all.
 */
function hasManifestModeline(file: LintFile, document: ParsedDocument): boolean {
  const first = file.documents[0];
  return modelineNamesManifest(document) || (first !== undefined && first !== document && modelineNamesManifest(first));
}

export function modelineNamesManifest(document: ParsedDocument): boolean {
  return document.comments.some((comment) => {
    const match = MODELINE.exec(comment.text);
    return match !== null && SCHEMA_REFERENCE.test(match[1]);
  });
}
