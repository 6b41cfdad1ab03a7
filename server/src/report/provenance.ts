/**
 * Where the linted tree comes from, for SARIF `versionControlProvenance`:
 * the estate report links each finding to its file and line on the forge.
 * GitHub Actions says so in its environment; elsewhere the local `git`
 * answers from its own config and HEAD (no network). A remote that is a
 * local path says nothing a reader can follow, and credentials written into
 * a remote URL must never reach a report, so both are dropped.
 */
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

export interface Provenance {
  /** https URL of the repository, without credentials or `.git`. */
  repositoryUri: string;
  revisionId?: string;
  branch?: string;
  /** The folder the tool ran in, relative to the repository root, with a trailing slash ('' at the root). */
  prefix: string;
}

type Env = Record<string, string | undefined>;

export function repositoryProvenance(env: Env, cwd: string): Provenance | undefined {
  if (env.GITHUB_REPOSITORY) {
    const server = trimTrailingSlashes(env.GITHUB_SERVER_URL || 'https://github.com');
    const workspace = env.GITHUB_WORKSPACE;
    const relative = workspace ? path.relative(workspace, cwd).split(path.sep).join('/') : '';
    return {
      repositoryUri: `${server}/${env.GITHUB_REPOSITORY}`,
      ...(env.GITHUB_SHA ? { revisionId: env.GITHUB_SHA } : {}),
      ...(env.GITHUB_REF_NAME ? { branch: env.GITHUB_REF_NAME } : {}),
      prefix: relative === '' || relative.startsWith('..') ? '' : `${relative}/`,
    };
  }
  const remote = git(cwd, ['config', '--get', 'remote.origin.url']);
  const repositoryUri = remote === undefined ? undefined : publicRepositoryUrl(remote);
  if (repositoryUri === undefined) return undefined;
  const revisionId = git(cwd, ['rev-parse', 'HEAD']);
  const branch = git(cwd, ['symbolic-ref', '--short', '-q', 'HEAD']);
  const prefix = git(cwd, ['rev-parse', '--show-prefix']) ?? '';
  return { repositoryUri, ...(revisionId ? { revisionId } : {}), ...(branch ? { branch } : {}), prefix };
}

/**
 * `git@host:owner/repo.git`, `ssh://git@host/owner/repo`, `https://user:token@host/owner/repo.git`
 * -> `https://host/owner/repo`; a local path or `file:` URL -> undefined.
 */
export function publicRepositoryUrl(remote: string): string | undefined {
  const text = remote.trim();
  const scp = /^[\w.-]+@([\w.-]+):(?!\/)([^\s]+)$/.exec(text);
  let host: string;
  let repoPath: string;
  if (scp) {
    host = scp[1];
    repoPath = scp[2];
  } else {
    let url: URL;
    try {
      url = new URL(text);
    } catch {
      return undefined;
    }
    if (!['https:', 'http:', 'ssh:', 'git:'].includes(url.protocol) || url.hostname === '') return undefined;
    // url.host is hostname plus `:port` when a port is given: keep the port for web URLs only.
    host = url.protocol === 'https:' || url.protocol === 'http:' ? url.host : url.hostname;
    repoPath = url.pathname;
  }
  const trimmed = trimTrailingSlashes(trimTrailingSlashes(repoPath.replace(/^\/+/, '')).replace(/\.git$/, ''));
  return trimmed === '' ? undefined : `https://${host}/${trimmed}`;
}

function git(cwd: string, args: string[]): string | undefined {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', timeout: 5000, stdio: ['ignore', 'pipe', 'ignore'] });
  const output = result.status === 0 ? result.stdout.trim() : '';
  return output === '' ? undefined : output;
}

/**
 * Without a regex: `/\/+$/` retries from every slash of a long run that is
 * not at the end, which is quadratic, and these strings come from files.
 */
export function trimTrailingSlashes(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === '/') end -= 1;
  return text.slice(0, end);
}
