/**
 * Building WorkspaceEdits: versioned where the client supports it, and the
 * smallest single edit that turns one text into another (for fix-all, so the
 * editor keeps the cursor, folding and undo history outside the changed part).
 */
import { OptionalVersionedTextDocumentIdentifier, Range, TextDocumentEdit, TextEdit, type WorkspaceEdit } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * A versioned edit when the client supports it, so that an edit computed for
 * one version is refused if the user has typed since; plain `changes` for the
 * clients that do not.
 */
export function workspaceEdit(document: TextDocument, edits: TextEdit[], supportsDocumentChanges: boolean): WorkspaceEdit {
  if (!supportsDocumentChanges) return { changes: { [document.uri]: edits } };
  const target = OptionalVersionedTextDocumentIdentifier.create(document.uri, document.version);
  return { documentChanges: [TextDocumentEdit.create(target, edits)] };
}

/**
 * One edit replacing only the part between the common prefix and the common
 * suffix of the two texts; undefined when they are equal. Never splits a
 * `\r\n` pair or a surrogate pair, so the edit's ends are valid positions.
 */
export function minimalEdit(document: TextDocument, after: string): TextEdit | undefined {
  const before = document.getText();
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (end < shorter - start && before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)) end++;
  while (start > 0 && splitsPair(before, start)) start--;
  while (end > 0 && splitsPair(before, before.length - end)) end--;
  const range = Range.create(document.positionAt(start), document.positionAt(before.length - end));
  return TextEdit.replace(range, after.slice(start, after.length - end));
}

/** True when `offset` falls between `\r` and `\n`, or between the halves of a surrogate pair. */
function splitsPair(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const previous = text.charCodeAt(offset - 1);
  const next = text.charCodeAt(offset);
  return (previous === 13 && next === 10) || (previous >= 0xd800 && previous <= 0xdbff && next >= 0xdc00 && next <= 0xdfff);
}
