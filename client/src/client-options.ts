/**
 * How the client starts the server and which documents it hands over. Kept
 * apart from activation so that the choices are easy to read in one place.
 */
import * as vscode from 'vscode';
import { TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { COMMANDS } from '../../server/src/lsp/protocol';

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

/** Commands the client runs its own way instead of a plain workspace/executeCommand. */
export interface CommandHandlers {
  /** "Lint workspace" with a progress notification and Cancel (lint-workspace.ts). */
  lintWorkspace: () => Promise<unknown>;
}

export function clientOptions(outputChannel: vscode.LogOutputChannel, handlers: CommandHandlers): LanguageClientOptions {
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
      executeCommand: async (command, args, next) => {
        if (command === COMMANDS.lintWorkspace) return handlers.lintWorkspace();
        if (command !== COMMANDS.fixAll || args.length > 0) return next(command, args);
        return fixActiveDocument(command, next);
      },
    },
  };
}

/**
 * "Fix all" from the command palette comes without arguments: it means the
 * active editor's document, at its current version (a later edit makes the
 * server refuse the stale fixes). Run by hand, it says so when nothing changed.
 */
async function fixActiveDocument(command: string, next: (command: string, args: unknown[]) => unknown): Promise<unknown> {
  const document = vscode.window.activeTextEditor?.document;
  if (document === undefined) {
    void vscode.window.showInformationMessage('Internet First: open a YAML or JSON file to fix.');
    return undefined;
  }
  const result = (await next(command, [{ uri: document.uri.toString(), version: document.version }])) as { applied?: boolean; reason?: string } | undefined;
  if (result?.applied === false) void vscode.window.showInformationMessage(`Internet First: ${result.reason ?? 'nothing was fixed'}.`);
  return result;
}
