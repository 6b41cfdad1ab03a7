import type { LintFile } from '../context';

/** A file is in an NHS context when it is a service manifest or names an nhs.uk / nhs.net host. */
export function isNhsContext(view: LintFile): boolean {
  // A fact of the whole file, also when a rule looks at one document of it.
  const file = view.whole;
  if (file.documents.some((document) => file.format(document) === 'manifest')) return true;
  return /(^|[./@])nhs\.(uk|net)\b/i.test(file.text);
}
