/**
 * Which files a folder walk (files/walk.ts) lints, for the CLI's discovery
 * and the language server's workspace scan alike: the extensions the engine
 * reads, minus dependency and VCS folders, lock files (generated, huge, and
 * full of registry URLs nobody can change) and this tool's own files. No CLI
 * or LSP code here.
 */
import { languageForPath } from '../engine';

/** Folders never walked into. */
export const SKIPPED_FOLDERS: ReadonlySet<string> = new Set(['node_modules', '.git', '.hg', '.svn']);

/**
 * Lock files that would otherwise match the walked extensions. (`yarn.lock`,
 * `composer.lock`, `Cargo.lock` and the like never match them.)
 */
export const SKIPPED_LOCK_FILES: ReadonlySet<string> = new Set([
  'package-lock.json',
  'npm-shrinkwrap.json',
  'pnpm-lock.yaml',
  'packages.lock.json', // NuGet
  'conda-lock.yml',
]);

/**
 * This tool's own files: its configuration (validated, not linted as service
 * configuration) and the recommended baseline name (full of the very findings it records).
 */
export const TOOL_FILE_NAMES: ReadonlySet<string> = new Set([
  '.internet-first.yaml',
  '.internet-first.yml',
  '.internet-first.json',
  '.internet-first-baseline.json',
]);

export function isLintableName(name: string): boolean {
  return languageForPath(name) !== undefined && !SKIPPED_LOCK_FILES.has(name) && !TOOL_FILE_NAMES.has(name);
}
