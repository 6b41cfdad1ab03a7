/**
 * Whether a pattern occurs in a file's text, for facts of the whole file that
 * a word in it decides (an NHS host, the Azure storage emulator). A YAML file
 * is searched a document at a time, and each document's answer is kept with
 * it: the parse cache hands back the same document while its text is
 * unchanged, so typing in one document of a long file searches that document
 * only. YAML documents cover the text from end to end, and each but the first
 * starts with `---`, so a match in the text is a match in one of them.
 * A search is remembered by its identity: pass the same function each time.
 * Only documents a parse cache keeps are remembered (they have a shape key):
 * no other document comes back, so the CLI's documents are not.
 */
import type { ParsedDocument, ParsedFile } from './parse/tree';
import { shapeKey } from './parse/shift';

export type TextSearch = (text: string) => boolean;

const BY_SEARCH = new WeakMap<TextSearch, WeakMap<ParsedDocument, boolean>>();

export function textMatches(parsed: ParsedFile, search: TextSearch): boolean {
  if (parsed.language !== 'yaml') return search(parsed.text);
  let byDocument = BY_SEARCH.get(search);
  if (!byDocument) BY_SEARCH.set(search, (byDocument = new WeakMap()));
  for (const document of parsed.documents) {
    const kept = shapeKey(document) !== undefined;
    let found = kept ? byDocument.get(document) : undefined;
    if (found === undefined) {
      found = search(parsed.text.slice(document.offset, document.offset + document.length));
      if (kept) byDocument.set(document, found);
    }
    if (found) return true;
  }
  return false;
}
