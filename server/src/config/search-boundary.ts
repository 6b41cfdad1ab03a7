/**
 * Where the CLI's search for config files stops, besides a repository root
 * and `root: true`: at each folder named on the command line (a named file's
 * folder) that no repository holds. A project without `.git`, linted where it
 * lies, is then judged by its own config files only: a parent folder's
 * `exclude: ["**"]` or `rules: … off` cannot silence it. Inside a repository
 * the search still goes up to the repository root, past the named folder, so
 * `internet-first-lint deploy/` keeps the root's settings. The editor stops
 * at its workspace folders the same way.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findGitRoot } from '../files/repository-root';

export function commandLineStops(paths: readonly string[], cwd: string): string[] {
  const folders = paths.map((given) => folderOf(path.resolve(cwd, given))).filter((folder) => findGitRoot(folder) === undefined);
  // A folder inside another named folder does not stop the search: `lint a a/b` reads a's config for a/b too.
  return [...new Set(folders)].filter((folder) => !folders.some((other) => isInside(folder, other)));
}

function folderOf(absolute: string): string {
  try {
    return fs.statSync(absolute).isDirectory() ? absolute : path.dirname(absolute);
  } catch {
    return path.dirname(absolute);
  }
}

/** Strictly inside: a folder is not inside itself. */
function isInside(folder: string, other: string): boolean {
  const relative = path.relative(other, folder);
  return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
