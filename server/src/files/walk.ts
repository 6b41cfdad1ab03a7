/**
 * The folder walk, one for both entry points: the CLI's discovery
 * (cli/discover.ts, synchronous) and the language server's workspace scan
 * (lsp/workspace-scan.ts, which walks one folder per turn of the event loop
 * so the server keeps answering). Same rules for both: dependency and VCS
 * folders skipped, the lintable-name check (files/lintable.ts), the caller's
 * filter (.gitignore, config include/exclude), symbolic links followed to
 * files only (never into folders, which could loop), and names that are not
 * UTF-8 reached through their bytes (files/file-name.ts). A broken link or a
 * FIFO, socket or device with a lintable name is listed: the reader reports
 * it as unreadable or not a regular file, without opening it.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { childName, readFolder } from './file-name';
import { isLintableName, SKIPPED_FOLDERS } from './lintable';

export interface WalkedFile {
  absolutePath: string;
  /** The path as bytes when it is not valid UTF-8; `absolutePath` then shows each invalid byte as `\xNN`. */
  fsPath?: Buffer;
}

export interface WalkRules {
  /** Made once per walked folder: true leaves that child out (what .gitignore ignores, what the config excludes). */
  skipIn?: (folder: string) => (childPath: string, isFolder: boolean) => boolean;
  onFile: (file: WalkedFile) => void;
  /** A folder that cannot be listed: the walk goes on without it. */
  onError: (folder: string, error: unknown) => void;
}

interface PendingFolder {
  /** As text: for filters and display. */
  folder: string;
  /** What fs is given: bytes under a name that is not UTF-8. */
  fsFolder: string | Buffer;
}

/** Every lintable file under `root`, depth first in code-unit name order. */
export function walkTree(root: string, rules: WalkRules): void {
  const pending: PendingFolder[] = [{ folder: root, fsFolder: root }];
  while (pending.length > 0) pending.push(...walkFolder(pending.pop()!, rules));
}

/**
 * The same walk, one folder per turn of the event loop (a folder is listed
 * synchronously, which takes well under a millisecond for a usual one), so
 * that requests arriving meanwhile are answered; `cancelled` is checked
 * before each folder.
 */
export async function walkTreeInTurns(root: string, rules: WalkRules, cancelled: () => boolean): Promise<void> {
  const pending: PendingFolder[] = [{ folder: root, fsFolder: root }];
  while (pending.length > 0 && !cancelled()) {
    pending.push(...walkFolder(pending.pop()!, rules));
    await new Promise((resolve) => setImmediate(resolve));
  }
}

/** Reports one folder's files and returns its subfolders, reversed so that a stack visits them in name order. */
function walkFolder({ folder, fsFolder }: PendingFolder, rules: WalkRules): PendingFolder[] {
  let children: Array<fs.Dirent<string> | fs.Dirent<Buffer>>;
  try {
    children = readFolder(fsFolder);
  } catch (error) {
    rules.onError(folder, error);
    return [];
  }
  const skip = rules.skipIn?.(folder);
  const named = children.map((child) => ({ child, ...childName(fsFolder, child.name) }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const subfolders: PendingFolder[] = [];
  for (const { child, name, fsPath } of named) {
    const childPath = path.join(folder, name);
    if (child.isDirectory()) {
      if (SKIPPED_FOLDERS.has(name) || skip?.(childPath, true)) continue;
      subfolders.push({ folder: childPath, fsFolder: fsPath ?? childPath });
    } else {
      if (!isLintableName(name) || skip?.(childPath, false)) continue;
      if (child.isSymbolicLink() && pointsToFolder(fsPath ?? childPath)) continue;
      rules.onFile({ absolutePath: childPath, ...(fsPath ? { fsPath } : {}) });
    }
  }
  return subfolders.reverse();
}

function pointsToFolder(link: string | Buffer): boolean {
  try {
    return fs.statSync(link).isDirectory();
  } catch {
    return false;
  }
}
