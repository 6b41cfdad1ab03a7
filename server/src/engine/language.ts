import type { LanguageId } from './types';

/** The language a path is linted as, from its extension; undefined for files the linter does not read. */
export function languageForPath(path: string): LanguageId | undefined {
  const lower = path.toLowerCase();
  if (/\.ya?ml$/.test(lower)) return 'yaml';
  if (lower.endsWith('.jsonc')) return 'jsonc';
  if (lower.endsWith('.json')) return 'json';
  return undefined;
}
