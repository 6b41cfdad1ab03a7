/**
 * Whether a pattern occurs in a file's text, for facts of the whole file that
 * a word in it decides (an NHS host, the Azure storage emulator). A YAML file
 * is searched a document at a time, and each document's answer is kept with
 * it: the parse cache hands back the same document while its text is
 * unchanged, so typing in one document of a long file searches that document
 * only. YAML documents cover the text from end to end, and each but the first
 * starts with `---`, so a match in the text is a match in one of them.
 * Patterns must not be global or sticky (test() would then keep state).
 */
import type { ParsedDocument, ParsedFile } from './parse/tree';

const BY_PATTERN = new WeakMap<RegExp, WeakMap<ParsedDocument, boolean>>();

export function textMatches(parsed: ParsedFile, pattern: RegExp): boolean {
  if (parsed.language !== 'yaml') return pattern.test(parsed.text);
  let byDocument = BY_PATTERN.get(pattern);
  if (!byDocument) BY_PATTERN.set(pattern, (byDocument = new WeakMap()));
  for (const document of parsed.documents) {
    let found = byDocument.get(document);
    if (found === undefined) byDocument.set(document, (found = pattern.test(parsed.text.slice(document.offset, document.offset + document.length))));
    if (found) return true;
  }
  return false;
}
