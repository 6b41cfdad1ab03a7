import type { LintFile } from '../context';
import type { ParsedDocument } from '../parse/tree';

const NHS_HOST = /(^|[./@])nhs\.(uk|net)\b/i;

/** A file is in an NHS context when it is a service manifest or names an nhs.uk / nhs.net host. */
export function isNhsContext(view: LintFile): boolean {
  // A fact of the whole file, also when a rule looks at one document of it.
  const file = view.whole;
  let nhs = BY_FILE.get(file);
  if (nhs === undefined) {
    nhs = file.documents.some((document) => file.format(document) === 'manifest');
    // YAML documents cover the text from end to end, and each but the first starts with `---`: a host in one is a match in the text.
    if (!nhs) nhs = file.parsed.language === 'yaml' ? file.documents.some((document) => namesNhsHost(file.text, document)) : NHS_HOST.test(file.text);
    BY_FILE.set(file, nhs);
  }
  return nhs;
}

const BY_FILE = new WeakMap<LintFile, boolean>();

/**
 * Whether the document's text names an NHS host, kept with the document: the
 * parse cache hands back the same document while its text is unchanged, so
 * typing in one document of a long file searches that document only.
 */
const BY_DOCUMENT = new WeakMap<ParsedDocument, boolean>();

function namesNhsHost(text: string, document: ParsedDocument): boolean {
  let names = BY_DOCUMENT.get(document);
  if (names === undefined) BY_DOCUMENT.set(document, (names = NHS_HOST.test(text.slice(document.offset, document.offset + document.length))));
  return names;
}
