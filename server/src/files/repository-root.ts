/**
 * The path of a file inside its repository, shared by the CLI and the
 * language server. The engine decides whether a file is a test, an example or
 * a local stack from this path only: the same checkout in `/home/dev/` or in
 * `/builds/test/` must give the same findings.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const gitRoots = new Map<string, string | null>();

/** The nearest folder at or above `folder` holding `.git` (a folder, or a file in a worktree or submodule). */
export function findGitRoot(folder: string): string | undefined {
  const seen: string[] = [];
  let current = path.resolve(folder);
  let found: string | null = null;
  for (;;) {
    const cached = gitRoots.get(current);
    if (cached !== undefined) {
      found = cached;
      break;
    }
    seen.push(current);
    if (fs.existsSync(path.join(current, '.git'))) {
      found = current;
      break;
    }
    const parent = path.dirname(current);
    if (parent === current) break;
    current = parent;
  }
  for (const folderSeen of seen) gitRoots.set(folderSeen, found);
  return found ?? undefined;
}

/**
 * `file` relative to its repository root, `/`-separated: the nearest `.git`
 * folder above it, else the first of `fallbackRoots` (nearest first: a config
 * root, the folder named on the command line, the working folder) that holds
 * it; undefined when none does (the engine then uses the base name only).
 */
export function repositoryRelativePath(file: string, fallbackRoots: readonly (string | undefined)[] = []): string | undefined {
  const absolute = path.resolve(file);
  const roots = [findGitRoot(path.dirname(absolute)), ...fallbackRoots];
  for (const root of roots) {
    const relative = root === undefined ? undefined : relativeInside(root, absolute);
    if (relative !== undefined) return relative;
  }
  return undefined;
}

/** `absolute` relative to `root`, `/`-separated, when it lies inside it; otherwise undefined. */
function relativeInside(root: string, absolute: string): string | undefined {
  const relative = path.relative(path.resolve(root), absolute);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative.split(path.sep).join('/') : undefined;
}

/**
 * `file` relative to the nearest (deepest) of its `.git` root and `roots` that
 * holds it. The editor passes its workspace folders: a workspace opened below
 * some unrelated repository (a checkout kept inside another project's
 * scratch folder) is its own root, as its config search also stops there.
 */
export function nearestRootRelativePath(file: string, roots: readonly string[]): string | undefined {
  const absolute = path.resolve(file);
  const deepest = [findGitRoot(path.dirname(absolute)), ...roots]
    .filter((root): root is string => root !== undefined && relativeInside(root, absolute) !== undefined)
    .map((root) => path.resolve(root))
    .sort((a, b) => b.length - a.length)[0];
  return deepest === undefined ? undefined : relativeInside(deepest, absolute);
}
