/**
 * Code actions and commands: the quick fixes, waivers and documentation
 * links for our diagnostics, the `source.fixAll.internetFirst` action, and
 * `workspace/executeCommand` (fix all, lint the workspace, open a rule's page).
 */
import { LSPErrorCodes, ResponseError, type CodeAction, type TextEdit } from '../protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../code-actions';
import { executeCommand } from '../commands';
import { isConfigFileName } from '../config-files';
import { localPath } from '../document-config';
import { fileNameOf, languageOf } from '../document-linter';
import { fixAllEdit } from '../fix-all';
import type { ServerContext } from '../server-context';
import { countSafeFixes } from '../status';
import type { OpenDocuments } from './documents';
import type { LintPublisher } from './lint-publisher';

export function registerFixHandlers(context: ServerContext, documents: OpenDocuments, publisher: LintPublisher): void {
  const { connection, configs, linter } = context;

  /** The one edit that applies every safe fix to the snapshot; undefined when there is none, or the document is not ours. */
  async function fixAll(snapshot: TextDocument): Promise<TextEdit | undefined> {
    const languageId = languageOf(snapshot);
    const path = localPath(snapshot.uri);
    if (languageId === undefined || (path !== undefined && isConfigFileName(path))) return undefined;
    const config = await configs.get(snapshot.uri);
    const fileName = fileNameOf(snapshot.uri);
    return config.enable ? fixAllEdit(snapshot, languageId, config.lintConfig, fileName, linter.relativePathOf(fileName), config.maxLintMs) : undefined;
  }

  connection.onCodeAction(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (document === undefined) return [];
    const { uri, version } = document;
    let actions: CodeAction[];
    try {
      actions = await codeActions({
        document,
        languageId: languageOf(document),
        parseCache: linter.parseCache(document.uri),
        diagnostics: params.context.diagnostics,
        only: params.context.only,
        supportsDocumentChanges: context.features.documentChanges,
        openUrlCommand: context.features.initializationOptions.openUrlCommand,
        fixableCount: countSafeFixes(context.latest.get(document.uri, document.version) ?? []),
        lint: async (snapshot) => linter.findings(snapshot, await configs.get(snapshot.uri)) ?? [],
        fixAll,
      });
    } catch (error) {
      context.logFailure(`Code actions for ${uri}`)(error);
      return [];
    }
    // The edits are for the text as it was at the request. A client that takes plain `changes`
    // (no versioned documentChanges) would apply them to the newer text: the protocol's answer is ContentModified.
    if (documents.get(uri)?.version !== version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, `${uri} changed while its code actions were computed`);
    }
    return actions;
  });

  connection.onExecuteCommand((params, token) =>
    executeCommand(
      {
        connection,
        documents,
        features: () => context.features,
        fixAll,
        scan: publisher.scan,
        workspaceFolders: async () => (context.features.workspaceFolders ? ((await connection.workspace.getWorkspaceFolders()) ?? []) : context.folders),
      },
      params,
      token,
    ),
  );
}
