/**
 * The names this server adds to LSP: commands (`workspace/executeCommand`),
 * the fix-all code action kind, the status notification, and the options a
 * client may pass in `initialize`. The VS Code client imports this file
 * too, so it must import nothing (its bundle would pull in server code);
 * test/lsp/protocol.test.ts checks that, and package.json against these.
 */

export const COMMANDS = {
  /** Arguments: `{ uri, version? }` or a URI string. Applies every safe fix with `workspace/applyEdit`. */
  fixAll: 'internetFirst.fixAll',
  /** No arguments. Lints every YAML/JSON/JSONC file of each workspace folder, with progress. */
  lintWorkspace: 'internetFirst.lintWorkspace',
  /** Arguments: the documentation URL. Opens it with `window/showDocument` (editors other than VS Code). */
  showDocumentation: 'internetFirst.showDocumentation',
} as const;

/** `editor.codeActionsOnSave: { "source.fixAll.internetFirst": "explicit" }`. */
export const FIX_ALL_KIND = 'source.fixAll.internetFirst';

/** Server → client after each publish for a document: what the language status item shows. */
export const STATUS_NOTIFICATION = 'internetFirst/status';

export interface StatusParams {
  uri: string;
  /** The document version linted; absent for files linted from disk by the workspace scan. */
  version?: number;
  counts: { error: number; warning: number; info: number };
  /** The configuration files that applied, farthest first (absolute paths); empty when none. */
  configFiles: string[];
  /** True when `internetFirst.*` settings changed a rule's severity for this document. */
  settingsApplied: boolean;
  /** false: linting is off for this document (`internetFirst.enable`, or the config file excludes it). */
  enabled: boolean;
  /** A config file that applies could not be used (e.g. it is invalid); the document was linted without config files. */
  configProblem?: string;
}

/** `initializationOptions` a client may send. */
export interface InitializationOptions {
  /**
   * A client-side command that opens a URL given as its one string argument
   * (VS Code: `vscode.open`). Without it, "Show documentation" runs the
   * server's own command, which asks the client with `window/showDocument`.
   */
  openUrlCommand?: string;
}

export namespace InitializationOptions {
  export function from(value: unknown): InitializationOptions {
    if (typeof value !== 'object' || value === null) return {};
    const command = (value as Record<string, unknown>).openUrlCommand;
    return typeof command === 'string' && command !== '' ? { openUrlCommand: command } : {};
  }
}
