/**
 * Which files a folder walk lints, shared by the language server's workspace
 * scan (and meant for the CLI's discovery too): the extensions the engine
 * reads, minus dependency and VCS folders and lock files (generated, huge,
 * and full of registry URLs nobody can change). No CLI or LSP code here.
 */
import { promises as fs, type Dirent } from 'node:fs';
import * as path from 'node:path';
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
  return languageForPath(name) !== undefined && !SKIPPED_LOCK_FILES.has(name);
}

export interface WalkOptions {
  /** Checked before each folder is read: true stops the walk (a cancelled scan). */
  cancelled?: () => boolean;
  /** A folder that cannot be listed: the walk goes on without it. */
  onError?: (folder: string, error: unknown) => void;
  /** Leave out this file or folder (e.g. what .gitignore ignores). */
  skip?: (absolutePath: string, isFolder: boolean) => boolean;
}

/**
 * Every lintable file under `root`, as absolute paths in code-unit order per
 * folder. Asynchronous, so a language server stays responsive while it walks.
 * Symbolic links are followed to files only, never into folders (which could loop).
 */
export async function lintableFiles(root: string, options: WalkOptions = {}): Promise<string[]> {
  const found: string[] = [];
  const pending = [root];
  while (pending.length > 0 && options.cancelled?.() !== true) {
    const folder = pending.pop()!;
    let children: Dirent[];
    try {
      children = await fs.readdir(folder, { withFileTypes: true });
    } catch (error) {
      options.onError?.(folder, error);
      continue;
    }
    children.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subfolders: string[] = [];
    for (const child of children) {
      const childPath = path.join(folder, child.name);
      if (child.isDirectory()) {
        if (!SKIPPED_FOLDERS.has(child.name) && options.skip?.(childPath, true) !== true) subfolders.push(childPath);
      } else if (isLintableName(child.name)) {
        // FIFOs, sockets and devices are kept too: the reader reports them as not regular files, without opening them.
        if (child.isSymbolicLink() && !(await isFileBehindLink(childPath))) continue;
        if (options.skip?.(childPath, false) === true) continue;
        found.push(childPath);
      }
    }
    // Reversed onto the stack so that folders are visited in name order.
    pending.push(...subfolders.reverse());
  }
  return found;
}

async function isFileBehindLink(link: string): Promise<boolean> {
  try {
    return (await fs.stat(link)).isFile();
  } catch {
    return false; // broken link: nothing to lint
  }
}
