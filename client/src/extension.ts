/**
 * The VS Code side: starts the language server and wires the output channel
 * and the restart command. All linting happens in the server, so that every
 * editor gets the same results.
 */
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/node';
import { clientOptions, serverOptions } from './client-options';

/** Also the settings prefix: the client reads `internetFirst.trace.server` from this id. */
const CLIENT_ID = 'internetFirst';
const CLIENT_NAME = 'Internet First';
const RESTART_COMMAND = 'internetFirst.restartServer';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  context.subscriptions.push(outputChannel);

  const serverModule = context.asAbsolutePath('dist/server/server.js');
  client = new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions(serverModule), clientOptions(outputChannel));

  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_COMMAND, async () => {
      if (client === undefined) return;
      outputChannel.info('Restarting the Internet First language server.');
      await client.restart();
    }),
  );

  await client.start();
}

export async function deactivate(): Promise<void> {
  const running = client;
  client = undefined;
  await running?.stop();
}
