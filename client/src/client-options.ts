/**
 * How the client starts the server and which documents it hands over. Kept
 * apart from activation so that the choices are easy to read in one place.
 */
import * as vscode from 'vscode';
import { TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS } from './protocol';

export const LANGUAGES = ['yaml', 'json', 'jsonc'] as const;
/**
 * Files on disk, new unsaved editors, and GitHub Repositories' virtual files.
 * The server reads only the text the client sends, never the disk, so virtual
 * files work; other schemes (diff views, output) are left alone.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

export const DOCUMENT_SELECTOR = LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme })));

export function serverOptions(serverModule: string): ServerOptions {
  return {
    run: { module: serverModule, transport: TransportKind.ipc },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      // `F5` in an extension development host: attach a debugger to the server on this port.
      options: { execArgv: ['--nolazy', '--inspect=6009'] },
    },
  };
}

export function clientOptions(outputChannel: vscode.LogOutputChannel): LanguageClientOptions {
  return {
    documentSelector: DOCUMENT_SELECTOR,
    // One channel for the server's log and, when `internetFirst.trace.server` is on, the protocol trace.
    outputChannel,
    traceOutputChannel: outputChannel,
    // "Show documentation" opens the rule's page with VS Code's own command, without a round trip.
    initializationOptions: { openUrlCommand: 'vscode.open' },
    // The server pulls `internetFirst` settings with workspace/configuration and registers for
    // setting changes and config-file changes itself, so no `synchronize` section.
    middleware: {
      executeCommand: (command, args, next) => next(command, command === COMMANDS.fixAll && args.length === 0 ? activeDocumentArgument() : args),
    },
  };
}

/**
 * "Fix all" from the command palette comes without arguments: it means the
 * active editor's document, at its current version (a later edit makes the
 * server refuse the stale fixes).
 */
function activeDocumentArgument(): unknown[] {
  const document = vscode.window.activeTextEditor?.document;
  return document === undefined ? [] : [{ uri: document.uri.toString(), version: document.version }];
}
