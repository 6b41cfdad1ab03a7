/**
 * JSON and JSONC into the neutral tree, built from jsonc-parser's visitor in
 * one pass so that comments keep their offsets. Comments and trailing commas
 * are accepted in `.json` too: appsettings.json and tsconfig.json carry them,
 * and the runtimes that read those files accept them.
 */
import { printParseErrorCode, visit, type ParseErrorCode } from 'jsonc-parser';
import type { Comment, MapNode, Node, ParsedDocument, ScalarNode, SeqNode, SyntaxProblem } from './tree';
import { MAX_DEPTH, MAX_NESTING } from '../limits';
import { jsonTooDeepAt } from './depth';
import { commentText, parseWellFormedJson, stringNode } from './json-fast';

type Container = MapNode | SeqNode;

export function parseJsonDocument(text: string): ParsedDocument {
  // Most files are well formed: one quick pass builds the same tree (json-fast.ts); jsonc-parser reads the rest and says what is wrong.
  return parseWellFormedJson(text) ?? parseJsonWithJsonc(text);
}

/** The full parse, errors and all: jsonc-parser's visitor. */
export function parseJsonWithJsonc(text: string): ParsedDocument {
  const tooDeep = jsonTooDeepAt(text);
  if (tooDeep !== undefined) {
    const problem: SyntaxProblem = { offset: tooDeep, length: 1, message: String(MAX_NESTING), kind: 'tooDeep' };
    return { root: null, offset: 0, length: text.length, comments: [], problems: [problem], anchors: new Map() };
  }
  const comments: Comment[] = [];
  const problems: SyntaxProblem[] = [];
  const stack: Container[] = [];
  let root: Node | null = null;
  let pendingKey: ScalarNode | null = null;
  let skippedDepth = 0;

  const attach = (node: Node): void => {
    const parent = stack[stack.length - 1];
    if (!parent) root ??= node;
    else if (parent.kind === 'seq') parent.items.push(node);
    else if (pendingKey) {
      parent.pairs.push({ key: pendingKey, value: node });
      pendingKey = null;
    }
  };
  const open = (node: Container): void => {
    if (stack.length >= MAX_DEPTH) {
      if (skippedDepth++ === 0) problems.push({ offset: node.offset, length: 1, message: `Nesting deeper than ${MAX_DEPTH} levels is not checked` });
      return;
    }
    attach(node);
    stack.push(node);
  };
  const close = (offset: number, length: number): void => {
    if (skippedDepth > 0) {
      skippedDepth--;
      return;
    }
    const node = stack.pop();
    if (node) node.length = offset + length - node.offset;
  };

  try {
    visit(
      text,
      {
        onObjectBegin: (offset) => open({ kind: 'map', pairs: [], offset, length: 1 }),
        onObjectEnd: close,
        onArrayBegin: (offset) => open({ kind: 'seq', items: [], offset, length: 1 }),
        onArrayEnd: close,
        onObjectProperty: (property, offset, length) => {
          if (skippedDepth === 0) pendingKey = stringNode(text, property, offset, length);
        },
        onLiteralValue: (value: unknown, offset, length) => {
          if (skippedDepth > 0) return;
          if (typeof value === 'string') attach(stringNode(text, value, offset, length));
          else attach({ kind: 'scalar', value: value as number | boolean | null, offset, length, contentOffset: offset, verbatim: false, plain: true });
        },
        onComment: (offset, length) => comments.push({ offset, length, text: commentText(text.slice(offset, offset + length)) }),
        onError: (error: ParseErrorCode, offset, length) =>
          problems.push({ offset, length: Math.max(1, length), message: describe(error), code: printParseErrorCode(error) }),
      },
      { allowTrailingComma: true, disallowComments: false, allowEmptyContent: true },
    );
  } catch (error) {
    // jsonc-parser descends recursively: absurd nesting exhausts the stack. Keep what was built.
    if (!(error instanceof RangeError)) throw error;
    problems.push({ offset: 0, length: 1, message: 'Nesting too deep to parse' });
  }
  return { root, offset: 0, length: text.length, comments, problems, anchors: new Map() };
}

/** jsonc-parser's codes (`CloseBraceExpected`) as sentences. */
function describe(error: ParseErrorCode): string {
  const words = printParseErrorCode(error)
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
