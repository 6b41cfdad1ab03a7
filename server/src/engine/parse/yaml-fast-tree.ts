/**
 * The tree builder of the YAML fast path (yaml-fast.ts): the Composer's
 * handling of block maps, block and flow collections, scalars and empty
 * values (resolve-block-map.js, resolve-block-seq.js,
 * resolve-flow-collection.js, resolve-props.js, compose-node.js,
 * compose-scalar.js of yaml 2.x) for the CST tokens it accepts, giving up
 * (throwing GIVE_UP) wherever the Composer would report anything or set a
 * property the tree would carry.
 */
import { CST, Document, isScalar } from 'yaml';
import type { MapNode, Node, Pair, ScalarNode, ScalarValue, SeqNode } from './tree';
import { MAX_DEPTH } from '../limits';
import { keyIdentity } from './yaml';

/** Thrown inside the fast path at the first thing it does not accept; caught by parseOrdinaryYaml. */
export const GIVE_UP = Symbol('not ordinary YAML');

export function giveUp(): never {
  throw GIVE_UP;
}

/** The options parseYamlDocuments composes with; only the schema and `strict` matter here. */
const COMPOSED = new Document(undefined, { prettyErrors: false, strict: true, uniqueKeys: false });
/** The core schema's implicit scalar types (null, bool, int, float), tried in the Composer's order. */
const IMPLICIT_TAGS = COMPOSED.schema.tags.filter((tag) => tag.default === true && tag.test !== undefined && !tag.collection);

/** What resolve-props.js finds among the tokens before a node; anything it would report (or that sets a property) gives up. */
interface Props {
  found: CST.SourceToken | null;
  hasNewline: boolean;
  hasComment: boolean;
  /** A `,` came before the entry (flow collections only). */
  comma: boolean;
  end: number;
}

/** A node and the offset where it ends with its trailing comments (the Composer's `range[2]`), which ends its parent. */
interface Built<T extends Node> {
  node: T;
  end: number;
}

export class TreeBuilder {
  constructor(private readonly text: string) {}

  document(document: CST.Document): Node {
    const { start, value, end, offset } = document;
    const props = this.props(start, 'doc-start', offset, true);
    if (props.found && value && (value.type === 'block-map' || value.type === 'block-seq') && !props.hasNewline) giveUp();
    const root = value ? this.node(value, 0) : this.empty(props.end, start, props);
    this.end(end, false);
    return root.node;
  }

  private node(token: CST.Token, depth: number): Built<Node> {
    if (depth > MAX_DEPTH) giveUp();
    switch (token.type) {
      case 'scalar':
      case 'single-quoted-scalar':
      case 'double-quoted-scalar':
      case 'block-scalar':
        return this.scalar(token);
      case 'block-map':
        return this.blockMap(token, depth);
      case 'block-seq':
        return this.blockSeq(token, depth);
      case 'flow-collection':
        return this.flowCollection(token, depth);
      default:
        return giveUp();
    }
  }

  /** resolve-block-map.js for implicit scalar keys on one line, each with a `:` and distinct from the others. */
  private blockMap(map: CST.BlockMap, depth: number): Built<MapNode> {
    // Its entries are one level deeper, empty values too (the Converter reports those past MAX_DEPTH).
    if (depth + 1 > MAX_DEPTH) giveUp();
    let offset = map.offset;
    let commentEnd: number | null = null;
    const pairs: Pair[] = [];
    const seen = new Set<string>();
    for (const { start, key, sep, value } of map.items) {
      const keyProps = this.props(start, 'explicit-key-ind', offset, true);
      if (keyProps.found) giveUp();
      if (!sep) {
        if (key) giveUp();
        commentEnd = keyProps.end;
        continue;
      }
      if (!key || (key.type !== 'scalar' && key.type !== 'single-quoted-scalar' && key.type !== 'double-quoted-scalar')) return giveUp();
      if (key.indent !== map.indent || key.source.includes('\n') || key.end?.some((token) => token.type === 'newline')) giveUp();
      const built = this.scalar(key);
      const identity = keyIdentity(built.node.value);
      if (seen.has(identity)) giveUp();
      seen.add(identity);
      const valueProps = this.props(sep, 'map-value-ind', built.end, false);
      if (!valueProps.found) giveUp();
      // The Composer's strict limit on an implicit key's length (1024), with room to spare.
      if (valueProps.found.offset - keyProps.end > 1000) giveUp();
      if (value?.type === 'block-map' && !valueProps.hasNewline) giveUp();
      const child = value ? this.node(value, depth + 1) : this.empty(valueProps.end, sep, valueProps);
      offset = child.end;
      pairs.push({ key: built.node, value: child.node });
    }
    if (commentEnd !== null && commentEnd < offset) giveUp();
    return { node: { kind: 'map', pairs, offset: map.offset, length: offset - map.offset }, end: commentEnd ?? offset };
  }

  /** resolve-block-seq.js: every entry has its `-`. */
  private blockSeq(seq: CST.BlockSequence, depth: number): Built<SeqNode> {
    if (depth + 1 > MAX_DEPTH) giveUp();
    let offset = seq.offset;
    let commentEnd: number | null = null;
    const items: Node[] = [];
    for (const { start, value } of seq.items) {
      const props = this.props(start, 'seq-item-ind', offset, true);
      if (!props.found) {
        if (value) giveUp();
        commentEnd = props.end;
        continue;
      }
      const child = value ? this.node(value, depth + 1) : this.empty(props.end, start, props);
      offset = child.end;
      items.push(child.node);
    }
    return { node: { kind: 'seq', items, offset: seq.offset, length: offset - seq.offset }, end: commentEnd ?? offset };
  }

  /**
   * resolve-flow-collection.js for a flow sequence of scalars or a flow map of
   * scalar keys and values, one comma between entries (a last one may trail);
   * a nested flow collection, a pair in a sequence or `?` gives up.
   */
  private flowCollection(flow: CST.FlowCollection, depth: number): Built<MapNode | SeqNode> {
    const isMap = flow.start.source === '{';
    let offset = flow.offset + flow.start.source.length;
    const items: ScalarNode[] = [];
    const pairs: Pair[] = [];
    const seen = new Set<string>();
    for (let i = 0; i < flow.items.length; i++) {
      const { start, key, sep, value } = flow.items[i];
      const props = this.props(start, 'explicit-key-ind', offset, false, true);
      if (props.found) giveUp();
      if (!key && !sep && !value) {
        // Only a trailing comma (or comment) after the last entry; an empty entry anywhere else is an error.
        if (i === 0 || i < flow.items.length - 1) giveUp();
        offset = props.end;
        continue;
      }
      if ((i === 0) !== !props.comma) giveUp();
      if (depth + 1 > MAX_DEPTH) giveUp();
      if (!isMap) {
        if (key || sep || !value || !isFlowScalar(value)) giveUp();
        const item = this.scalar(value);
        items.push(item.node);
        offset = item.end;
        continue;
      }
      if (!key || !sep || !isFlowScalar(key) || key.source.includes('\n') || (value && !isFlowScalar(value))) giveUp();
      const built = this.scalar(key);
      const identity = keyIdentity(built.node.value);
      if (seen.has(identity)) giveUp();
      seen.add(identity);
      const valueProps = this.props(sep, 'map-value-ind', built.end, false, true);
      if (!valueProps.found || valueProps.comma) giveUp();
      const child = value ? this.scalar(value) : this.empty(valueProps.end, sep, valueProps);
      pairs.push({ key: built.node, value: child.node });
      offset = child.end;
    }
    const [close, ...rest] = flow.end;
    if (close?.source !== (isMap ? '}' : ']')) giveUp();
    const closed = close.offset + close.source.length;
    this.end(rest, true);
    const last = rest[rest.length - 1];
    const end = last ? last.offset + last.source.length : closed;
    const length = closed - flow.offset;
    const node: MapNode | SeqNode = isMap ? { kind: 'map', pairs, offset: flow.offset, length } : { kind: 'seq', items, offset: flow.offset, length };
    return { node, end };
  }

  /** compose-scalar.js with no tag: a plain scalar takes the first implicit type whose pattern matches, others stay strings. */
  private scalar(token: CST.FlowScalar | CST.BlockScalar): Built<ScalarNode> {
    const resolved = CST.resolveAsScalar(token, true, giveUp);
    if (!resolved || resolved.type === null) return giveUp();
    const { type, range } = resolved;
    const value = token.type === 'scalar' ? implicitValue(resolved.value) : resolved.value;
    const [start, end] = range;
    const quoted = type === 'QUOTE_DOUBLE' || type === 'QUOTE_SINGLE';
    const contentOffset = quoted ? start + 1 : start;
    let verbatim = false;
    if (typeof value === 'string') {
      const source = this.text.slice(start, end);
      verbatim = (quoted ? source.slice(1, -1) : source) === value;
    }
    const node: ScalarNode = { kind: 'scalar', value, offset: start, length: end - start, contentOffset, verbatim, plain: type === 'PLAIN' };
    return { node, end: range[2] };
  }

  /** compose-node.js composeEmptyNode: a null plain scalar after the last token before it that is not blank or a comment. */
  private empty(offset: number, before: CST.SourceToken[], props: Props): Built<ScalarNode> {
    let at = offset;
    for (let i = before.length - 1; i >= 0; --i) {
      const type = before[i].type;
      if (type === 'space' || type === 'comment' || type === 'newline') {
        at -= before[i].source.length;
        continue;
      }
      for (let j = i + 1; before[j]?.type === 'space'; j++) at += before[j].source.length;
      break;
    }
    const value = implicitValue('');
    const node: ScalarNode = { kind: 'scalar', value, offset: at, length: 0, contentOffset: at, verbatim: value === '', plain: true };
    return { node, end: props.hasComment ? props.end : at };
  }

  /** resolve-props.js without anchors, tags or tabs: only blanks, comments after a blank, and at most one `indicator`. */
  private props(tokens: CST.SourceToken[], indicator: string, offset: number, startOnNewline: boolean, inFlow = false): Props {
    let hasSpace = startOnNewline;
    let found: CST.SourceToken | null = null;
    let comma = false;
    let hasNewline = false;
    let hasComment = false;
    for (const token of tokens) {
      switch (token.type) {
        case 'space':
          if (token.source.includes('\t')) giveUp();
          hasSpace = true;
          break;
        case 'comment':
          if (!hasSpace) giveUp();
          hasComment = true;
          break;
        case 'newline':
          hasNewline = true;
          hasSpace = true;
          break;
        case 'comma':
          if (!inFlow || comma) giveUp();
          comma = true;
          hasSpace = false;
          break;
        default:
          if (token.type !== indicator || found) giveUp();
          found = token;
          hasSpace = false;
      }
    }
    const last = tokens[tokens.length - 1];
    return { found, hasNewline, hasComment, comma, end: last ? last.offset + last.source.length : offset };
  }

  /** resolve-end.js: only blanks and comments may follow a node. */
  private end(tokens: CST.SourceToken[] | undefined, requireSpace: boolean): void {
    let hasSpace = false;
    for (const token of tokens ?? []) {
      if (token.type === 'space' || token.type === 'newline') hasSpace = true;
      else if (token.type !== 'comment' || (requireSpace && !hasSpace)) giveUp();
    }
  }
}

function isFlowScalar(token: CST.Token): token is CST.FlowScalar {
  return token.type === 'scalar' || token.type === 'single-quoted-scalar' || token.type === 'double-quoted-scalar';
}

/** The value the core schema gives a plain scalar's text (compose-scalar.js findScalarTagByTest, then the tag's resolve). */
export function implicitValue(source: string): ScalarValue {
  // Every implicit type's pattern starts with one of these (or matches the empty text): the rest are strings.
  if (source.length > 0 && !MAY_BE_TYPED.has(source.charCodeAt(0))) return source;
  const tag = IMPLICIT_TAGS.find((candidate) => candidate.test!.test(source));
  if (!tag) return source;
  const resolve = tag.resolve as (source: string, onError: (message: string) => void, options: unknown) => unknown;
  const resolved = resolve(source, giveUp, COMPOSED.options);
  const value: unknown = isScalar(resolved) ? resolved.value : resolved;
  if (value === null || typeof value === 'string' || typeof value === 'boolean' || typeof value === 'number') return value;
  return giveUp();
}

/** First characters of core schema null, bool, int and float texts: `~ n N t T f F + - .` and digits. */
const MAY_BE_TYPED = new Set([...'~nNtTfF+-.0123456789'].map((c) => c.charCodeAt(0)));
