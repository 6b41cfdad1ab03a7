/**
 * Fix-all for one document: the engine's fixText (the same loop as the CLI's
 * `--fix`: safe fixes only, sorted, overlaps dropped, repeated until stable,
 * bounded) on a snapshot, returned as the one smallest edit, so everything
 * outside the fixed spans (comments included) is left as it was.
 */
import type { TextEdit } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { LanguageId, LintConfig } from '../engine';
import { fixText } from '../engine';
import { minimalEdit } from './edits';

export function fixAllEdit(
  document: TextDocument,
  languageId: LanguageId,
  config: LintConfig,
  fileName: string,
  relativePath?: string,
  /** Per lint of each pass, as for the diagnostics (the engine's budgetMs). */
  budgetMs?: number,
): TextEdit | undefined {
  // The same relative path as the diagnostics, so fix-all fixes exactly what the editor shows.
  const result = fixText(document.getText(), languageId, config, {
    fileName,
    ...(relativePath !== undefined ? { relativePath } : {}),
    ...(budgetMs !== undefined ? { budgetMs } : {}),
  });
  return result.fixesApplied === 0 ? undefined : minimalEdit(document, result.text);
}
