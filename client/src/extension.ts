/**
 * The VS Code side: starts the language server, and wires the output
 * channel (which first says what is running), the client-side commands and
 * the language status item. All linting happens in the server, so that every
 * editor gets the same results; "Fix all" and "Lint workspace" are the
 * server's commands, which the language client registers from the server's
 * capabilities (the client's middleware adds the palette's touches).
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { clientOptions, serverOptions } from './client-options';
import { lintWorkspaceWithProgress } from './lint-workspace';
import { STATUS_NOTIFICATION, type StatusParams } from '../../server/src/lsp/protocol';
import { CLIENT_COMMANDS } from './client-commands';
import { logConfigFiles, logStart } from './startup-log';
import { StatusItem } from './status-item';

/** Also the settings prefix: the client reads `internetFirst.trace.server` from this id. */
const CLIENT_ID = 'internetFirst';
const CLIENT_NAME = 'Internet First';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const statusItem = new StatusItem();
  context.subscriptions.push(outputChannel, statusItem);

  const serverModule = context.asAbsolutePath('dist/server/server.js');
  logStart(outputChannel, context.extension, serverModule);
  const languageClient: LanguageClient = new LanguageClient(
    CLIENT_ID,
    CLIENT_NAME,
    serverOptions(serverModule),
    clientOptions(outputChannel, { lintWorkspace: () => lintWorkspaceWithProgress(languageClient) }),
  );
  client = languageClient;

  context.subscriptions.push(
    vscode.commands.registerCommand(CLIENT_COMMANDS.restartServer, async () => {
      outputChannel.info('Restarting the Internet First language server.');
      await languageClient.restart();
    }),
    vscode.commands.registerCommand(CLIENT_COMMANDS.showOutput, () => outputChannel.show()),
    languageClient.onNotification(STATUS_NOTIFICATION, (status: StatusParams) => {
      statusItem.update(languageClient.protocol2CodeConverter.asUri(status.uri).toString(), status);
    }),
  );

  await languageClient.start();
  // After start, so a large workspace's file search never delays the first diagnostics.
  void logConfigFiles(outputChannel).catch((error: unknown) => outputChannel.warn(`Could not list the config files: ${String(error)}`));
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
