/**
 * The first lines of the output channel: what is running and with which
 * configuration, so a bug report (or a user wondering why a rule is quiet)
 * starts from the facts: the extension's version, the server it started,
 * and the config files in the workspace.
 */
import * as vscode from 'vscode';

/** The config file names the server reads (server/src/files/lintable.ts TOOL_FILE_NAMES, minus the baseline). */
const CONFIG_GLOB = '**/.internet-first.{yaml,yml,json}';
/** Enough to show where configuration lives; a monorepo with more is summarised. */
const MAX_LISTED = 20;

export function logStart(channel: vscode.LogOutputChannel, extension: vscode.Extension<unknown>, serverModule: string): void {
  const version = (extension.packageJSON as { version?: string }).version ?? 'unknown';
  channel.info(`Internet First Lint ${version} (${extension.id}) in VS Code ${vscode.version}`);
  channel.info(`Language server: ${serverModule} (Node.js ${process.versions.node})`);
}

/** Lists the config files found; run after the client starts so it never delays activation. */
export async function logConfigFiles(channel: vscode.LogOutputChannel): Promise<void> {
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (folders.length === 0) {
    channel.info('No folder open: single files are linted with the rule defaults and the settings.');
    return;
  }
  // node_modules holds other packages' configs, never this workspace's.
  const found = await vscode.workspace.findFiles(CONFIG_GLOB, '**/node_modules/**', MAX_LISTED + 1);
  if (found.length === 0) {
    channel.info(`Config files: none in ${folderNames(folders)}; the rule defaults and the settings apply.`);
    return;
  }
  const names = found
    .slice(0, MAX_LISTED)
    .map((uri) => vscode.workspace.asRelativePath(uri))
    .sort();
  const more = found.length > MAX_LISTED ? ` and more` : '';
  channel.info(`Config files: ${names.join(', ')}${more}`);
}

function folderNames(folders: readonly vscode.WorkspaceFolder[]): string {
  return folders.map((folder) => folder.name).join(', ');
}
