/**
 * What kind of configuration a document is. Rules use it to read a key the
 * way its format means it (a Compose `environment` entry, a Kubernetes env
 * value, an OpenAPI server) and to know what is internal by construction.
 */
import type { ParsedDocument } from './parse/tree';
import { getValue, stringValue } from './parse/tree';

export type DocumentFormat = 'manifest' | 'kubernetes' | 'compose' | 'openapi' | 'spring' | 'dotnet' | 'fhir' | 'helm-values' | 'github-workflow' | 'generic';

/** The format of a document that is not a service manifest (schema/detect.ts decides that). */
export function detectFormat(document: ParsedDocument, fileName: string | undefined): DocumentFormat {
  const root = document.root;
  const base = baseName(fileName);
  const apiVersion = stringValue(getValue(root, 'apiVersion'));
  const kind = stringValue(getValue(root, 'kind'));
  if (apiVersion && kind) return 'kubernetes';
  if (getValue(root, 'openapi') !== undefined || getValue(root, 'swagger') !== undefined) return 'openapi';
  if (typeof stringValue(getValue(root, 'resourceType')) === 'string') return 'fhir';
  if (/^(docker-)?compose([.-][\w.-]+)?\.ya?ml$/.test(base) || isComposeShape(document)) return 'compose';
  if (/^(application|bootstrap)([-.][\w.-]+)?\.(ya?ml|properties)$/.test(base)) return 'spring';
  if (/^(appsettings|local\.settings)([.-][\w.-]+)?\.json$/.test(base)) return 'dotnet';
  if (/^values([.-][\w.-]+)?\.ya?ml$/.test(base)) return 'helm-values';
  if (/(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(forwardSlashes(fileName))) return 'github-workflow';
  return 'generic';
}

/** A file not named like Compose but shaped like it: `services:` whose entries have `image` or `build`. */
function isComposeShape(document: ParsedDocument): boolean {
  const services = getValue(document.root, 'services');
  if (!services || services.kind !== 'map' || services.pairs.length === 0) return false;
  return services.pairs.every((pair) => getValue(pair.value, 'image') !== undefined || getValue(pair.value, 'build') !== undefined);
}

/** The name with `/` for every `\` (a Windows path). Most names have none: asked for every file, a replace made a new string each time. */
export function forwardSlashes(fileName: string | undefined): string {
  if (fileName === undefined) return '';
  return fileName.includes('\\') ? fileName.replace(/\\/g, '/') : fileName;
}

export function baseName(fileName: string | undefined): string {
  const path = forwardSlashes(fileName);
  return path.slice(path.lastIndexOf('/') + 1).toLowerCase();
}
