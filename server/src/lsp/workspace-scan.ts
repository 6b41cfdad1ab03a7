/**
 * "Internet First: Lint workspace": every YAML/JSON/JSONC file of each
 * workspace folder, open or not, into the Problems panel, with progress.
 * Each folder is walked on its own (its settings, its config files, its
 * .gitignore); the walk skips dependency and VCS folders, lock files and what
 * the config files do not include. Open documents are left to the live lint.
 *
 * Files linted from disk are remembered: closing one re-lints it from disk
 * (the editor's unsaved text is gone, the file on disk is what the scan
 * shows), and a settings or config change re-lints them all. A file changed
 * on disk by another program keeps its diagnostics until the next scan.
 */
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { GitignoreRules } from '../files/gitignore';
import { walkTreeInTurns } from '../files/walk';
import type { WorkspaceFolder } from './client-features';

export interface ScanHost {
  /** Whether the editor has this local file open (its live lint owns its diagnostics). */
  isOpen(filePath: string): boolean;
  /**
   * Lints one file from disk and publishes its diagnostics under `uri`; false
   * (and nothing published) when a walk would not lint it: not included by
   * the config files, or linting is off for it.
   */
  lintFromDisk(filePath: string, uri: string, folderUri: string): Promise<boolean>;
  /** Publishes an empty list for a file no longer linted. */
  clear(uri: string): Promise<void>;
  log(message: string): void;
}

export interface ScanSummary {
  folders: number;
  /** Files linted from disk by this scan. */
  files: number;
  /** Files left to the live lint because they are open. */
  open: number;
  cancelled: boolean;
}

interface Scanned {
  uri: string;
  folderUri: string;
}

export class WorkspaceScan {
  /** Local path → where it was published, for every file the scans linted from disk. */
  private readonly scanned = new Map<string, Scanned>();
  private running: Promise<ScanSummary> | undefined;

  constructor(private readonly host: ScanHost) {}

  /** Scans the folders; a second request while one runs gets the running scan's result. */
  run(folders: readonly WorkspaceFolder[], progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<ScanSummary> {
    this.running ??= this.scan(folders, progress, cancelled).finally(() => (this.running = undefined));
    return this.running;
  }

  has(filePath: string): boolean {
    return this.scanned.has(filePath);
  }

  /** A scanned file was closed in the editor: show what is on disk again, under the editor's URI; false when it is not shown. */
  async reopenFromDisk(filePath: string, uri: string): Promise<boolean> {
    const scanned = this.scanned.get(filePath);
    if (scanned === undefined) return false;
    if (await this.host.lintFromDisk(filePath, uri, scanned.folderUri)) {
      this.scanned.set(filePath, { ...scanned, uri });
      return true;
    }
    this.scanned.delete(filePath);
    return false;
  }

  /** Settings or config files changed: lint every scanned file that is not open again. */
  async refresh(): Promise<void> {
    for (const [filePath, { uri, folderUri }] of [...this.scanned]) {
      if (this.host.isOpen(filePath)) continue;
      if (!(await this.host.lintFromDisk(filePath, uri, folderUri))) {
        this.scanned.delete(filePath);
        await this.host.clear(uri);
      }
      await yieldToEvents();
    }
  }

  private async scan(folders: readonly WorkspaceFolder[], progress: WorkDoneProgressReporter, cancelled: () => boolean): Promise<ScanSummary> {
    const summary: ScanSummary = { folders: 0, files: 0, open: 0, cancelled: false };
    progress.begin('Internet First: linting the workspace', 0, 'Finding files…', true);
    try {
      const work = await this.collect(folders, cancelled);
      summary.folders = work.folders;
      let done = 0;
      let reported = -1;
      for (const { filePath, folderUri } of work.files) {
        if (cancelled()) break;
        if (this.host.isOpen(filePath)) summary.open++;
        else await this.lintOne(filePath, folderUri, summary);
        done++;
        // One progress message per percent, not per file: a big workspace would flood the editor.
        const percentage = Math.floor((done / work.files.length) * 100);
        if (percentage !== reported) progress.report(percentage, `${done}/${work.files.length} files`);
        reported = percentage;
        await yieldToEvents();
      }
      summary.cancelled = cancelled();
      this.host.log(
        `Workspace lint: ${summary.files} file(s) linted from disk, ${summary.open} open file(s) left to the live lint, ` +
          `${summary.folders} folder(s)${summary.cancelled ? ' (cancelled)' : ''}.`,
      );
      return summary;
    } finally {
      progress.done();
    }
  }

  private async lintOne(filePath: string, folderUri: string, summary: ScanSummary): Promise<void> {
    const previous = this.scanned.get(filePath);
    const uri = previous?.uri ?? pathToFileURL(filePath).href;
    if (await this.host.lintFromDisk(filePath, uri, folderUri)) {
      this.scanned.set(filePath, { uri, folderUri });
      summary.files++;
    } else if (previous !== undefined) {
      // Excluded or turned off since the last scan: its old diagnostics must go.
      this.scanned.delete(filePath);
      await this.host.clear(uri);
    }
  }

  /** Every file to lint, per folder, a file in nested folders only once. */
  private async collect(
    folders: readonly WorkspaceFolder[],
    cancelled: () => boolean,
  ): Promise<{ folders: number; files: Array<{ filePath: string; folderUri: string }> }> {
    const seen = new Set<string>();
    const files: Array<{ filePath: string; folderUri: string }> = [];
    let count = 0;
    for (const folder of folders) {
      const root = localFolder(folder.uri);
      if (root === undefined) {
        this.host.log(`Workspace lint: skipped ${folder.uri}, which is not a local folder.`);
        continue;
      }
      count++;
      const found = await scanFolder(root, cancelled, (message) => this.host.log(message));
      for (const filePath of found) {
        if (seen.has(filePath)) continue;
        seen.add(filePath);
        files.push({ filePath, folderUri: folder.uri });
      }
    }
    return { folders: count, files };
  }
}

/**
 * The lintable files of one workspace folder: the CLI's walk (files/walk.ts)
 * with the folder's .gitignore, one folder per turn of the event loop.
 * Include/exclude are left to `lintFromDisk`, which resolves each file's
 * config. A path that is not UTF-8 has no `file:` URI the editor could open,
 * so it is logged and left out.
 */
export async function scanFolder(root: string, cancelled: () => boolean, log: (message: string) => void): Promise<string[]> {
  const gitignore = new GitignoreRules(root);
  const found: string[] = [];
  await walkTreeInTurns(
    root,
    {
      skipIn: () => (candidate, isFolder) => gitignore.isIgnored(candidate, isFolder),
      onFile: ({ absolutePath, fsPath }) => {
        if (fsPath === undefined) found.push(absolutePath);
        else log(`Workspace lint: skipped ${absolutePath}, whose name is not UTF-8.`);
      },
      onError: (folder, error) => log(`Workspace lint: cannot list ${folder}: ${String(error)}`),
    },
    cancelled,
  );
  return found;
}

function localFolder(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** Lets requests and notifications that arrived meanwhile (typing, hovers) run between files. */
function yieldToEvents(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
