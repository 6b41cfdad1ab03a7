/**
 * Diagnostics: lints an open document and publishes the findings (and the
 * status notification) only if the document is still at the version that was
 * linted and no newer lint has started; lints files on disk for the workspace
 * scan; and decides what a closed document shows.
 */
import type { Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { fileProblem, languageForPath, type Finding, type Severity } from '../../engine';
import { readTextFile } from '../../files/read-text';
import { configFileDiagnostics, isConfigFileName } from '../config-files';
import { toDiagnostic } from '../diagnostics';
import { localPath, type DocumentConfig } from '../document-config';
import { STATUS_NOTIFICATION } from '../protocol';
import type { ServerContext } from '../server-context';
import { statusOf } from '../status';
import { WorkspaceScan } from '../workspace-scan';
import { IdleCollector } from '../idle-memory';
import type { OpenDocuments } from './documents';

interface Problems {
  findings: readonly Finding[];
  diagnostics: Diagnostic[];
  severities: ReadonlyArray<{ severity: Severity }>;
}

export class LintPublisher {
  readonly scan: WorkspaceScan;
  /** The newest lint run per document; an older run that finishes later does not publish. */
  private readonly latestRun = new Map<string, number>();
  private runCounter = 0;
  /** Collects the garbage of closed documents once a burst of closes is over. */
  private readonly idle = new IdleCollector();

  constructor(
    private readonly context: ServerContext,
    private readonly documents: OpenDocuments,
  ) {
    this.scan = new WorkspaceScan({
      isOpen: (path) => documents.at(path) !== undefined,
      log: (message) => context.connection.console.info(message),
      clear: (uri) => context.connection.sendDiagnostics({ uri, diagnostics: [] }),
      lintFromDisk: (path, uri, folderUri) => this.lintFromDisk(path, uri, folderUri),
    });
  }

  async lintAndPublish(uri: string): Promise<void> {
    const run = ++this.runCounter;
    this.latestRun.set(uri, run);
    // Keep the version number, not the document: TextDocuments updates the same object in place.
    const version = this.documents.get(uri)?.version;
    if (version === undefined) return;
    const config = await this.context.configs.get(uri);
    // While the configuration was read the document may have changed or closed, or a newer run started.
    const current = this.documents.get(uri);
    if (current === undefined || current.version !== version || this.latestRun.get(uri) !== run) return;
    const published = this.problemsOf(current, config);
    if (published === undefined) return;
    this.context.latest.set(uri, version, published.findings);
    await this.context.connection.sendDiagnostics({ uri, version, diagnostics: published.diagnostics });
    await this.context.connection.sendNotification(STATUS_NOTIFICATION, statusOf(uri, version, published.severities, config));
  }

  /** Every open document and the scanned files again, and clients that pull diagnostics are told to ask again. */
  relintEverything(): void {
    this.documents.lintAllNow();
    this.scan.refresh().catch(this.context.logFailure('Re-linting the workspace files'));
    // We push diagnostics; clients that pull (and other servers' pulled diagnostics) are told to ask again.
    if (this.context.features.refreshDiagnostics) {
      this.context.connection.languages.diagnostics.refresh().catch(this.context.logFailure('Refreshing diagnostics'));
    }
  }

  /** A closed document's state is dropped; it shows the file on disk if the scan linted it, otherwise nothing. */
  closed(uri: string): void {
    const { context } = this;
    this.latestRun.delete(uri);
    context.latest.forget(uri);
    context.linter.forget(uri);
    context.settings.forget(uri);
    this.idle.documentClosed();
    const path = localPath(uri);
    const fromDisk = path !== undefined && this.scan.has(path) ? this.scan.reopenFromDisk(path, uri) : Promise.resolve(false);
    fromDisk
      .then((shown) => (shown ? undefined : context.connection.sendDiagnostics({ uri, diagnostics: [] })))
      .catch(context.logFailure(`Clearing diagnostics for ${uri}`));
  }

  /** A config file gets its own validation; every other document the rules. Undefined when the engine failed (logged). */
  private problemsOf(document: TextDocument, config: DocumentConfig): Problems | undefined {
    const path = localPath(document.uri);
    if (path !== undefined && isConfigFileName(path)) {
      const diagnostics = configFileDiagnostics(document, path);
      return { findings: [], diagnostics, severities: diagnostics.map(() => ({ severity: 'error' as Severity })) };
    }
    const findings = this.context.linter.findings(document, config);
    if (findings === undefined) return undefined;
    return { findings, diagnostics: findings.map((finding) => toDiagnostic(finding, document)), severities: findings };
  }

  /** A workspace file that is not open; false when it is not ours to lint. */
  private async lintFromDisk(path: string, uri: string, folderUri: string): Promise<boolean> {
    const { configs, linter, connection } = this.context;
    const languageId = languageForPath(path);
    const config = await configs.forScannedFile(path, folderUri);
    if (languageId === undefined || !config.enable || config.selection !== 'included') return false;
    const read = await readTextFile(path);
    const text = read.ok ? read.text : '';
    const findings = read.ok
      ? (linter.findingsForText(text, languageId, path, config) ?? [])
      : read.reason === 'tooLarge'
        ? fileProblem('tooLarge', { limit: read.detail }, config.lintConfig)
        : fileProblem('unreadable', { what: 'file', detail: read.detail }, config.lintConfig);
    const snapshot = TextDocument.create(uri, languageId, 0, text);
    await connection.sendDiagnostics({ uri, diagnostics: findings.map((finding) => toDiagnostic(finding, snapshot)) });
    // Opened while it was read: the live lint must have the last word.
    const opened = this.documents.at(path);
    if (opened !== undefined) this.documents.scheduleLint(opened.uri, 0);
    return true;
  }
}
