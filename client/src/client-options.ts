/**
 * How the client starts the server and which documents it hands over. Kept
 * apart from activation so that the choices are easy to read in one place.
 */
import type * as vscode from 'vscode';
import { TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';

const LANGUAGES = ['yaml', 'json', 'jsonc'] as const;
/**
 * Files on disk, new unsaved editors, and GitHub Repositories' virtual files.
 * The server reads only the text the client sends, never the disk, so virtual
 * files work; other schemes (diff views, output) are left alone.
 */
const SCHEMES = ['file', 'untitled', 'vscode-vfs'] as const;

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
    documentSelector: LANGUAGES.flatMap((language) => SCHEMES.map((scheme) => ({ language, scheme }))),
    // One channel for the server's log and, when `internetFirst.trace.server` is on, the protocol trace.
    outputChannel,
    traceOutputChannel: outputChannel,
    // The server pulls `internetFirst` settings with workspace/configuration and
    // registers for change notifications itself, so no `synchronize` section.
  };
}
