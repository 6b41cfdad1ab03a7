/**
 * The actions every finding gets besides its rule's own fixes: waive it with
 * a suppression comment, read the rule's page, or fix the whole file.
 */
import { CodeActionKind, Range, TextEdit, type CodeAction, type Diagnostic } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { disableRuleFix, docsUrl, type LanguageId, type ParseCache } from '../engine';
import { workspaceEdit } from './edits';
import { COMMANDS } from './protocol';

/**
 * "Disable <rule> for this line" (or "for this file" where no comment can go
 * on or above the line). The engine writes and checks the comment. Plain
 * JSON gets nothing, as it has no comments; issue 4 asks for an entry in the
 * config file there instead (an `overrides` item for the file), not built yet.
 */
export function waiverAction(
  document: TextDocument,
  languageId: LanguageId | undefined,
  ruleId: string,
  line: number,
  diagnostics: Diagnostic[],
  supportsDocumentChanges: boolean,
  cache: ParseCache | undefined,
): CodeAction | undefined {
  if (languageId === undefined) return undefined;
  const fix = disableRuleFix({ text: document.getText(), languageId, line, ruleId, cache });
  if (fix === undefined) return undefined;
  const edits = fix.edits.map((edit) =>
    TextEdit.replace(Range.create(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.newText),
  );
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: false,
    edit: workspaceEdit(document, edits, supportsDocumentChanges),
  };
}

/** Opens the rule's page: with the client's own command when it named one (VS Code), else through the server. */
export function documentationAction(ruleId: string, diagnostics: Diagnostic[], openUrlCommand: string | undefined): CodeAction {
  const title = `Show documentation for ${ruleId}`;
  const url = docsUrl(ruleId);
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    isPreferred: false,
    command: { title, command: openUrlCommand ?? COMMANDS.showDocumentation, arguments: [url] },
  };
}

/** Runs the server's fix-all command for this version of the document (computed only if chosen). */
export function fixAllCommandAction(document: TextDocument): CodeAction {
  const title = 'Fix all safe problems';
  return {
    title,
    kind: CodeActionKind.QuickFix,
    isPreferred: false,
    command: { title, command: COMMANDS.fixAll, arguments: [{ uri: document.uri, version: document.version }] },
  };
}
