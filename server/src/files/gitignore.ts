/**
 * `.gitignore` as git reads it, for the folder walk: every `.gitignore` from
 * the repository root down to a path's folder applies, each relative to its
 * own folder, deeper files able to re-include (`!pattern`) what shallower ones
 * ignore; the repository's `.git/info/exclude` applies too. The patterns are
 * the `ignore` package's (the one ESLint uses), not hand-written. Outside a
 * repository the search stops at the folder the CLI runs in, so a stray
 * `.gitignore` higher up (a home folder's, say) changes nothing.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { isRepositoryRoot } from '../config/find-config';

interface IgnoreFile {
  /** The folder the patterns are relative to. */
  base: string;
  rules: Ignore;
}

export class GitignoreRules {
  private readonly byFolder = new Map<string, readonly IgnoreFile[]>();

  /** `stopAt`: where to stop looking upwards when no repository root is found first. */
  constructor(private readonly stopAt: string) {}

  /** Whether git would ignore this file or folder. */
  isIgnored(absolutePath: string, isFolder: boolean): boolean {
    let ignored = false;
    for (const file of this.filesFor(path.dirname(absolutePath))) {
      const relative = path.relative(file.base, absolutePath).split(path.sep).join('/');
      if (relative === '' || relative.startsWith('../')) continue;
      const verdict = file.rules.test(isFolder ? `${relative}/` : relative);
      if (verdict.ignored) ignored = true;
      else if (verdict.unignored) ignored = false;
    }
    return ignored;
  }

  /** The ignore files that apply inside `folder`, shallowest first. */
  private filesFor(folder: string): readonly IgnoreFile[] {
    const cached = this.byFolder.get(folder);
    if (cached) return cached;
    const parent = path.dirname(folder);
    const top = parent === folder || isRepositoryRoot(folder) || folder === this.stopAt;
    const files = top ? [] : [...this.filesFor(parent)];
    if (isRepositoryRoot(folder)) pushRules(files, folder, path.join(folder, '.git', 'info', 'exclude'));
    pushRules(files, folder, path.join(folder, '.gitignore'));
    this.byFolder.set(folder, files);
    return files;
  }
}

function pushRules(into: IgnoreFile[], base: string, file: string): void {
  let text: string;
  try {
    // Only a regular file is read: reading a FIFO named .gitignore would block the walk forever.
    if (!fs.statSync(file).isFile()) return;
    text = fs.readFileSync(file, 'utf8');
  } catch {
    return; // no such file (the usual case), or unreadable: git skips those too
  }
  into.push({ base, rules: ignore().add(text) });
}
