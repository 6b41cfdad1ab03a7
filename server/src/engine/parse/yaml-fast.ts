/**
 * The fast path of the YAML parse (issue 12): the neutral tree built straight
 * from the `yaml` package's CST (Lexer + Parser tokens) for ordinary YAML —
 * one document of block maps and sequences, flat flow sequences and maps,
 * plain, quoted and block scalars and comments — without the package's
 * Composer and its Document, which parseYamlDocuments converts (a third of a
 * large file's parse).
 *
 * yaml-fast-tree.ts mirrors what the Composer does with such tokens and gives
 * up at the first thing it is not sure of: anything the Composer would report
 * as an error or warning, anchors, aliases, tags, nested flow collections,
 * directives, `...`, several documents, explicit and non-scalar keys,
 * multi-line keys, a repeated key, a tab among a node's properties, nesting
 * past MAX_DEPTH or MAX_NESTING. recover.ts then has parseYamlDocuments parse
 * the text as before. Where it accepts, the result is the full path's, field
 * for field (a differential property test, test/engine/yaml-fast.property.test.ts,
 * checks this on the seeds, fuzz cases and generated YAML).
 */
import { CST, Lexer, Parser } from 'yaml';
import type { ParsedDocument } from './tree';
import { YamlNesting } from './depth';
import { CommentCollector, type ParseMeter } from './yaml';
import { GIVE_UP, TreeBuilder, giveUp } from './yaml-fast-tree';

/** Lexemes whose token type the fast path never accepts: seen while lexing, so most texts it gives up on cost no CST parse. */
const REFUSED_LEXEMES = new Set<string>(['anchor', 'alias', 'tag', 'directive-line', 'doc-end', 'explicit-key-ind', 'flow-error-end']);

/** Off only in the differential test, to get the full path's result for the same text. */
let enabled = true;

/** Turns the fast path on or off (tests); returns the previous setting. */
export function setYamlFastPath(on: boolean): boolean {
  const previous = enabled;
  enabled = on;
  return previous;
}

/**
 * The tree of an ordinary YAML text (one document or none), or undefined when
 * parseYamlDocuments must parse it. `metered.steps` counts the lexemes it
 * stepped the meter for, so that the full parse after it need not again.
 */
export function parseOrdinaryYaml(text: string, meter?: ParseMeter, metered = { steps: 0 }): ParsedDocument[] | undefined {
  if (!enabled) return undefined;
  try {
    return parse(text, meter, metered);
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

/** The meter, its first `steps` steps not taken (they were taken for the same lexemes by a fast path that gave up). */
export function skippingSteps(meter: ParseMeter | undefined, steps: number): ParseMeter | undefined {
  if (!meter || steps === 0) return meter;
  let skip = steps;
  return {
    step() {
      if (skip > 0) skip--;
      else meter.step();
    },
  };
}

function parse(text: string, meter: ParseMeter | undefined, metered: { steps: number }): ParsedDocument[] {
  const parser = new Parser();
  const nesting = new YamlNesting();
  const comments = new CommentCollector();
  const tokens: CST.Token[] = [];
  let scalarSource = false;
  for (const lexeme of new Lexer().lex(text)) {
    meter?.step();
    metered.steps++;
    comments.take(lexeme);
    if (nesting.tooDeep(lexeme)) giveUp();
    if (scalarSource) scalarSource = false;
    else {
      const type = CST.tokenType(lexeme);
      if (type === 'scalar') scalarSource = true;
      else if (type == null || REFUSED_LEXEMES.has(type)) giveUp();
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
  }
  for (const token of parser.end()) tokens.push(token);
  let document: CST.Document | undefined;
  for (const token of tokens) {
    if (token.type === 'document' && document === undefined) document = token;
    else if (token.type !== 'byte-order-mark' && token.type !== 'space' && token.type !== 'comment' && token.type !== 'newline') giveUp();
  }
  const root = document ? new TreeBuilder(text).document(document) : null;
  return [{ root, offset: 0, length: text.length, comments: comments.found, problems: [], anchors: new Map() }];
}
