/**
 * The configuration a document is linted with: the project's config files
 * (`.internet-first.yaml`, shared with the CLI) with the editor's
 * `internetFirst.*` settings layered on top. Precedence, lowest first:
 * rule defaults < config files (farthest to nearest, with their overrides) <
 * `internetFirst.rules` settings. `internetFirst.enable: false` or a config
 * `exclude` turns linting off for the document.
 */
import type { LintConfig } from '../engine';
import { mergeRuleSettings } from '../engine';
import { fileNameOf } from './document-linter';
import type { ServerSettings, SettingsStore } from './settings';

/** What the config files say for one file. */
export interface FileConfig {
  lintConfig: LintConfig;
  /** Absolute paths, farthest first. */
  configFiles: string[];
  /**
   * What the config files' `include`/`exclude` say. An open document is linted
   * unless excluded (like a file named on the command line); the workspace
   * scan, like a folder walk, lints only what is included.
   */
  selection: 'included' | 'excluded' | 'not-included';
  /** A config file that could not be used (invalid, unreadable), in words; the file is linted without it. */
  problem?: string;
}

export interface ConfigFileSource {
  /** For a local file path; `undefined` for documents that are not files (untitled, virtual). */
  forFile(path: string | undefined): FileConfig;
  /** A config file changed on disk: read them again. */
  invalidate(): void;
}

export const NO_CONFIG_FILES: ConfigFileSource = {
  forFile: () => ({ lintConfig: {}, configFiles: [], selection: 'included' }),
  invalidate: () => undefined,
};

export interface DocumentConfig extends ServerSettings {
  configFiles: string[];
  /** Settings changed at least one rule for this document. */
  settingsApplied: boolean;
  selection: FileConfig['selection'];
  problem?: string;
}

export class DocumentConfigs {
  constructor(
    private readonly settings: () => SettingsStore,
    private readonly files: ConfigFileSource,
  ) {}

  async get(uri: string): Promise<DocumentConfig> {
    const settings = await this.settings().get(uri);
    return layer(this.files.forFile(localPath(uri)), settings);
  }

  /** For a file found by the workspace scan: the folder's settings (one request per folder, not per file). */
  async forScannedFile(path: string, folderUri: string): Promise<DocumentConfig> {
    const settings = await this.settings().get(folderUri);
    return layer(this.files.forFile(path), settings);
  }

  invalidateFiles(): void {
    this.files.invalidate();
  }
}

export function layer(file: FileConfig, settings: ServerSettings): DocumentConfig {
  const fromSettings = settings.lintConfig.rules ?? {};
  const lintConfig: LintConfig = { ...file.lintConfig };
  const rules = mergeRuleSettings(file.lintConfig.rules ?? {}, fromSettings);
  if (Object.keys(rules).length > 0) lintConfig.rules = rules;
  const config: DocumentConfig = {
    enable: settings.enable && file.selection !== 'excluded',
    lintConfig,
    maxLintMs: settings.maxLintMs,
    configFiles: file.configFiles,
    settingsApplied: Object.keys(fromSettings).length > 0,
    selection: file.selection,
  };
  if (file.problem !== undefined) config.problem = file.problem;
  return config;
}

/** The local path of a `file:` URI; undefined for every other scheme. */
export function localPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  const path = fileNameOf(uri);
  return path === uri ? undefined : path;
}
