/**
 * The names the server adds to LSP, as the client uses them. They repeat
 * server/src/lsp/protocol.ts (the client bundle must not pull in server
 * code); test/lsp checks package.json against the server's list.
 */
export const COMMANDS = {
  fixAll: 'internetFirst.fixAll',
  lintWorkspace: 'internetFirst.lintWorkspace',
  restartServer: 'internetFirst.restartServer',
  showOutput: 'internetFirst.showOutput',
} as const;

export const STATUS_NOTIFICATION = 'internetFirst/status';

export interface StatusParams {
  uri: string;
  version?: number;
  counts: { error: number; warning: number; info: number };
  configFiles: string[];
  settingsApplied: boolean;
  enabled: boolean;
  configProblem?: string;
}
