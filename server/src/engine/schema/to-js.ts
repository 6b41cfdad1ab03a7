/**
 * The neutral tree of one document as a plain JavaScript value for ajv, plus
 * a map from each value's JSON pointer (ajv's `instancePath`) back to the node
 * it came from, so that every schema error can be placed on the source text.
 *
 * Written here rather than taken from the `yaml` package's `toJS()` because
 * the value must come from the same tree the other rules see (JSON and YAML
 * alike) and because alias expansion must be bounded: a "billion laughs"
 * document expands exponentially, so expansion stops at a node budget and a
 * depth limit and the document is reported instead of validated.
 */
import { keyText, type MapNode, type Node, type Pair, type ParsedDocument, type ScalarNode } from '../parse/tree';
import { MAX_ALIAS_EXPANSION, MAX_DEPTH } from '../limits';
import { escapePointerToken } from './pointer';

export interface PointerEntry {
  /** The node the value came from (the anchored node for an alias); null for `key:` with nothing after it. */
  node: Node | null;
  /** The key of the pair that holds the value; absent for the document root and for sequence items. */
  key?: ScalarNode;
}

export type Conversion =
  { ok: true; value: unknown; pointers: Map<string, PointerEntry> } | { ok: false; limit: 'expansion' | 'depth'; limitValue: number; node: Node };

/** The YAML 1.1 merge key (`<<: *defaults`), still common in hand-written YAML. */
const MERGE_KEY = '<<';

class LimitExceeded extends Error {
  constructor(
    readonly limit: 'expansion' | 'depth',
    readonly node: Node,
  ) {
    super(`${limit} limit exceeded`);
  }
}

export function convertDocument(document: ParsedDocument, limits = { expansion: MAX_ALIAS_EXPANSION, depth: MAX_DEPTH }): Conversion {
  const converter = new Converter(document, limits);
  try {
    const value = converter.convert(document.root, '', undefined, 0, false);
    return { ok: true, value, pointers: converter.pointers };
  } catch (error) {
    if (error instanceof LimitExceeded) {
      const limitValue = error.limit === 'expansion' ? limits.expansion : limits.depth;
      return { ok: false, limit: error.limit, limitValue, node: error.node };
    }
    throw error;
  }
}

class Converter {
  readonly pointers = new Map<string, PointerEntry>();
  /** Nodes produced through aliases so far: the cost an alias bomb drives up. */
  private expanded = 0;

  constructor(
    private readonly document: ParsedDocument,
    private readonly limits: { expansion: number; depth: number },
  ) {}

  convert(node: Node | null, pointer: string, key: ScalarNode | undefined, depth: number, viaAlias: boolean): unknown {
    this.pointers.set(pointer, key ? { node, key } : { node });
    if (!node) return null;
    if (depth > this.limits.depth) throw new LimitExceeded('depth', node);
    if (viaAlias && ++this.expanded > this.limits.expansion) throw new LimitExceeded('expansion', node);
    switch (node.kind) {
      case 'scalar':
        return node.value;
      case 'alias': {
        // An unknown anchor is already a parse error; here it is simply empty.
        const target = this.document.anchors.get(node.source);
        return target ? this.convert(target, pointer, key, depth + 1, true) : null;
      }
      case 'seq':
        return node.items.map((item, index) => this.convert(item, `${pointer}/${index}`, undefined, depth + 1, viaAlias));
      case 'map':
        return this.convertMap(node, pointer, depth, viaAlias);
    }
  }

  private convertMap(node: MapNode, pointer: string, depth: number, viaAlias: boolean): Record<string, unknown> {
    const object: Record<string, unknown> = {};
    for (const { pair, throughAlias } of this.effectivePairs(node, depth, viaAlias)) {
      const name = keyText(pair);
      const value = this.convert(pair.value, `${pointer}/${escapePointerToken(name)}`, pair.key, depth + 1, throughAlias);
      setOwn(object, name, value);
    }
    return object;
  }

  /**
   * The pairs of a map after applying `<<: *a` or `<<: [*a, *b]`: keys written
   * in the map win, then earlier sources win over later ones, as the YAML merge
   * key specifies. Sources reached through an alias count against the budget,
   * so nested merges cannot multiply the work unnoticed.
   */
  private effectivePairs(node: MapNode, depth: number, viaAlias: boolean): { pair: Pair; throughAlias: boolean }[] {
    if (depth > this.limits.depth) throw new LimitExceeded('depth', node);
    const own: { pair: Pair; throughAlias: boolean }[] = [];
    const merged: { pair: Pair; throughAlias: boolean }[] = [];
    for (const pair of node.pairs) {
      if (keyText(pair) !== MERGE_KEY || !pair.key.plain || !pair.value) {
        own.push({ pair, throughAlias: viaAlias });
        continue;
      }
      const sources = pair.value.kind === 'seq' ? pair.value.items : [pair.value];
      for (const source of sources) {
        const throughAlias = viaAlias || source.kind === 'alias';
        if (throughAlias && ++this.expanded > this.limits.expansion) throw new LimitExceeded('expansion', source);
        const resolved = source.kind === 'alias' ? this.document.anchors.get(source.source) : source;
        if (resolved?.kind === 'map') for (const entry of this.effectivePairs(resolved, depth + 1, throughAlias)) merged.push(entry);
      }
    }
    const seen = new Set(own.map(({ pair }) => keyText(pair)));
    for (const entry of merged) {
      const name = keyText(entry.pair);
      if (seen.has(name)) continue;
      seen.add(name);
      own.push(entry);
    }
    return own;
  }
}

/** Define rather than assign, so that a key named `__proto__` stays an ordinary property. */
function setOwn(object: Record<string, unknown>, name: string, value: unknown): void {
  Object.defineProperty(object, name, { value, enumerable: true, writable: true, configurable: true });
}
