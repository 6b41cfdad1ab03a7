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
import { roleOf, type Role } from './roles';
import { keyFacts, normaliseKey, type KeyFacts } from './normal-keys';
import type { DocumentFormat } from './formats';
import { MAX_DEPTH } from './limits';

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

/**
 * The visits of a document with a root, classified under `format`. Kept with
 * the document only when a parse cache keeps it (it has a shape key); the
 * caller keeps any other document's for as long as it needs them
 * (LintFile.visitsOf). A WeakMap entry per fresh document made every lint's
 * tree outlive V8's young-generation collections, which keep a WeakMap's
 * values alive: a sixth of a small JSON file's lint was collecting them.
 */
export function documentVisits(document: ParsedDocument, root: Node, format: DocumentFormat): readonly ScalarVisit[] {
  const cached = DOCUMENT_VISITS.get(document);
  if (cached?.format === format) return cached.list;
  const shape = shapeKey(document);
  const known = shape && SHAPES.get(shape);
  let list = known?.format === format ? pairedVisits(document, root, format, known) : undefined;
  if (!list) {
    list = [];
    new Walker(list, document, format).walk(root, [], undefined, NO_KEY, undefined, '', 0);
    if (shape) {
      const scalars = valueScalars(root);
      const shapes = shapesOf(list, scalars);
      if (shapes) SHAPES.set(shape, { format, shapes, scalarCount: scalars.length });
    }
  }
  if (shape) DOCUMENT_VISITS.set(document, { format, list });
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

/** The facts of no key (the root, a top-level list's items): those of the empty key, as classifyRole reads an undefined key. */
const NO_KEY = keyFacts('');

/** By document; WeakMaps, so visits go with their document. */
const DOCUMENT_VISITS = new WeakMap<ParsedDocument, { format: DocumentFormat; list: ScalarVisit[] }>();
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

/**
 * The walk of one document. Besides each scalar's path it keeps the path's
 * keys normalised on a stack (`normalPath`), pushed and popped as it goes
 * down and up: the format's role checks read the normalised path of every
 * scalar in manifests, OpenAPI, Kubernetes and Compose documents, and
 * normalising each path afresh made an array and looked up every key again.
 */
class Walker {
  private readonly normalPath: PathSegment[] = [];

  constructor(
    private readonly out: ScalarVisit[],
    private readonly document: ParsedDocument,
    private readonly format: DocumentFormat,
  ) {}

  /**
   * Visits of the scalars under `node`. `key` is the nearest map key above it
   * with its facts (keyFacts), `parentKey` the one above that with its normal
   * form: worked out once per key here, not twice per scalar.
   */
  walk(node: Node, path: PathSegment[], key: string | undefined, facts: KeyFacts, parentKey: string | undefined, parentNormal: string, depth: number): void {
    if (depth > MAX_DEPTH) return;
    if (node.kind === 'scalar') {
      const role = roleOf(path, this.normalPath, key, node.value, this.format, facts, parentNormal);
      this.out.push({ node, path, key, parentKey, role, document: this.document, format: this.format });
    } else if (node.kind === 'map') {
      const named = namedEntry(node);
      for (let i = 0; i < node.pairs.length; i++) {
        const pair = node.pairs[i];
        const name = pair.key.value === null ? '' : String(pair.key.value);
        if (!pair.value) continue;
        // `{name: DB_URL, value: …}` (Kubernetes env, ECS, Helm extraEnv): the name is the real key.
        const realKey = named !== undefined && name === 'value' ? named : name;
        const realFacts = keyFacts(realKey);
        this.normalPath.push(realKey === name ? realFacts.normal : normaliseKey(name));
        this.walk(pair.value, extended(path, name), realKey, realFacts, key, facts.normal, depth + 1);
        this.normalPath.pop();
      }
    } else if (node.kind === 'seq') {
      for (let index = 0; index < node.items.length; index++) {
        const item = node.items[index];
        // `environment: [DB_URL=http://…]` (Compose): the variable name is the real key.
        const assignment = item.kind === 'scalar' && typeof item.value === 'string' ? /^([A-Za-z_][\w.-]*)=/.exec(item.value) : null;
        this.normalPath.push(index);
        if (assignment) this.walk(item, extended(path, index), assignment[1], keyFacts(assignment[1]), key, facts.normal, depth + 1);
        else this.walk(item, extended(path, index), key, facts, parentKey, parentNormal, depth + 1);
        this.normalPath.pop();
      }
    }
    // Aliases are not followed: the anchored node was already visited where it stands.
  }
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
  // A loop, not `find`: every map of every document is asked.
  for (let i = 0; i < node.pairs.length; i++) {
    const pair = node.pairs[i];
    if (pair.key.value !== 'name') continue;
    return pair.value?.kind === 'scalar' && typeof pair.value.value === 'string' ? pair.value.value : undefined;
  }
  return undefined;
}
