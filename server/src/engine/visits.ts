/**
 * The scalar values of a parsed document in text order, each with its path,
 * keys and role: what every rule reads instead of walking the tree itself.
 *
 * Worked out once per parse of a document's text, not once per lint. The
 * parse cache hands back the same document while its segment's text is
 * unchanged, moved in place when typing above it moved it (visits hold nodes,
 * not offsets). When a caller still held it, it comes back as a shifted copy
 * (parse/shift.ts) holding the same scalars at other offsets: the copy's
 * visits take over the paths and roles of the first walk and are only paired
 * with the copy's nodes.
 */
import type { MapNode, Node, ParsedDocument, ScalarNode } from './parse/tree';
import { shapeKey } from './parse/shift';
import { classifyRole, type Role } from './roles';
import type { DocumentFormat } from './formats';
import { MAX_DEPTH } from './limits';
import { MemoOnKey } from './memo-on-key';

export type PathSegment = string | number;

export interface ScalarVisit {
  readonly node: ScalarNode;
  /** Keys and sequence indices from the document root to this scalar; shared with the visit's copies (see visitKey). */
  readonly path: readonly PathSegment[];
  /** The nearest map key above the scalar (for `hosts: [a, b]` items it is `hosts`). */
  readonly key: string | undefined;
  /** The map key one level above `key`, which often decides the role (`ConnectionStrings`, `env`). */
  readonly parentKey: string | undefined;
  readonly role: Role;
  readonly document: ParsedDocument;
  readonly format: DocumentFormat;
}

/**
 * A key for caching what a visit's answer depends on apart from offsets (its
 * path, keys, role, the values around it): the visit and its copies in
 * shifted documents share it, so such answers survive typing elsewhere.
 */
export function visitKey(visit: ScalarVisit): object {
  return visit.path;
}

/** The visits of a document with a root, classified under `format`. */
export function documentVisits(document: ParsedDocument, root: Node, format: DocumentFormat): readonly ScalarVisit[] {
  const cached = DOCUMENT_VISITS.get(document);
  if (cached?.format === format) return cached.list;
  const shape = shapeKey(document);
  const known = shape && SHAPES.get(shape);
  let list = known?.format === format ? pairedVisits(document, root, format, known) : undefined;
  if (!list) {
    list = [];
    walk(list, document, format, root, [], undefined, undefined, 0);
    if (shape) {
      const scalars = valueScalars(root);
      const shapes = shapesOf(list, scalars);
      if (shapes) SHAPES.set(shape, { format, shapes, scalarCount: scalars.length });
    }
  }
  DOCUMENT_VISITS.set(document, { format, list });
  return list;
}

/** A visit without its node and document: what the copies of a document share. */
interface VisitShape {
  /** The visit's scalar's place among the document's value scalars in pre-order (valueScalars). */
  readonly index: number;
  readonly path: readonly PathSegment[];
  readonly key: string | undefined;
  readonly parentKey: string | undefined;
  readonly role: Role;
}

interface Shapes {
  readonly format: DocumentFormat;
  readonly shapes: readonly VisitShape[];
  /** How many value scalars the document has; a copy with another count is not the same shape and is walked. */
  readonly scalarCount: number;
}

/** By document, kept on the document: visits hold their document, which a WeakMap's value must not (memo-on-key.ts). */
const DOCUMENT_VISITS = new MemoOnKey<ParsedDocument, { format: DocumentFormat; list: ScalarVisit[] }>('visits');
/** By shape key (parse/shift.ts), for documents the parse cache keeps. */
const SHAPES = new WeakMap<object, Shapes>();

function pairedVisits(document: ParsedDocument, root: Node, format: DocumentFormat, known: Shapes): ScalarVisit[] | undefined {
  const scalars = valueScalars(root);
  if (scalars.length !== known.scalarCount) return undefined;
  return known.shapes.map(({ index, path, key, parentKey, role }) => ({ node: scalars[index], path, key, parentKey, role, document, format }));
}

/**
 * The shapes of a fresh walk's visits. The walk visits value scalars in
 * pre-order, skipping some, so its visits are a subsequence of valueScalars;
 * undefined if that ever stops being so (copies are then walked afresh).
 */
function shapesOf(visits: readonly ScalarVisit[], scalars: readonly ScalarNode[]): VisitShape[] | undefined {
  const shapes: VisitShape[] = [];
  let index = 0;
  for (const { node, path, key, parentKey, role } of visits) {
    while (index < scalars.length && scalars[index] !== node) index++;
    if (index === scalars.length) return undefined;
    shapes.push({ index, path, key, parentKey, role });
    index++;
  }
  return shapes;
}

/** Every scalar that is a value (not a key) in pre-order, as walk meets them; iterative, as a list can hold millions of items. */
function valueScalars(root: Node): ScalarNode[] {
  const scalars: ScalarNode[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.kind === 'scalar') scalars.push(node);
    else if (node.kind === 'map') {
      for (let i = node.pairs.length - 1; i >= 0; i--) {
        const value = node.pairs[i].value;
        if (value) stack.push(value);
      }
    } else if (node.kind === 'seq') for (let i = node.items.length - 1; i >= 0; i--) stack.push(node.items[i]);
  }
  return scalars;
}

function walk(
  out: ScalarVisit[],
  document: ParsedDocument,
  format: DocumentFormat,
  node: Node,
  path: PathSegment[],
  key: string | undefined,
  parentKey: string | undefined,
  depth: number,
): void {
  if (depth > MAX_DEPTH) return;
  if (node.kind === 'scalar') {
    const role = classifyRole({ path, key, parentKey, value: node.value, format });
    out.push({ node, path, key, parentKey, role, document, format });
  } else if (node.kind === 'map') {
    const named = namedEntry(node);
    for (const pair of node.pairs) {
      const name = pair.key.value === null ? '' : String(pair.key.value);
      if (!pair.value) continue;
      // `{name: DB_URL, value: …}` (Kubernetes env, ECS, Helm extraEnv): the name is the real key.
      if (named !== undefined && name === 'value') walk(out, document, format, pair.value, extended(path, name), named, key, depth + 1);
      else walk(out, document, format, pair.value, extended(path, name), name, key, depth + 1);
    }
  } else if (node.kind === 'seq') {
    node.items.forEach((item, index) => {
      // `environment: [DB_URL=http://…]` (Compose): the variable name is the real key.
      const assignment = item.kind === 'scalar' && typeof item.value === 'string' ? /^([A-Za-z_][\w.-]*)=/.exec(item.value) : null;
      if (assignment) walk(out, document, format, item, extended(path, index), assignment[1], key, depth + 1);
      else walk(out, document, format, item, extended(path, index), key, parentKey, depth + 1);
    });
  }
  // Aliases are not followed: the anchored node was already visited where it stands.
}

/**
 * The path one level down. Not `[...path, segment]`: a spread array keeps
 * spare room for growth, about 130 bytes more a path, and every visit keeps
 * its path (35 MB of a 5 MB JSON list of 262,000 URLs). An array made at its
 * final size and filled in has no spare room either, and is several times
 * quicker than `concat`, which took a twentieth of a small JSON file's lint.
 */
function extended(path: readonly PathSegment[], segment: PathSegment): PathSegment[] {
  const length = path.length;
  const longer = new Array<PathSegment>(length + 1);
  for (let i = 0; i < length; i++) longer[i] = path[i];
  longer[length] = segment;
  return longer;
}

function namedEntry(node: MapNode): string | undefined {
  if (node.pairs.length > 4) return undefined;
  const name = node.pairs.find((pair) => pair.key.value === 'name');
  return name && name.value?.kind === 'scalar' && typeof name.value.value === 'string' ? name.value.value : undefined;
}
