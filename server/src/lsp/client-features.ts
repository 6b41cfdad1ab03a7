/**
 * What the client said it can do in `initialize`, read once into flags, so
 * that handlers ask a question ("can I register a file watcher?") instead of
 * walking the capability tree.
 */
import { MarkupKind, type InitializeParams } from './protocol-library';
import { fileNameOf } from './document-linter';
import { InitializationOptions } from './protocol';

export interface WorkspaceFolder {
  uri: string;
  name: string;
}

export interface ClientFeatures {
  pullConfiguration: boolean;
  registerConfigurationChange: boolean;
  /** `workspace/didChangeWatchedFiles` can be registered by the server. */
  registerFileWatchers: boolean;
  /** `workspace/diagnostic/refresh` is understood (clients that pull diagnostics). */
  refreshDiagnostics: boolean;
  documentChanges: boolean;
  /** `workspace/applyEdit`. */
  applyEdit: boolean;
  showDocument: boolean;
  /** `workspace/workspaceFolders` can be asked (the folders may change after start). */
  workspaceFolders: boolean;
  hoverMarkdown: boolean;
  completionMarkdown: boolean;
  initializationOptions: InitializationOptions;
  /** The folders at start: `workspaceFolders`, else `rootUri`. */
  initialFolders: WorkspaceFolder[];
}

export function clientFeatures(params: InitializeParams): ClientFeatures {
  const { workspace, textDocument, window } = params.capabilities;
  return {
    pullConfiguration: workspace?.configuration === true,
    registerConfigurationChange: workspace?.didChangeConfiguration?.dynamicRegistration === true,
    registerFileWatchers: workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    refreshDiagnostics: workspace?.diagnostics?.refreshSupport === true,
    documentChanges: workspace?.workspaceEdit?.documentChanges === true,
    applyEdit: workspace?.applyEdit === true,
    showDocument: window?.showDocument?.support === true,
    workspaceFolders: workspace?.workspaceFolders === true,
    hoverMarkdown: textDocument?.hover?.contentFormat?.includes(MarkupKind.Markdown) ?? false,
    completionMarkdown: textDocument?.completion?.completionItem?.documentationFormat?.includes(MarkupKind.Markdown) ?? false,
    initializationOptions: InitializationOptions.from(params.initializationOptions),
    initialFolders: initialFolders(params),
  };
}

function initialFolders(params: InitializeParams): WorkspaceFolder[] {
  if (params.workspaceFolders) return params.workspaceFolders.map(({ uri, name }) => ({ uri, name }));
  const root = params.rootUri ?? null;
  if (root !== null) return [{ uri: root, name: fileNameOf(root) }];
  return [];
}
