/**
 * Turns the paths on the command line into the sorted list of files to lint.
 * Named files are always linted; folders are walked for the extensions the
 * engine reads, skipping dependency and VCS folders and lock files (generated,
 * huge, and full of registry URLs nobody can change).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { languageForPath } from '../engine';
import { CliError } from './args';

export interface FileEntry {
  absolutePath: string;
  /** Relative to the working folder, with forward slashes: what the reports print. */
  displayPath: string;
  /** Named on the command line (linted whatever its extension) rather than found by walking. */
  explicit: boolean;
  /** Why the walk could not list this folder (e.g. permission denied); reported as a finding. */
  walkError?: string;
}

/** Folders never walked into. Named on the command line they are still linted. */
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

export function discoverFiles(paths: readonly string[], cwd: string): FileEntry[] {
  const found = new Map<string, FileEntry>();
  const add = (entry: FileEntry): void => {
    const existing = found.get(entry.absolutePath);
    // A file both named and inside a named folder is linted once, as named.
    if (!existing || (entry.explicit && !existing.explicit)) found.set(entry.absolutePath, entry);
  };

  for (const given of paths) {
    const absolutePath = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolutePath);
    } catch (error) {
      throw new CliError(`cannot find ${given}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) walkFolder(absolutePath, cwd, add);
    else add({ absolutePath, displayPath: displayPath(absolutePath, cwd), explicit: true });
  }

  // Code-unit order, not localeCompare: the same on every machine and locale.
  return [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
}

function walkFolder(folder: string, cwd: string, add: (entry: FileEntry) => void): void {
  let children: fs.Dirent[];
  try {
    children = fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    add({ absolutePath: folder, displayPath: displayPath(folder, cwd), explicit: false, walkError: describeFsError(error) });
    return;
  }
  for (const child of children) {
    const childPath = path.join(folder, child.name);
    if (child.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(child.name)) walkFolder(childPath, cwd, add);
    } else if (child.isFile() || child.isSymbolicLink()) {
      // Symbolic links are followed to files only (never into folders, which
      // could loop); a broken link is reported when the file is read.
      if (!isLintableName(child.name)) continue;
      if (child.isSymbolicLink() && pointsToFolder(childPath)) continue;
      add({ absolutePath: childPath, displayPath: displayPath(childPath, cwd), explicit: false });
    }
  }
}

function isLintableName(name: string): boolean {
  return languageForPath(name) !== undefined && !SKIPPED_LOCK_FILES.has(name);
}

function pointsToFolder(link: string): boolean {
  try {
    return fs.statSync(link).isDirectory();
  } catch {
    return false;
  }
}

/** Relative to `cwd` with forward slashes on every platform (`../x.yaml` outside it). */
export function displayPath(absolutePath: string, cwd: string): string {
  const relative = path.relative(cwd, absolutePath);
  return (relative === '' ? '.' : relative).split(path.sep).join('/');
}

/** `ENOENT` and friends as words, keeping the code for searchability. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const words: Record<string, string> = {
    ENOENT: 'no such file or folder',
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EISDIR: 'is a folder',
    ENOTDIR: 'a part of the path is a file, not a folder',
    EROFS: 'read-only file system',
    ELOOP: 'too many levels of symbolic links',
    ENAMETOOLONG: 'name too long',
    EMFILE: 'too many open files',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}
