/**
 * Document sync and lint scheduling: the open documents (kept by
 * TextDocuments from open/change/close notifications) and one debounced lint
 * per document. A document's first lint runs at once; later ones wait for a
 * pause in typing. What a lint does is the publisher's business.
 *
 * A change must carry a newer version than the document has. An older or
 * repeated one (a client bug, or notifications replayed out of order) is
 * ignored with a log line: applied, it would replace newer text, be published
 * after it, and make fixes for that text look current.
 */
import { TextDocuments, type DidChangeTextDocumentParams, type NotificationHandler } from '../protocol-library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { KeyedDebouncer } from '../debounce';
import { MIN_LINT_DELAY_MS } from '../lint-delay';
import { localPath } from '../document-config';
import type { ServerContext } from '../server-context';

/** The shortest debounce after an edit; the server waits longer for a document whose lints are slow (lint-delay.ts). */
export const LINT_DELAY_MS = MIN_LINT_DELAY_MS;

export interface DocumentEvents {
  /** Lint the document as it is now and publish the result. */
  lint(uri: string): Promise<void>;
  /** The document was closed: forget it. */
  closed(uri: string): void;
}

export class OpenDocuments {
  private readonly documents = new TextDocuments(TextDocument);
  private readonly debouncer = new KeyedDebouncer(LINT_DELAY_MS);
  /** Documents opened but not linted yet: their first lint runs at once. */
  private readonly awaitingFirstLint = new Set<string>();

  constructor(
    private readonly context: ServerContext,
    private readonly events: DocumentEvents,
  ) {
    this.documents.onDidOpen(({ document }) => {
      this.awaitingFirstLint.add(document.uri);
    });
    // Fires for open (after onDidOpen) and for every change.
    this.documents.onDidChangeContent(({ document }) => {
      this.scheduleLint(document.uri, this.awaitingFirstLint.delete(document.uri) ? 0 : this.context.linter.lintDelay(document.uri));
    });
    this.documents.onDidClose(({ document }) => {
      this.debouncer.cancel(document.uri);
      this.awaitingFirstLint.delete(document.uri);
      this.events.closed(document.uri);
    });
  }

  /** The open document (updated in place as changes arrive: keep its version, not the object, across an await). */
  get(uri: string): TextDocument | undefined {
    return this.documents.get(uri);
  }

  all(): TextDocument[] {
    return this.documents.all();
  }

  /** The open document for a local file path, if any. */
  at(path: string): TextDocument | undefined {
    return this.documents.all().find((document) => localPath(document.uri) === path);
  }

  scheduleLint(uri: string, delayMs: number): void {
    this.debouncer.schedule(uri, () => this.events.lint(uri).catch(this.context.logFailure(`Publishing diagnostics for ${uri}`)), delayMs);
  }

  /** Every open document, at once (the configuration changed). */
  lintAllNow(): void {
    for (const document of this.documents.all()) this.scheduleLint(document.uri, 0);
  }

  listen(): void {
    const { connection } = this.context;
    // TextDocuments applies every change it is given; it sees only those with a newer version.
    const newerChangesOnly: Parameters<TextDocuments<TextDocument>['listen']>[0] = {
      onDidOpenTextDocument: (handler) => connection.onDidOpenTextDocument(handler),
      onDidChangeTextDocument: (handler) => connection.onDidChangeTextDocument(this.refusingStaleVersions(handler)),
      onDidCloseTextDocument: (handler) => connection.onDidCloseTextDocument(handler),
      onWillSaveTextDocument: (handler) => connection.onWillSaveTextDocument(handler),
      onWillSaveTextDocumentWaitUntil: (handler) => connection.onWillSaveTextDocumentWaitUntil(handler),
      onDidSaveTextDocument: (handler) => connection.onDidSaveTextDocument(handler),
    };
    this.documents.listen(newerChangesOnly);
  }

  private refusingStaleVersions(handler: NotificationHandler<DidChangeTextDocumentParams>): NotificationHandler<DidChangeTextDocumentParams> {
    return (params) => {
      const { uri, version } = params.textDocument;
      const current = this.documents.get(uri);
      // Not `version <= current`: a version that is not a number at all is refused too.
      if (current !== undefined && !(version > current.version)) {
        this.context.connection.console.warn(`Ignored a change to ${uri}: version ${String(version)} is not newer than ${current.version}.`);
        return;
      }
      handler(params);
    };
  }

  /** No lint may start after shutdown. */
  stop(): void {
    this.debouncer.cancelAll();
  }
}
