/**
 * Turns the paths on the command line into the sorted list of files to lint.
 * Named files are always linted (unless --force-exclude and the config
 * excludes them); folders are walked for the extensions the engine reads,
 * skipping dependency and VCS folders, lock files (generated, huge, and full
 * of registry URLs nobody can change), what .gitignore ignores and what the
 * configuration files exclude.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { selectPath, type LoadedConfig } from '../engine';
import { toSlashes } from '../config/find-config';
import { CliError } from './args';
import { GitignoreRules } from '../files/gitignore';
import { TOOL_FILE_NAMES } from '../files/lintable';
import { walkTree } from '../files/walk';

export interface FileEntry {
  absolutePath: string;
  /** Relative to the working folder, with forward slashes: what the reports print. */
  displayPath: string;
  /** Named on the command line (linted whatever its extension) rather than found by walking. */
  explicit: boolean;
  /** Why the walk could not list this folder (e.g. permission denied); reported as a finding. */
  walkError?: string;
  /** The folder named on the command line that the walk found this file in (a fallback repository root). */
  root?: string;
  /**
   * The path as bytes, when it is not valid UTF-8 (files/file-name.ts): what
   * every file system call is given. `absolutePath` and `displayPath` then
   * show each invalid byte as `\xNN`.
   */
  fsPath?: Buffer;
}

// Folders never walked into (named on the command line they are still linted) and lock files:
// the same lists the language server's workspace scan uses.
export { SKIPPED_FOLDERS, SKIPPED_LOCK_FILES } from '../files/lintable';

/** What, besides the built-in skips, decides which files a walk lints. */
export interface DiscoverOptions {
  /** The configuration chain for a folder (include/exclude); none: every lintable file. */
  chainFor?: (folder: string) => readonly LoadedConfig[];
  /** Honour .gitignore files in walked folders (default true). */
  gitignore?: boolean;
  /** Apply the configuration's include/exclude to named files too. */
  forceExclude?: boolean;
  /** Absolute paths never walked into the report: the run's own output and baseline files. */
  skipFiles?: ReadonlySet<string>;
  /** Told about each named file that --force-exclude left out. */
  onExcluded?: (displayPath: string) => void;
}

/** This tool's own files (its configuration and the baseline name): never linted by a walk. */
export const TOOL_FILES: ReadonlySet<string> = TOOL_FILE_NAMES;

export function discoverFiles(paths: readonly string[], cwd: string, options: DiscoverOptions = {}): FileEntry[] {
  const found = new Map<string, FileEntry>();
  const add = (entry: FileEntry): void => {
    const existing = found.get(entry.absolutePath);
    // A file both named and inside a named folder is linted once, as named.
    if (!existing || (entry.explicit && !existing.explicit)) found.set(entry.absolutePath, entry);
  };
  const gitignore = options.gitignore === false ? undefined : new GitignoreRules(cwd);

  for (const given of paths) {
    const absolutePath = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolutePath);
    } catch (error) {
      throw new CliError(`cannot find ${given}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) {
      walkTree(absolutePath, {
        skipIn: (folder) => walkFilter(folder, options, gitignore),
        onFile: ({ absolutePath: file, fsPath }) =>
          add({ absolutePath: file, displayPath: displayPath(file, cwd), explicit: false, root: absolutePath, ...(fsPath ? { fsPath } : {}) }),
        onError: (folder, error) => add({ absolutePath: folder, displayPath: displayPath(folder, cwd), explicit: false, walkError: describeFsError(error) }),
      });
    } else if (options.forceExclude && isExcludedByWalkRules(absolutePath, options)) {
      options.onExcluded?.(displayPath(absolutePath, cwd));
    } else {
      add({ absolutePath, displayPath: displayPath(absolutePath, cwd), explicit: true });
    }
  }

  // Code-unit order, not localeCompare: the same on every machine and locale.
  return [...found.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
}

/** --force-exclude: a named file the walk would have left out (config include/exclude, the linter's own files). */
function isExcludedByWalkRules(absolutePath: string, options: DiscoverOptions): boolean {
  if (TOOL_FILES.has(path.basename(absolutePath))) return true;
  return options.chainFor !== undefined && selectPath(options.chainFor(path.dirname(absolutePath)), toSlashes(absolutePath)) !== 'included';
}

/**
 * What the CLI leaves out of a walked folder besides the built-in skips
 * (files/walk.ts): the run's own output and baseline files, what .gitignore
 * ignores, and what the configuration does not include.
 */
function walkFilter(folder: string, options: DiscoverOptions, gitignore: GitignoreRules | undefined): (childPath: string, isFolder: boolean) => boolean {
  const chain = options.chainFor?.(folder) ?? [];
  return (childPath, isFolder) => {
    if (!isFolder && options.skipFiles?.has(childPath)) return true;
    if (gitignore?.isIgnored(childPath, isFolder)) return true;
    const selection = selectPath(chain, toSlashes(childPath), isFolder);
    return isFolder ? selection === 'excluded' : selection !== 'included';
  };
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
