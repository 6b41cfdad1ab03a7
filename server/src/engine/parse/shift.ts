import type { Node, ParsedDocument } from './tree';

/** Move every offset in a parsed document by `delta` (in place), for reuse at a new position. */
export function shiftDocument(document: ParsedDocument, delta: number): void {
  if (delta === 0) return;
  document.offset += delta;
  for (const comment of document.comments) comment.offset += delta;
  for (const problem of document.problems) problem.offset += delta;
  if (document.template) document.template.offset += delta;
  const stack: Node[] = document.root ? [document.root] : [];
  while (stack.length > 0) {
    const node = stack.pop()!;
    node.offset += delta;
    if (node.kind === 'scalar') node.contentOffset += delta;
    else if (node.kind === 'map') {
      for (const pair of node.pairs) {
        pair.key.offset += delta;
        pair.key.contentOffset += delta;
        if (pair.value) stack.push(pair.value);
      }
    } else if (node.kind === 'seq') for (const item of node.items) stack.push(item); // no spread: a 2,000,000-item list overflows it
  }
}
