/**
 * Moving a cached document without walking its tree. Typing in one document
 * of a long file moves every document after it; with the findings cache
 * (document-findings.ts) nothing reads those documents' nodes unless they
 * change, so walking each of their trees on every keystroke (shift.ts) was
 * most of the parse cache's cost. Instead the document's own offset, its
 * comments, problems and template tag move at once (the linter reads them
 * on every lint), and the tree's move is recorded: the first read of `root`
 * or `anchors` applies it, once, however many moves were recorded.
 *
 * Only for a document nobody holds (the parse cache's rule for moving in
 * place): `root` and `anchors` become accessors until then, and the document
 * is otherwise the same object with the same values.
 */
import type { Node, ParsedDocument } from './tree';
import { shiftOutline, shiftTree } from './shift';

interface Deferred {
  delta: number;
  root: Node | null;
  anchors: Map<string, Node>;
}

const DEFERRED = new WeakMap<ParsedDocument, Deferred>();

export function shiftDocumentLater(document: ParsedDocument, delta: number): void {
  if (delta === 0) return;
  shiftOutline(document, delta);
  const deferred = DEFERRED.get(document);
  if (deferred) {
    deferred.delta += delta;
    return;
  }
  DEFERRED.set(document, { delta, root: document.root, anchors: document.anchors });
  for (const key of ['root', 'anchors'] as const) {
    Object.defineProperty(document, key, {
      get: () => settled(document)[key],
      set: (value: unknown) => Object.assign(settled(document), { [key]: value }),
      enumerable: true,
      configurable: true,
    });
  }
}

/** Whether the document's tree has a move not applied yet (for tests). */
export function hasDeferredShift(document: ParsedDocument): boolean {
  return DEFERRED.has(document);
}

/** Applies the recorded move to the tree and makes `root` and `anchors` plain properties again. */
function settled(document: ParsedDocument): ParsedDocument {
  const deferred = DEFERRED.get(document);
  if (!deferred) return document;
  DEFERRED.delete(document);
  Object.defineProperty(document, 'root', { value: deferred.root, writable: true, enumerable: true, configurable: true });
  Object.defineProperty(document, 'anchors', { value: deferred.anchors, writable: true, enumerable: true, configurable: true });
  if (deferred.root) shiftTree(deferred.root, deferred.delta);
  return document;
}
