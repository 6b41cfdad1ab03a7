/**
 * Completion in service manifests, from the engine's schema helper: property
 * names (required ones first) with their titles and descriptions, and the
 * allowed values of a property.
 */
import { CompletionItemKind, MarkupKind, Range, TextEdit, type CompletionItem, type Position } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { manifestCompletions, type LanguageId, type ManifestLookupOptions } from '../engine';

export function completionsAt(
  document: TextDocument,
  languageId: LanguageId,
  position: Position,
  lookup: ManifestLookupOptions,
  markdown: boolean,
): CompletionItem[] {
  const found = manifestCompletions(document.getText(), languageId, document.offsetAt(position), lookup);
  return found.map((completion, index) => {
    const range = Range.create(document.positionAt(completion.offset), document.positionAt(completion.offset + completion.length));
    const item: CompletionItem = {
      label: completion.label,
      kind: completion.kind === 'property' ? CompletionItemKind.Property : CompletionItemKind.EnumMember,
      textEdit: TextEdit.replace(range, completion.insertText),
      filterText: completion.filterText,
      // Required properties first, then the schema's own order.
      sortText: `${completion.required === true ? 0 : 1}${String(index).padStart(3, '0')}`,
    };
    if (completion.detail !== undefined) item.detail = completion.required === true ? `${completion.detail} (required)` : completion.detail;
    if (completion.documentation !== undefined) {
      item.documentation = markdown ? { kind: MarkupKind.Markdown, value: completion.documentation } : completion.documentation;
    }
    return item;
  });
}
