import type { LintFile } from '../context';
import { textMatches } from '../text-search';

const NHS_HOST = /(^|[./@])nhs\.(uk|net)\b/i;
const namesNhsHost = (text: string): boolean => NHS_HOST.test(text);

/** A file is in an NHS context when it is a service manifest or names an nhs.uk / nhs.net host. */
export function isNhsContext(view: LintFile): boolean {
  // A fact of the whole file, also when a rule looks at one document of it.
  const file = view.whole;
  let nhs = BY_FILE.get(file);
  if (nhs === undefined) {
    nhs = file.documents.some((document) => file.format(document) === 'manifest');
    if (!nhs) nhs = textMatches(file.parsed, namesNhsHost);
    BY_FILE.set(file, nhs);
  }
  return nhs;
}

const BY_FILE = new WeakMap<LintFile, boolean>();
