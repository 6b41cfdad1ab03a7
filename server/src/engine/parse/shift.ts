/**
 * Parsed documents moved to a new place in the file. A document nobody holds
 * (just parsed, or given back to the parse cache) is moved in place; one a
 * caller still holds is copied, so nodes in the caller's hands never change.
 */
import type { Comment, Node, Pair, ParsedDocument, ScalarNode, SyntaxProblem } from './tree';

/** Move every offset in a document by `delta`, in place: only for a document nobody holds. */
export function shiftDocument(document: ParsedDocument, delta: number): void {
  if (delta === 0) return;
  shiftOutline(document, delta);
  if (document.root) shiftTree(document.root, delta);
}

/** The document's own offset and those of its comments, problems and template tag; not its tree. */
export function shiftOutline(document: ParsedDocument, delta: number): void {
  document.offset += delta;
  for (const comment of document.comments) comment.offset += delta;
  for (const problem of document.problems) problem.offset += delta;
  if (document.template) document.template.offset += delta;
}

/** Every node of a tree moved by `delta`, in place. */
export function shiftTree(root: Node, delta: number): void {
  const stack: Node[] = [root];
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

/**
 * A copy of a document `delta` characters further on, sharing no object with
 * offsets with the original (strings and the like are shared). The copy has
 * the same shape key as the original (see shapeKey).
 */
export function shiftedCopy(document: ParsedDocument, delta: number): ParsedDocument {
  const anchored = new Map<Node, Node>();
  const copy: ParsedDocument = {
    ...document,
    root: document.root && copyTree(document.root, delta, anchored),
    offset: document.offset + delta,
    comments: document.comments.map((comment): Comment => ({ ...comment, offset: comment.offset + delta })),
    problems: document.problems.map((problem): SyntaxProblem => ({ ...problem, offset: problem.offset + delta })),
    // Every anchored node is in the tree; the original is kept only if that ever stops being so.
    anchors: new Map([...document.anchors].map(([name, node]) => [name, anchored.get(node) ?? node])),
  };
  if (document.template) copy.template = { ...document.template, offset: document.template.offset + delta };
  SHAPE_KEYS.set(copy, shapeKey(document) ?? keepShape(document));
  return copy;
}

/**
 * An object shared by a document the parse cache keeps and every shifted copy
 * of it: the same parse of the same text, differing only in offsets. Caches of
 * what does not depend on offsets (the roles of a document's scalars,
 * visits.ts) key on it, so a copy does not redo that work. Undefined for a
 * document no cache keeps (the CLI's): nothing will be copied from it.
 */
export function shapeKey(document: ParsedDocument): object | undefined {
  return SHAPE_KEYS.get(document);
}

/** Gives a document the cache keeps a shape key of its own; returns it. */
export function keepShape(document: ParsedDocument): object {
  const key = {};
  SHAPE_KEYS.set(document, key);
  return key;
}

const SHAPE_KEYS = new WeakMap<ParsedDocument, object>();

/**
 * A copy of a node and everything under it, moved by `delta`. Recursive: the
 * converter stops at MAX_DEPTH levels, well within the stack. Each kind is
 * built as the YAML converter builds it (same properties, same order), which
 * keeps the copies as fast to read as the originals and the copying cheap.
 */
function copyTree(node: Node, delta: number, anchored: Map<Node, Node>): Node {
  let copy: Node;
  if (node.kind === 'scalar') copy = copyScalar(node, delta);
  else if (node.kind === 'map') {
    // Filled by push, as the converter fills them: an array made with new Array(n) is holey, and slower to read everywhere.
    const pairs: Pair[] = [];
    for (const { key, value } of node.pairs) pairs.push({ key: copyScalar(key, delta), value: value && copyTree(value, delta, anchored) });
    copy = { kind: 'map', pairs, offset: node.offset + delta, length: node.length };
  } else if (node.kind === 'seq') {
    const items: Node[] = [];
    for (const item of node.items) items.push(copyTree(item, delta, anchored));
    copy = { kind: 'seq', items, offset: node.offset + delta, length: node.length };
  } else copy = { kind: 'alias', source: node.source, offset: node.offset + delta, length: node.length };
  if (node.anchor !== undefined) {
    copy.anchor = node.anchor;
    anchored.set(node, copy);
  }
  return copy;
}

function copyScalar(node: ScalarNode, delta: number): ScalarNode {
  const copy: ScalarNode = {
    kind: 'scalar',
    value: node.value,
    offset: node.offset + delta,
    length: node.length,
    contentOffset: node.contentOffset + delta,
    verbatim: node.verbatim,
    plain: node.plain,
  };
  if (node.tag !== undefined) copy.tag = node.tag;
  if (node.anchor !== undefined) copy.anchor = node.anchor;
  return copy;
}
