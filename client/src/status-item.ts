/**
 * The language status item for YAML, JSON and JSONC: the finding counts of
 * the active document and the configuration it was linted with (config
 * files, settings, or the defaults). The server sends both after each lint
 * (`internetFirst/status`); clicking the item opens the output channel.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import { DOCUMENT_SELECTOR } from './client-options';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { CLIENT_COMMANDS } from './client-commands';

export class StatusItem implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem('internetFirst.status', DOCUMENT_SELECTOR);
  private readonly byUri = new Map<string, StatusParams>();
  private readonly subscriptions: vscode.Disposable[];

  constructor() {
    this.item.name = 'Internet First';
    this.item.command = { title: 'Show log', command: CLIENT_COMMANDS.showOutput, tooltip: 'Open the Internet First output channel' };
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.render()),
      vscode.workspace.onDidCloseTextDocument((document) => this.byUri.delete(document.uri.toString())),
    ];
    this.render();
  }

  /** `uri` is the document's URI as VS Code spells it (the key of the active editor's document). */
  update(uri: string, status: StatusParams): void {
    this.byUri.set(uri, status);
    if (vscode.window.activeTextEditor?.document.uri.toString() === uri) this.render();
  }

  dispose(): void {
    this.item.dispose();
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private render(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = uri === undefined ? undefined : this.byUri.get(uri);
    this.item.severity = status?.configProblem === undefined ? vscode.LanguageStatusSeverity.Information : vscode.LanguageStatusSeverity.Warning;
    if (status === undefined) {
      this.item.text = 'Internet First';
      this.item.detail = 'not linted yet';
      return;
    }
    // The item sits among other languages' items, so its text names the tool, not only the counts.
    this.item.text = status.enabled ? `$(shield) Internet First: ${countsText(status.counts)}` : '$(circle-slash) Internet First: off';
    this.item.detail = configText(status, vscode.window.activeTextEditor?.document.uri);
  }
}

export function countsText(counts: StatusParams['counts']): string {
  const parts = [plural(counts.error, 'error'), plural(counts.warning, 'warning'), plural(counts.info, 'info')].filter((part) => part !== '');
  return parts.length === 0 ? 'no problems' : parts.join(', ');
}

function plural(count: number, word: string): string {
  if (count === 0) return '';
  return `${count} ${word}${count === 1 || word === 'info' ? '' : 's'}`;
}

function configText(status: StatusParams, document: vscode.Uri | undefined): string {
  if (status.configProblem !== undefined) return `${status.configProblem}: linted with the defaults and settings`;
  const nearest = status.configFiles[status.configFiles.length - 1];
  const source = nearest === undefined ? 'defaults' : workspaceRelative(nearest, document);
  const settings = status.settingsApplied ? ' + settings' : '';
  const more = status.configFiles.length > 1 ? ` (and ${status.configFiles.length - 1} above)` : '';
  return `Config: ${source}${more}${settings}`;
}

/**
 * A config file's path as the user knows it: inside a workspace folder,
 * relative to it (with the folder's name in a multi-root window); above the
 * document's folder (a repository root over an opened sub-folder), relative
 * to that folder (`../.internet-first.yaml`). An absolute path in a narrow
 * status item says nothing the user can read at a glance.
 */
export function workspaceRelative(filePath: string, document: vscode.Uri | undefined): string {
  const uri = vscode.Uri.file(filePath);
  if (vscode.workspace.getWorkspaceFolder(uri) !== undefined) return vscode.workspace.asRelativePath(uri);
  const folder = document === undefined ? undefined : vscode.workspace.getWorkspaceFolder(document);
  if (folder?.uri.scheme === 'file') return path.relative(folder.uri.fsPath, filePath).split(path.sep).join('/');
  return path.basename(filePath);
}
