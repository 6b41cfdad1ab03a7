/** Small helpers for the language-server tests: find diagnostics, ask for quick fixes, read their edits. */
import assert from 'node:assert/strict';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams, TextDocumentEdit, TextEdit } from 'vscode-languageserver/node';
import type { LspHarness } from './lsp-harness';

export const byRule = (ruleId: string) => (diagnostic: Diagnostic) => diagnostic.code === ruleId;
export const hasRule = (ruleId: string) => (params: PublishDiagnosticsParams) => params.diagnostics.some(byRule(ruleId));

export function requestQuickFixes(harness: LspHarness, uri: string, diagnostics: Diagnostic[], only?: string[]): Promise<CodeAction[]> {
  return harness.connection.sendRequest('textDocument/codeAction', {
    textDocument: { uri },
    range: diagnostics[0]?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    context: { diagnostics, only },
  });
}

export function insecureUrlDiagnostic(params: PublishDiagnosticsParams): Diagnostic {
  const diagnostic = params.diagnostics.find(byRule('insecure-url'));
  assert.ok(diagnostic, `no insecure-url diagnostic in ${JSON.stringify(params.diagnostics)}`);
  return diagnostic;
}

/** The edits of an action's single versioned document edit, and that edit's target. */
export function versionedEdits(action: CodeAction): { textDocument: TextDocumentEdit['textDocument']; edits: TextEdit[] } {
  const changes = action.edit?.documentChanges;
  assert.ok(changes !== undefined && changes.length === 1, `expected one documentChanges entry in ${JSON.stringify(action.edit)}`);
  const [change] = changes as TextDocumentEdit[];
  for (const edit of change.edits) assert.ok('newText' in edit, 'a plain text edit, not a snippet');
  return { textDocument: change.textDocument, edits: change.edits as TextEdit[] };
}

/** A diagnostic as a client that drops `data` sends it back (Neovim 0.7 can). */
export function withoutData({ range, severity, code, source, message }: Diagnostic): Diagnostic {
  return { range, severity, code, source, message };
}
