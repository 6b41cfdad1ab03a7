/**
 * Quick fixes for our diagnostics. Edits come from `Diagnostic.data` when it
 * is there and was computed for the document's current version. Otherwise
 * (Neovim 0.7 drops `data`; a diagnostic from an older version has stale
 * offsets) the document is linted again and the finding with the same rule id
 * and the same range supplies the fixes. When nothing matches, no action is
 * offered: a missing quick fix is better than an edit in the wrong place.
 */
import {
  type CodeAction,
  CodeActionKind,
  type Diagnostic,
  type TextEdit,
  type WorkspaceEdit,
  TextDocumentEdit,
  OptionalVersionedTextDocumentIdentifier,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding } from '../engine';
import { DIAGNOSTIC_SOURCE, DiagnosticData, findingRange, toLspFix, type FixData } from './diagnostics';

export interface QuickFixRequest {
  document: TextDocument;
  /** The diagnostics the client sent in the request's context. */
  diagnostics: readonly Diagnostic[];
  /** `context.only` from the request. */
  only?: readonly string[];
  /** Whether the client accepts `documentChanges` (versioned edits) in a WorkspaceEdit. */
  supportsDocumentChanges: boolean;
  /** Lints a document snapshot; called at most once per request, and only when needed. */
  lint: (snapshot: TextDocument) => Promise<readonly Finding[]>;
}

/** True when the client asked for no particular kinds, or for a kind that covers quick fixes. */
export function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  if (only === undefined) return true;
  return only.some(
    (kind) => kind === CodeActionKind.Empty || kind === CodeActionKind.QuickFix || CodeActionKind.QuickFix.startsWith(`${kind}.`),
  );
}

export async function quickFixes(request: QuickFixRequest): Promise<CodeAction[]> {
  const ours = request.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0 || !wantsQuickFixes(request.only)) return [];
  // The open document is updated in place as edits arrive, also while this handler awaits the
  // settings. All edits are computed on, and versioned for, the text as it was at the request.
  const document = snapshotOf(request.document);
  let findings: Promise<readonly Finding[]> | undefined;
  const lintOnce = (): Promise<readonly Finding[]> => (findings ??= request.lint(document));

  const actions: CodeAction[] = [];
  for (const diagnostic of ours) {
    const fixes = await fixesFor(diagnostic, document, lintOnce);
    for (const fix of fixes) {
      if (fix.edits.length === 0) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: workspaceEdit(document, fix.edits, request.supportsDocumentChanges),
      });
    }
  }
  return actions;
}

function snapshotOf(document: TextDocument): TextDocument {
  return TextDocument.create(document.uri, document.languageId, document.version, document.getText());
}

async function fixesFor(
  diagnostic: Diagnostic,
  document: TextDocument,
  lintDocument: () => Promise<readonly Finding[]>,
): Promise<FixData[]> {
  const data = DiagnosticData.from(diagnostic.data);
  if (data !== undefined && data.version === document.version) return data.fixes;

  const finding = (await lintDocument()).find(
    (candidate) => candidate.ruleId === String(diagnostic.code) && sameRange(findingRange(candidate, document), diagnostic.range),
  );
  return (finding?.fixes ?? []).map((fix) => toLspFix(fix, document));
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return (
    b !== undefined &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}

/**
 * A versioned edit when the client supports it, so that an edit computed for
 * one version is refused if the user has typed since; plain `changes` for the
 * clients that do not.
 */
function workspaceEdit(document: TextDocument, edits: TextEdit[], supportsDocumentChanges: boolean): WorkspaceEdit {
  if (!supportsDocumentChanges) return { changes: { [document.uri]: edits } };
  const target = OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version);
  return { documentChanges: [TextDocumentEdit.create(target, edits)] };
}
