/**
 * How deep a text nests, measured from the parsers' own tokenisers before
 * anything recursive runs. The `yaml` composer and jsonc-parser recurse once
 * per level; a 1 KB file of `[` exhausts the stack, and V8 may then abort the
 * whole process (SIGABRT) instead of throwing a catchable RangeError. Text
 * nested deeper than MAX_NESTING is therefore never handed to them.
 *
 * The tokenisers are iterative and decide quotes, comments and block scalars
 * exactly as the parsers do, so nothing can be hidden from the count. Block
 * nesting is counted from indentation plus compact `- `/`? ` entries, which
 * can only count more than the parser nests, never less.
 */
import { Lexer } from 'yaml';
import { createScanner } from 'jsonc-parser';
import { MAX_NESTING } from '../limits';

/** Offset where `text` (JSON or JSONC) first nests deeper than `limit`, or undefined. */
export function jsonTooDeepAt(text: string, limit = MAX_NESTING): number | undefined {
  // jsonc-parser's SyntaxKind is a const enum that the bundler cannot inline: 1 `{`, 2 `}`, 3 `[`, 4 `]`, 17 end.
  const scanner = createScanner(text, true);
  let depth = 0;
  for (let kind = scanner.scan(); kind !== 17; kind = scanner.scan()) {
    if (kind === 1 || kind === 3) {
      if (++depth > limit) return scanner.getTokenOffset();
    } else if ((kind === 2 || kind === 4) && depth > 0) depth--;
  }
  return undefined;
}

/** Offset where YAML `text` first nests deeper than `limit`, or undefined (for tests; parsing uses YamlNesting). */
export function yamlTooDeepAt(text: string, limit = MAX_NESTING): number | undefined {
  const nesting = new YamlNesting(limit);
  let offset = 0;
  for (const lexeme of new Lexer().lex(text)) {
    if (nesting.tooDeep(lexeme)) return offset;
    if (!isControl(lexeme)) offset += lexeme.length;
  }
  return undefined;
}

/** The lexer's document, flow-error and scalar markers take no room in the text. */
function isControl(lexeme: string): boolean {
  return lexeme.length === 1 && lexeme.charCodeAt(0) < 0x20 && lexeme !== '\n' && lexeme !== '\t' && lexeme !== '\r';
}

/**
 * Fed every lexeme of the `yaml` Lexer in order; says when the nesting passes
 * the limit. Block levels are kept as a stack of keys, 2 × column, plus one
 * for a `- ` entry: a sequence may sit at its parent key's column (`a:` then
 * `- b`) and is still one level deeper.
 */
export class YamlNesting {
  private readonly levels: number[] = [];
  private flow = 0;
  private column = 0;
  /** A node starts at the next content: at a line start, or after a `- ` or `? ` indicator. */
  private nodeStart = true;
  private scalarSource = false;

  constructor(private readonly limit = MAX_NESTING) {}

  /** Flow collections (`[`, `{`) open after the lexemes so far. */
  get openFlows(): number {
    return this.flow;
  }

  tooDeep(lexeme: string): boolean {
    if (isControl(lexeme)) {
      if (lexeme === '\u001f') this.scalarSource = true;
      return false;
    }
    const column = this.column;
    const newline = lastNewline(lexeme);
    this.column = newline < 0 ? column + lexeme.length : lexeme.length - newline - 1;
    if (this.scalarSource) {
      // The source of a scalar (plain, quoted or block, maybe over several lines): nothing nests inside.
      this.scalarSource = false;
      if (newline >= 0) this.nodeStart = true;
      return this.startNode(column, false);
    }
    const c = lexeme[0];
    if (c === '\n' || c === '\r') {
      this.nodeStart = true;
      return false;
    }
    if (c === ' ' || c === '\t' || c === '#') return false;
    const compact = (c === '-' || c === '?') && lexeme.length === 1;
    if (this.startNode(column, c === '-' && compact)) return true;
    if (c === '[' || c === '{') this.flow++;
    else if ((c === ']' || c === '}') && this.flow > 0) this.flow--;
    if (compact && this.flow === 0) this.nodeStart = true;
    return this.levels.length + this.flow > this.limit;
  }

  private startNode(column: number, sequenceEntry: boolean): boolean {
    if (!this.nodeStart) return false;
    this.nodeStart = false;
    if (this.flow > 0) return false;
    const key = 2 * column + (sequenceEntry ? 1 : 0);
    while (this.levels.length > 0 && this.levels[this.levels.length - 1] >= key) this.levels.pop();
    this.levels.push(key);
    return this.levels.length > this.limit;
  }
}

/** `text.lastIndexOf('\n')`: a loop from the end, as the lexemes are short and lastIndexOf took 2 % of a YAML lint. */
function lastNewline(text: string): number {
  for (let i = text.length - 1; i >= 0; i--) if (text.charCodeAt(i) === 10) return i;
  return -1;
}
