/**
 * Finds the configuration files that apply to a file: every
 * `.internet-first.yaml` / `.yml` / `.json` in its folder and the folders
 * above, nearest last, stopping after a file with `root: true`, after the
 * repository root (a folder holding `.git`) or after a folder the caller
 * names (the editor's workspace folders; the CLI's folders named on the
 * command line that no repository holds: see search-boundary.ts). Each folder
 * is looked at once per finder; the CLI keeps one finder per run, the
 * language server one per workspace until a config file changes. Reading and
 * parsing are the engine's (parseConfigText).
 *
 * A config file whose real path lies outside the folder the search stops at
 * (a symbolic link out of the workspace or repository) is not read: a file
 * the project does not hold must not decide what the project is told. The
 * caller's `warn` says so.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ConfigError, parseConfigText, type LoadedConfig } from '../engine';

/** In the order they are looked for; two in one folder is an error rather than a silent pick. */
export const CONFIG_FILE_NAMES = ['.internet-first.yaml', '.internet-first.yml', '.internet-first.json'] as const;

export interface FinderOptions {
  /** Folders that end the search like a repository root does (the editor's workspace folders). */
  stopAt?: readonly string[];
  /** How messages name a config file; default: its absolute path. */
  describe?: (absolutePath: string) => string;
  /** Told, once per file, about a config file that is not read (a symbolic link out of the search's top folder). */
  warn?: (message: string) => void;
}

export class ConfigFinder {
  private readonly chains = new Map<string, readonly LoadedConfig[]>();
  private readonly stopAt: ReadonlySet<string>;
  private readonly describe: (absolutePath: string) => string;
  private readonly warn: (message: string) => void;

  constructor(options: FinderOptions = {}) {
    this.stopAt = new Set((options.stopAt ?? []).map((folder) => path.resolve(folder)));
    this.describe = options.describe ?? ((absolutePath) => absolutePath);
    this.warn = options.warn ?? (() => undefined);
  }

  /** The chain for a file: the configurations of its folder and those above, farthest first. */
  chainForFile(absoluteFile: string): readonly LoadedConfig[] {
    return this.chainForFolder(path.dirname(path.resolve(absoluteFile)));
  }

  /** The same for a folder (its own config file included). Throws ConfigError for a bad file. */
  chainForFolder(folder: string): readonly LoadedConfig[] {
    const absolute = path.resolve(folder);
    const cached = this.chains.get(absolute);
    if (cached) return cached;
    const own = this.configIn(absolute);
    const parent = path.dirname(absolute);
    const stops = own?.config.root === true || parent === absolute || this.isStop(absolute);
    const above = stops ? [] : this.chainForFolder(parent);
    const chain = own ? [...above, own] : above;
    this.chains.set(absolute, chain);
    return chain;
  }

  /** Reads one named file (`--config FILE`) with its globs rooted at `base`. */
  loadFile(absoluteFile: string, base: string): LoadedConfig {
    const source = this.describe(absoluteFile);
    let text: string;
    try {
      text = fs.readFileSync(absoluteFile, 'utf8');
    } catch (error) {
      throw new ConfigError(source, [{ path: '', pointer: '', message: `cannot be read: ${(error as NodeJS.ErrnoException).code ?? String(error)}` }]);
    }
    return { source, base: toSlashes(base), config: parseConfigText(text, absoluteFile, source) };
  }

  private configIn(folder: string): LoadedConfig | undefined {
    const present = CONFIG_FILE_NAMES.filter((name) => isFile(path.join(folder, name)));
    if (present.length > 1) {
      throw new ConfigError(this.describe(path.join(folder, present[0])), [
        { path: '', pointer: '', message: `${present.join(' and ')} are both in ${this.describe(folder)}; keep one` },
      ]);
    }
    if (present.length === 0) return undefined;
    const file = path.join(folder, present[0]);
    const top = this.topFolder(folder);
    if (!realPathInside(file, top)) {
      this.warn(`not reading ${this.describe(file)}: a symbolic link leads outside ${this.describe(top)}`);
      return undefined;
    }
    return this.loadFile(file, folder);
  }

  private isStop(folder: string): boolean {
    return this.stopAt.has(folder) || isRepositoryRoot(folder);
  }

  /** The folder the search from `folder` ends at (a stop, else the folder itself): what a config file must lie in. */
  private topFolder(folder: string): string {
    for (let current = folder; ; current = path.dirname(current)) {
      if (this.isStop(current)) return current;
      if (path.dirname(current) === current) return folder;
    }
  }
}

/** Whether `file`, symbolic links resolved, lies in `folder` (also resolved); false when either cannot be resolved. */
function realPathInside(file: string, folder: string): boolean {
  try {
    const relative = path.relative(fs.realpathSync(folder), fs.realpathSync(file));
    return relative !== '' && relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
  } catch {
    return false;
  }
}

/** A folder with `.git` (a folder, or a file in worktrees and submodules) is a repository root. */
export function isRepositoryRoot(folder: string): boolean {
  return fs.existsSync(path.join(folder, '.git'));
}

function isFile(file: string): boolean {
  try {
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** The engine's path form: absolute with `/` on every platform. */
export function toSlashes(absolutePath: string): string {
  return absolutePath.split(path.sep).join('/');
}
