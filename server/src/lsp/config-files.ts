/**
 * The project's `.internet-first.yaml` files for the language server, through
 * the same finder and resolver as the CLI (server/src/config,
 * engine/config.ts), so a file is linted alike in both. The finder caches
 * each folder's chain until a config file changes (didChangeWatchedFiles) or
 * the workspace folders change. An invalid config file is reported once in
 * the log and in the status item, and the document is linted without the
 * config files rather than not at all.
 */
import * as path from 'node:path';
import { Diagnostic, DiagnosticSeverity, Range } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES, ConfigFinder, toSlashes } from '../config/find-config';
import { ConfigError, parseConfigText, resolveConfig, selectPath } from '../engine';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { ConfigFileSource, FileConfig } from './document-config';

/** The diagnostic code of a problem in a config file (not a rule: the config file is not linted by the rules). */
export const CONFIG_PROBLEM_CODE = 'config-file';

const NONE: FileConfig = { lintConfig: {}, configFiles: [], selection: 'included' };

export function isConfigFileName(fileName: string): boolean {
  return (CONFIG_FILE_NAMES as readonly string[]).includes(path.basename(fileName));
}

export class ProjectConfigFiles implements ConfigFileSource {
  private finder: ConfigFinder;
  /** Problems already logged, so that linting every keystroke does not repeat them. */
  private readonly logged = new Set<string>();

  constructor(
    /** Local paths of the workspace folders: the search for config files stops there. */
    private readonly workspaceFolders: () => readonly string[],
    private readonly log: (message: string) => void,
  ) {
    this.finder = this.newFinder();
  }

  forFile(filePath: string | undefined): FileConfig {
    if (filePath === undefined) return NONE;
    try {
      const chain = this.finder.chainForFile(filePath);
      const slashed = toSlashes(path.resolve(filePath));
      return { lintConfig: resolveConfig(chain, slashed), configFiles: chain.map((loaded) => loaded.source), selection: selectPath(chain, slashed) };
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      if (!this.logged.has(error.message)) {
        this.logged.add(error.message);
        this.log(`${error.message}\nLinting without the configuration files until this is fixed.`);
      }
      return { ...NONE, problem: `${error.source} is invalid` };
    }
  }

  invalidate(): void {
    this.finder = this.newFinder();
    this.logged.clear();
  }

  private newFinder(): ConfigFinder {
    return new ConfigFinder({ stopAt: this.workspaceFolders(), warn: this.log });
  }
}

/** The problems of a config file's own text (schema, rule ids, syntax), as diagnostics on it. */
export function configFileDiagnostics(document: TextDocument, fileName: string): Diagnostic[] {
  try {
    parseConfigText(document.getText(), fileName);
    return [];
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    return error.problems.map((problem) => {
      const start = problem.offset ?? 0;
      const range = Range.create(document.positionAt(start), document.positionAt(start + (problem.length ?? 0)));
      const message = problem.path === '' ? problem.message : `${problem.path}: ${problem.message}`;
      return Diagnostic.create(range, message, DiagnosticSeverity.Error, CONFIG_PROBLEM_CODE, DIAGNOSTIC_SOURCE);
    });
  }
}
