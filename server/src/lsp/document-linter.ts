/**
 * Runs the engine on one open document. Knows which documents are ours (by
 * language id, or by file extension for editors that use other ids, e.g.
 * Neovim's `yaml.docker-compose`) and keeps one ParseCache per open document.
 * The engine reports syntax errors as findings; anything it throws is a bug
 * that is logged, never allowed to take the server down.
 */
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentFindings, languageForPath, lint, ParseCache, type Finding, type LanguageId } from '../engine';
import type { ServerSettings } from './settings';
import { nearestRootRelativePath } from '../files/repository-root';
import { lintDelayAfter } from './lint-delay';

const LANGUAGE_IDS: ReadonlySet<string> = new Set<LanguageId>(['yaml', 'json', 'jsonc']);

/** The path of a `file:` URI, the URI itself otherwise (untitled, virtual file systems). */
export function fileNameOf(uri: string): string {
  if (uri.startsWith('file:')) {
    try {
      return fileURLToPath(uri);
    } catch {
      // A malformed file URI: fall through to using it as is.
    }
  }
  return uri;
}

export function languageOf(document: TextDocument): LanguageId | undefined {
  if (LANGUAGE_IDS.has(document.languageId)) return document.languageId as LanguageId;
  let path = document.uri;
  try {
    path = decodeURIComponent(new URL(document.uri).pathname);
  } catch {
    // Not a URL the WHATWG parser accepts: match on the raw URI.
  }
  return languageForPath(path);
}

export class DocumentLinter {
  /**
   * Each open document's parsed segments and its findings per YAML document, so that an edit re-parses and
   * re-checks only the document it changed; made, and dropped, together.
   */
  private readonly caches = new Map<string, { parse: ParseCache; findings: DocumentFindings }>();
  /** How long each open document's last lint took, which sets the debounce before its next (lint-delay.ts). */
  private readonly lintMs = new Map<string, number>();

  constructor(
    private readonly logError: (message: string) => void,
    /** Local paths of the workspace folders: the repository root when no `.git` folder is found. */
    private readonly workspaceFolders: () => readonly string[] = () => [],
  ) {}

  /** The file's path inside its nearest root (a `.git` folder or a workspace folder, whichever is deeper), which decides its deployment context. */
  relativePathOf(fileName: string): string | undefined {
    if (!fileName.startsWith('/') && !/^[A-Za-z]:[\\/]/.test(fileName)) return undefined;
    // The nearest root wins: a .git inside the workspace folder, else the (innermost) workspace folder, even when a .git lies above it.
    return nearestRootRelativePath(fileName, this.workspaceFolders());
  }

  /**
   * Findings for the document as it is now: `[]` when it is not ours or linting
   * is disabled; undefined when the engine failed (already logged), so the
   * caller publishes nothing rather than a wrong empty list.
   */
  findings(document: TextDocument, settings: ServerSettings): readonly Finding[] | undefined {
    const languageId = languageOf(document);
    if (languageId === undefined || !settings.enable) return [];
    try {
      const fileName = fileNameOf(document.uri);
      const started = performance.now();
      const caches = this.cachesFor(document.uri);
      const findings = lint(document.getText(), languageId, settings.lintConfig, {
        fileName,
        relativePath: this.relativePathOf(fileName),
        cache: caches.parse,
        findingsCache: caches.findings,
        budgetMs: settings.maxLintMs,
      });
      this.lintMs.set(document.uri, performance.now() - started);
      return findings;
    } catch (error) {
      // The cache may hold half-updated state from the failed run: start afresh next time.
      this.caches.delete(document.uri);
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.logError(`Linting ${document.uri} (version ${document.version}) failed: ${detail}`);
      return undefined;
    }
  }

  /** A file read from disk (workspace scan): no parse cache, as it is linted once. */
  findingsForText(text: string, languageId: LanguageId, fileName: string, settings: ServerSettings): readonly Finding[] | undefined {
    if (!settings.enable) return [];
    try {
      return lint(text, languageId, settings.lintConfig, { fileName, relativePath: this.relativePathOf(fileName), budgetMs: settings.maxLintMs });
    } catch (error) {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      this.logError(`Linting ${fileName} failed: ${detail}`);
      return undefined;
    }
  }

  /** The document's parse cache, for other requests on the same text (hover): they reuse its parsed segments. */
  parseCache(uri: string): ParseCache {
    return this.cachesFor(uri).parse;
  }

  /** The wait after an edit before linting the document again: as long as its last lint took, within bounds (lint-delay.ts). */
  lintDelay(uri: string): number {
    return lintDelayAfter(this.lintMs.get(uri));
  }

  /** The document was closed: its parsed state is no longer needed. */
  forget(uri: string): void {
    this.caches.delete(uri);
    this.lintMs.delete(uri);
  }

  private cachesFor(uri: string): { parse: ParseCache; findings: DocumentFindings } {
    let caches = this.caches.get(uri);
    if (caches === undefined) this.caches.set(uri, (caches = { parse: new ParseCache(), findings: new DocumentFindings() }));
    return caches;
  }
}
