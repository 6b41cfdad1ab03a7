/**
 * `workspace/executeCommand`: fix all in one document, lint the workspace,
 * open a rule's page. Each command answers with a small result object, so a
 * client (or a test) can tell what happened.
 */
import { MessageType, ShowMessageNotification } from './protocol-library';
import type { Connection, ExecuteCommandParams, CancellationToken, WorkDoneProgressReporter } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver/node';
import type { ClientFeatures, WorkspaceFolder } from './client-features';
import { workspaceEdit } from './edits';
import { COMMANDS } from './protocol';
import type { ScanSummary, WorkspaceScan } from './workspace-scan';

export interface CommandContext {
  connection: Connection;
  documents: { get(uri: string): TextDocument | undefined };
  features: () => ClientFeatures;
  fixAll: (snapshot: TextDocument) => Promise<TextEdit | undefined>;
  scan: WorkspaceScan;
  workspaceFolders: () => Promise<WorkspaceFolder[]>;
}

export interface FixAllResult {
  applied: boolean;
  /** Why nothing was applied, in words (for the log and tests). */
  reason?: string;
}

export async function executeCommand(context: CommandContext, params: ExecuteCommandParams, token: CancellationToken): Promise<unknown> {
  const argument: unknown = params.arguments?.[0];
  switch (params.command) {
    case COMMANDS.fixAll:
      return applyFixAll(context, argument);
    case COMMANDS.lintWorkspace:
      return lintWorkspace(context, params, token);
    case COMMANDS.showDocumentation:
      return showDocumentation(context, argument);
    default:
      throw new Error(`Unknown command ${params.command}`);
  }
}

/** `{ uri, version? }` or a URI string. A version that is no longer current is refused: the fixes would be for another text. */
async function applyFixAll(context: CommandContext, argument: unknown): Promise<FixAllResult> {
  const target = fixAllTarget(argument);
  if (target === undefined) return { applied: false, reason: 'expected { uri, version } or a URI as the argument' };
  const document = context.documents.get(target.uri);
  if (document === undefined) return { applied: false, reason: `${target.uri} is not open` };
  if (target.version !== undefined && target.version !== document.version) {
    return refused(context, `the document changed (version ${document.version}, asked for ${target.version})`);
  }
  if (!context.features().applyEdit) return { applied: false, reason: 'the editor does not support workspace/applyEdit' };
  const snapshot = TextDocument.create(document.uri, document.languageId, document.version, document.getText());
  const edit = await context.fixAll(snapshot);
  if (edit === undefined) return { applied: false, reason: 'nothing to fix' };
  // Computing the fixes waits for the settings: the text may have changed meanwhile, and a plain `changes` edit would land on it.
  const now = context.documents.get(target.uri)?.version;
  if (now !== snapshot.version) {
    return refused(context, `the document changed while fixing (version ${now ?? 'closed'}, fixed ${snapshot.version})`);
  }
  const result = await context.connection.workspace.applyEdit({
    label: 'Fix all safe Internet First problems',
    edit: workspaceEdit(snapshot, [edit], context.features().documentChanges),
  });
  return result.applied ? { applied: true } : { applied: false, reason: result.failureReason ?? 'the editor refused the edit' };
}

/** A refusal the person who asked should hear about: nothing was applied although there may be fixes. */
function refused(context: CommandContext, reason: string): FixAllResult {
  context.connection.console.warn(`Fix all: not applied, ${reason}.`);
  // A notification, not window.showWarningMessage: that is a request, and a client that fails it would leave a rejection.
  context.connection
    .sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Internet First: nothing fixed, ${reason}.` })
    .catch((error: unknown) => context.connection.console.error(`Showing a message failed: ${String(error)}`));
  return { applied: false, reason };
}

function fixAllTarget(argument: unknown): { uri: string; version?: number } | undefined {
  if (typeof argument === 'string') return { uri: argument };
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { uri, version } = argument as Record<string, unknown>;
  if (typeof uri !== 'string') return undefined;
  return Number.isInteger(version) ? { uri, version: version as number } : { uri };
}

async function lintWorkspace(context: CommandContext, params: ExecuteCommandParams, token: CancellationToken): Promise<ScanSummary> {
  const { connection } = context;
  let progress: WorkDoneProgressReporter;
  let progressCancelled: () => boolean = () => false;
  if (params.workDoneToken !== undefined) progress = connection.window.attachWorkDoneProgress(params.workDoneToken);
  else {
    const created = await connection.window.createWorkDoneProgress();
    progressCancelled = () => created.token.isCancellationRequested;
    progress = created;
  }
  const folders = await context.workspaceFolders();
  return context.scan.run(folders, progress, () => token.isCancellationRequested || progressCancelled());
}

/** Only web pages: the argument comes back from the client and must not open arbitrary files. */
async function showDocumentation(context: CommandContext, argument: unknown): Promise<{ shown: boolean }> {
  if (typeof argument !== 'string' || !/^https?:\/\//.test(argument)) return { shown: false };
  if (context.features().showDocument) {
    const result = await context.connection.window.showDocument({ uri: argument, external: true });
    return { shown: result.success };
  }
  context.connection.window.showInformationMessage(`Internet First rule documentation: ${argument}`);
  return { shown: true };
}
