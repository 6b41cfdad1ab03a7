/**
 * Where the CLI's search for config files stops, besides a repository root
 * and `root: true`, for paths that no repository holds: at each folder named
 * on the command line, so a project without `.git`, linted where it lies, is
 * judged by its own config files only (a parent folder's `exclude: ["**"]`
 * or `rules: … off` cannot silence it). A named file belongs to the project
 * the CLI runs in (pre-commit and lint-staged name files from the project's
 * top): its search stops at the working folder when the file is inside it,
 * else at the file's folder. Inside a repository the search still goes up to
 * the repository root, so `internet-first-lint deploy/` keeps the root's
 * settings. The editor stops at its workspace folders the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findGitRoot } from '../files/repository-root';

export function commandLineStops(paths: readonly string[], cwd: string): string[] {
  const folders = paths.map((given) => stopFor(path.resolve(cwd, given), path.resolve(cwd))).filter((folder) => findGitRoot(folder) === undefined);
  // A folder inside another named folder does not stop the search: `lint a a/b` reads a's config for a/b too.
  return [...new Set(folders)].filter((folder) => !folders.some((other) => isInside(folder, other)));
}

function stopFor(absolute: string, cwd: string): string {
  if (isFolder(absolute)) return absolute;
  return isInside(absolute, cwd) ? cwd : path.dirname(absolute);
}

function isFolder(absolute: string): boolean {
  try {
    return fs.statSync(absolute).isDirectory();
  } catch {
    return false;
  }
}

/** Strictly inside: a folder is not inside itself. */
function isInside(folder: string, other: string): boolean {
  const relative = path.relative(other, folder);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
