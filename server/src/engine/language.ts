import type { LanguageId } from './types';

/** Languages by extension, lower case. */
const BY_EXTENSION: ReadonlyMap<string, LanguageId> = new Map([
  ['yaml', 'yaml'],
  ['yml', 'yaml'],
  ['json', 'json'],
  ['jsonc', 'jsonc'],
]);

/**
 * The language a path is linted as, from its extension (any case); undefined
 * for files the linter does not read. Only the text after the last dot is
 * read: lower-casing the whole path was most of this function's cost, and the
 * CLI asks it for every file.
 */
export function languageForPath(path: string): LanguageId | undefined {
  const dot = path.lastIndexOf('.');
  // No dot, or more after it than `jsonc` (a dot in a folder name): no extension of ours.
  if (dot < 0 || path.length - dot > 6) return undefined;
  return BY_EXTENSION.get(path.slice(dot + 1).toLowerCase());
}
