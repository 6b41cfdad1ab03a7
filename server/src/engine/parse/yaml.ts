/**
 * YAML (1.2, multi-document) into the neutral tree, through the `yaml`
 * package's CST parser and composer so that comments keep their offsets.
 * Aliases are never resolved here (see tree.ts).
 */
import { CST, Composer, Lexer, Parser, isAlias, isMap, isPair, isScalar, isSeq, type Document, type Scalar } from 'yaml';
import type { AliasNode, Comment, Node, ParsedDocument, ScalarNode, ScalarValue, SyntaxProblem } from './tree';
import { MAX_DEPTH, MAX_NESTING } from '../limits';
import { YamlNesting } from './depth';

// Duplicate keys are found by the Converter: the composer's own check compares each key with all before it (20,000 keys: 12 s).
const COMPOSER_OPTIONS = { prettyErrors: false, strict: true, uniqueKeys: false } as const;

/** The problem for a key equal to an earlier one in its map (parsing in pieces, yaml-pieces.ts, makes it too). */
export function duplicateKeyProblem(offset: number): SyntaxProblem {
  return { offset, length: 1, message: 'Map keys must be unique' };
}

/** What makes two scalar keys of one map the same key, as the Converter compares them. */
export function keyIdentity(value: unknown): string {
  return `${typeof value}:${String(value)}`;
}

/**
 * Called once per line (the line scanner, yaml-block.ts) or per token (the
 * lexer) while a YAML text is read, so that the linter's time limit can stop
 * a long parse (it throws; see budget.ts). The lexer and the syntax tree are
 * most of a CST parse's time; the composition after them is not interrupted.
 */
export interface ParseMeter {
  step(): void;
}

/** Filled by a parse that is given one: how the text ended (recover.ts parses prefixes and must know if one cut a flow collection). */
export interface TextEnd {
  openFlows: number;
}

/** Parse one chunk of YAML text (one or more documents); offsets are relative to `text`. */
export function parseYamlDocuments(text: string, meter?: ParseMeter, end?: TextEnd): ParsedDocument[] {
  // The CST parser is iterative; the composer recurses per level, so it only gets text whose nesting was counted (depth.ts).
  const parser = new Parser();
  const nesting = new YamlNesting();
  const comments = new CommentCollector();
  const lexemes = new Lexer().lex(text);
  let tooDeep: SyntaxProblem | undefined;
  // Tokens go straight to the composer, as the package's own parseAllDocuments does: no token list (spreading each
  // lexeme's tokens into one was a tenth of a small file's lint). The parser hands over a document only after the
  // lexeme that ends it, so every lexeme of a document has been counted before the composer sees it.
  function* counted(): Generator<CST.Token> {
    for (const lexeme of lexemes) {
      meter?.step();
      comments.take(lexeme);
      if (nesting.tooDeep(lexeme)) {
        tooDeep = { offset: parser.offset, length: 1, message: String(MAX_NESTING), kind: 'tooDeep' };
        return;
      }
      yield* parser.next(lexeme);
    }
    yield* parser.end();
  }
  const composer = new Composer(COMPOSER_OPTIONS);
  const composed: Array<Document.Parsed | undefined> = withoutStackTraces(() => Array.from(composer.compose(counted(), true, text.length)));
  if (end) end.openFlows = nesting.openFlows;
  if (tooDeep) {
    // Not parsed further, but lexed to the end: a suppression comment after the deep part still counts.
    for (const rest of lexemes) comments.take(rest);
    return [{ root: null, offset: 0, length: text.length, comments: comments.found, problems: [tooDeep], anchors: new Map() }];
  }
  if (composed.length === 0) {
    return [{ root: null, offset: 0, length: text.length, comments: comments.found, problems: [], anchors: new Map() }];
  }
  const converter = new Converter(text);
  const converted: ParsedDocument[] = [];
  for (let index = 0; index < composed.length; index++) {
    const document = composed[index]!;
    const start = index === 0 ? 0 : (document.range?.[0] ?? 0);
    const end = index + 1 < composed.length ? (composed[index + 1]!.range?.[0] ?? text.length) : text.length;
    converted.push(convertDocument(converter, document, start, end));
    // Each composed document goes once converted, so a file of many holds one package document at a time beside its own tree.
    composed[index] = undefined;
  }
  assignComments(converted, comments.found);
  return converted;
}

/** Each document's comments, in one pass: both lists are in text order (a filter per document was quadratic in a file of many documents). */
function assignComments(documents: ParsedDocument[], found: readonly Comment[]): void {
  let next = 0;
  for (const document of documents) {
    const end = document.offset + document.length;
    while (next < found.length && found[next].offset < document.offset) next++;
    const first = next;
    while (next < found.length && found[next].offset < end) next++;
    document.comments = found.slice(first, next);
  }
}

/**
 * Runs `compose` with no stack trace captured for an Error. The composer makes
 * an Error object for every syntax problem (a broken file has hundreds, and
 * recover.ts parses it up to 21 times), and capturing its stack was most of
 * the time: a 2.8 KB file of duplicated blocks took 118 ms to lint. Only the
 * errors' positions, codes and messages are read. Restored before returning.
 */
function withoutStackTraces<T>(compose: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return compose();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

function convertDocument(converter: Converter, document: Document.Parsed, start: number, end: number): ParsedDocument {
  converter.beginDocument();
  const root = document.contents ? converter.node(document.contents, 0) : null;
  const problems: SyntaxProblem[] = document.errors.map((error) => ({
    offset: error.pos[0],
    length: Math.max(1, error.pos[1] - error.pos[0]),
    message: error.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, ''),
    code: error.code,
  }));
  for (const alias of converter.unresolvedAliases) {
    problems.push({ offset: alias.offset, length: alias.length, message: `Alias *${alias.source} refers to no anchor defined before it` });
  }
  if (converter.duplicateKeys.length > 0) {
    for (const duplicate of converter.duplicateKeys.splice(0)) problems.push(duplicate);
    problems.sort((a, b) => a.offset - b.offset);
  }
  if (converter.tooDeep !== undefined) {
    problems.push({ offset: converter.tooDeep, length: 1, message: `Nesting deeper than ${MAX_DEPTH} levels is not checked` });
  }
  return { root, offset: start, length: end - start, comments: [], problems, anchors: converter.anchors };
}

class Converter {
  anchors = new Map<string, Node>();
  tooDeep: number | undefined;
  /** Aliases whose anchor is not defined earlier in the document (YAML requires it before use). */
  unresolvedAliases: AliasNode[] = [];

  /** A scalar key equal (same type and value) to an earlier one in its map, as the composer's uniqueKeys reported it. */
  duplicateKeys: SyntaxProblem[] = [];

  beginDocument(): void {
    this.anchors = new Map();
    this.unresolvedAliases = [];
    this.tooDeep = undefined;
  }

  constructor(private readonly text: string) {}

  node(value: unknown, depth: number): Node | null {
    const range = (value as { range?: [number, number, number] }).range ?? [0, 0, 0];
    if (depth > MAX_DEPTH) {
      this.tooDeep ??= range[0];
      return null;
    }
    let node: Node | null = null;
    if (isScalar(value)) node = this.scalar(value);
    else if (isAlias(value)) {
      const alias: AliasNode = { kind: 'alias', source: value.source, offset: range[0], length: range[1] - range[0] };
      if (!this.anchors.has(value.source)) this.unresolvedAliases.push(alias);
      node = alias;
    } else if (isMap(value)) {
      const pairs = [];
      const keys = new MapKeys();
      for (const item of value.items) {
        if (!isPair(item)) continue;
        if (isScalar(item.key) && keys.repeats(item.key.value)) this.duplicateKeys.push(duplicateKeyProblem(item.key.range?.[0] ?? 0));
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
    const quoted = scalar.type === 'QUOTE_DOUBLE' || scalar.type === 'QUOTE_SINGLE';
    const contentOffset = quoted ? start + 1 : start;
    // The source without its quotes is the value as written when it has its length and text: compared in place, not sliced.
    const sourceLength = Math.max(0, Math.min(end, this.text.length) - start);
    const contentLength = quoted ? Math.max(0, sourceLength - 2) : sourceLength;
    const node: ScalarNode = {
      kind: 'scalar',
      value,
      offset: start,
      length: end - start,
      contentOffset,
      verbatim: typeof value === 'string' && value.length === contentLength && this.text.startsWith(value, contentOffset),
      plain: scalar.type === 'PLAIN',
    };
    if (scalar.tag) node.tag = scalar.tag;
    return node;
  }
}

/**
 * The scalar keys of one map so far, to tell a repeated one. Most maps are
 * small: their keys are compared directly, and only a map of more than
 * SMALL_MAP keys makes the identity strings and a set of them.
 */
class MapKeys {
  private readonly values: unknown[] = [];
  private identities: Set<string> | undefined;

  /** Adds the key; true when an equal one (keyIdentity) came before. */
  repeats(value: unknown): boolean {
    if (this.identities) {
      const identity = keyIdentity(value);
      const repeated = this.identities.has(identity);
      this.identities.add(identity);
      return repeated;
    }
    let repeated = false;
    for (const earlier of this.values) {
      if (typeof earlier === typeof value && String(earlier) === String(value)) {
        repeated = true;
        break;
      }
    }
    this.values.push(value);
    if (this.values.length > SMALL_MAP) this.identities = new Set(this.values.map(keyIdentity));
    return repeated;
  }
}

const SMALL_MAP = 8;

function normaliseValue(value: unknown): ScalarValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return value;
  return String(value);
}

/**
 * Comments, as the lexer tokenises them: a `comment` lexeme is a comment and
 * nothing else is, so a `#` inside a quoted or block scalar, or inside a
 * complex key the converter keeps as text, never yields one (a regex over the
 * text missed scalars it did not know of). Offsets advance as the CST
 * parser's do: control lexemes (document, scalar, flow-error-end markers)
 * take no room in the text.
 */
export class CommentCollector {
  readonly found: Comment[] = [];
  private offset = 0;
  /** The lexeme after a scalar marker is scalar text, whatever its first character (a block scalar may start with `#`). */
  private atScalar = false;

  take(lexeme: string): void {
    if (this.atScalar) {
      this.atScalar = false;
      this.offset += lexeme.length;
      return;
    }
    const type = CST.tokenType(lexeme);
    if (type === 'scalar') this.atScalar = true;
    else if (type === 'doc-mode' || type === 'flow-error-end') return;
    else {
      if (type === 'comment') {
        // The old text scan stopped at \r; keep offsets and lengths the same for CRLF files.
        const body = lexeme.replace(/\r$/, '');
        this.found.push({ offset: this.offset, length: body.length, text: body.slice(1).trim() });
      }
      this.offset += lexeme.length;
    }
  }
}
