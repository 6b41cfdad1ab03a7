/**
 * YAML (1.2, multi-document) into the neutral tree, through the `yaml`
 * package's CST parser and composer so that comments keep their offsets.
 * Aliases are never resolved here (see tree.ts).
 */
import { Composer, Parser, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import type { AliasNode, Comment, Node, ParsedDocument, ScalarNode, ScalarValue, SyntaxProblem } from './tree';
import { MAX_DEPTH } from '../limits';

const COMPOSER_OPTIONS = { prettyErrors: false, strict: true, uniqueKeys: true } as const;

/** Parse one chunk of YAML text (one or more documents); offsets are relative to `text`. */
export function parseYamlDocuments(text: string): ParsedDocument[] {
  const tokens = Array.from(new Parser().parse(text));
  const comments = collectComments(tokens);
  const composed = Array.from(new Composer(COMPOSER_OPTIONS).compose(tokens, true, text.length));
  if (composed.length === 0) {
    return [{ root: null, offset: 0, length: text.length, comments, problems: [], anchors: new Map() }];
  }
  return composed.map((document, index) => {
    const start = index === 0 ? 0 : (document.range?.[0] ?? 0);
    const end = index + 1 < composed.length ? (composed[index + 1].range?.[0] ?? text.length) : text.length;
    return convertDocument(document, text, start, end, comments.filter((c) => c.offset >= start && c.offset < end));
  });
}

function convertDocument(document: Document.Parsed, text: string, start: number, end: number, comments: Comment[]): ParsedDocument {
  const converter = new Converter(text);
  const root = document.contents ? converter.node(document.contents, 0) : null;
  const problems: SyntaxProblem[] = document.errors.map((error) => ({
    offset: error.pos[0],
    length: Math.max(1, error.pos[1] - error.pos[0]),
    message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
  }));
  if (converter.tooDeep !== undefined) {
    problems.push({ offset: converter.tooDeep, length: 1, message: `Nesting deeper than ${MAX_DEPTH} levels is not checked` });
  }
  return { root, offset: start, length: end - start, comments, problems, anchors: converter.anchors };
}

class Converter {
  readonly anchors = new Map<string, Node>();
  tooDeep: number | undefined;

  constructor(private readonly text: string) {}

  node(value: unknown, depth: number): Node | null {
    const range = (value as { range?: [number, number, number] }).range ?? [0, 0, 0];
    if (depth > MAX_DEPTH) {
      this.tooDeep ??= range[0];
      return null;
    }
    let node: Node | null = null;
    if (isScalar(value)) node = this.scalar(value);
    else if (isAlias(value)) node = { kind: 'alias', source: value.source, offset: range[0], length: range[1] - range[0] } satisfies AliasNode;
    else if (isMap(value)) {
      const pairs = [];
      for (const item of value.items) {
        if (!isPair(item)) continue;
        const key = this.key(item.key);
        if (!key) continue;
        pairs.push({ key, value: item.value == null ? null : this.node(item.value, depth + 1) });
      }
      node = { kind: 'map', pairs, offset: range[0], length: range[1] - range[0] };
    } else if (isSeq(value)) {
      const items: Node[] = [];
      for (const item of value.items) {
        const child = item == null ? null : this.node(item, depth + 1);
        if (child) items.push(child);
      }
      node = { kind: 'seq', items, offset: range[0], length: range[1] - range[0] };
    }
    const anchor = (value as { anchor?: string }).anchor;
    if (node && anchor) {
      node.anchor = anchor;
      this.anchors.set(anchor, node);
    }
    return node;
  }

  /** Map keys become scalars; a complex key (a map as a key) keeps its source text as its value. */
  private key(key: unknown): ScalarNode | null {
    if (isScalar(key)) return this.scalar(key);
    const range = (key as { range?: [number, number, number] } | null)?.range;
    if (!range) return null;
    const source = this.text.slice(range[0], range[1]);
    return { kind: 'scalar', value: source, offset: range[0], length: range[1] - range[0], contentOffset: range[0], verbatim: true, plain: true };
  }

  private scalar(scalar: Scalar): ScalarNode {
    const [start, end] = scalar.range ?? [0, 0, 0];
    const value = normaliseValue(scalar.value);
    const source = this.text.slice(start, end);
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    const contentOffset = quoted ? start + 1 : start;
    const content = quoted ? source.slice(1, -1) : source;
    const node: ScalarNode = {
      kind: 'scalar',
      value,
      offset: start,
      length: end - start,
      contentOffset,
      verbatim: typeof value === 'string' && content === value,
      plain: scalar.type === 'PLAIN',
    };
    if (scalar.tag) node.tag = scalar.tag;
    return node;
  }
}

function normaliseValue(value: unknown): ScalarValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  return String(value);
}

/** Every comment token in the CST, found with an explicit stack (no recursion limit to hit). */
function collectComments(tokens: unknown[]): Comment[] {
  const comments: Comment[] = [];
  const stack: unknown[] = [...tokens];
  while (stack.length > 0) {
    const item = stack.pop();
    if (!item || typeof item !== 'object') continue;
    if (Array.isArray(item)) {
      for (const child of item) stack.push(child);
      continue;
    }
    const token = item as { type?: string; offset?: number; source?: string };
    if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
      comments.push({ offset: token.offset, length: token.source.length, text: token.source.replace(/^#/, '').trim() });
      continue;
    }
    for (const child of Object.values(item)) if (child && typeof child === 'object') stack.push(child);
  }
  return comments.sort((a, b) => a.offset - b.offset);
}
