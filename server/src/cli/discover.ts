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
import { languageForPath } from '../engine';
import { selectPath, type LoadedConfig } from '../engine';
import { CONFIG_FILE_NAMES, toSlashes } from '../config/find-config';
import { CliError } from './args';
import { GitignoreRules } from '../files/gitignore';
import { SKIPPED_FOLDERS, SKIPPED_LOCK_FILES } from '../files/lintable';
import { childName, readFolder } from '../files/file-name';

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

/**
 * This tool's own files: its configuration (validated when loaded, not linted
 * as service configuration) and the recommended baseline name (full of the
 * very findings it records).
 */
export const TOOL_FILES: ReadonlySet<string> = new Set([...CONFIG_FILE_NAMES, '.internet-first-baseline.json']);

export function discoverFiles(paths: readonly string[], cwd: string, options: DiscoverOptions = {}): FileEntry[] {
  const found = new Map<string, FileEntry>();
  const add = (entry: FileEntry): void => {
    const existing = found.get(entry.absolutePath);
    // A file both named and inside a named folder is linted once, as named.
    if (!existing || (entry.explicit && !existing.explicit)) found.set(entry.absolutePath, entry);
  };
  const walker = new FolderWalker(cwd, options, add);

  for (const given of paths) {
    const absolutePath = path.resolve(cwd, given);
    let stats: fs.Stats;
    try {
      stats = fs.statSync(absolutePath);
    } catch (error) {
      throw new CliError(`cannot find ${given}: ${describeFsError(error)}`);
    }
    if (stats.isDirectory()) {
      walker.root = absolutePath;
      walker.walk(absolutePath, absolutePath);
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

class FolderWalker {
  private readonly gitignore: GitignoreRules | undefined;
  /** The named folder being walked, recorded on each entry. */
  root: string | undefined;

  constructor(
    private readonly cwd: string,
    private readonly options: DiscoverOptions,
    private readonly add: (entry: FileEntry) => void,
  ) {
    this.gitignore = options.gitignore === false ? undefined : new GitignoreRules(cwd);
  }

  /** `folder` as text (config, ignore rules, display); `fsFolder` what fs is given (bytes under a name that is not UTF-8). */
  walk(folder: string, fsFolder: string | Buffer): void {
    let children: Array<fs.Dirent<string> | fs.Dirent<Buffer>>;
    try {
      // Bytes for a name that is not UTF-8, which as text would hold U+FFFD and name no file.
      children = readFolder(fsFolder);
    } catch (error) {
      this.add({ absolutePath: folder, displayPath: displayPath(folder, this.cwd), explicit: false, walkError: describeFsError(error) });
      return;
    }
    const chain = this.options.chainFor?.(folder) ?? [];
    for (const child of children) {
      const { name, fsPath } = childName(fsFolder, child.name);
      const childPath = path.join(folder, name);
      if (child.isDirectory()) {
        if (SKIPPED_FOLDERS.has(name) || this.gitignore?.isIgnored(childPath, true)) continue;
        if (selectPath(chain, toSlashes(childPath), true) === 'excluded') continue;
        this.walk(childPath, fsPath ?? childPath);
      } else {
        // Symbolic links are followed to files only (never into folders, which
        // could loop); a broken link, a FIFO, socket or device with a lintable
        // name is reported when the file is read (it is never opened).
        if (!isLintableName(name) || this.options.skipFiles?.has(childPath)) continue;
        if (this.gitignore?.isIgnored(childPath, false)) continue;
        if (selectPath(chain, toSlashes(childPath)) !== 'included') continue;
        if (child.isSymbolicLink() && pointsToFolder(fsPath ?? childPath)) continue;
        this.add({
          absolutePath: childPath,
          displayPath: displayPath(childPath, this.cwd),
          explicit: false,
          ...(this.root ? { root: this.root } : {}),
          ...(fsPath ? { fsPath } : {}),
        });
      }
    }
  }
}

function isLintableName(name: string): boolean {
  return languageForPath(name) !== undefined && !SKIPPED_LOCK_FILES.has(name) && !TOOL_FILES.has(name);
}

function pointsToFolder(link: string | Buffer): boolean {
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
