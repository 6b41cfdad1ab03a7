/**
 * Documents for the fix property tests: a small tree of maps, lists and
 * scalars, with comments, written out in the styles real files use: YAML
 * block (any indentation step, lists indented or not, CRLF line endings) and
 * flow (`{…}`, `[…]`), several YAML documents in one file, JSON compact or
 * one entry per line, JSONC with line comments. fast-check arbitraries build
 * the trees; this module only writes them.
 */
import fc from 'fast-check';
import { parseText } from '../../server/src/engine/parse';
import type { LanguageId } from '../../server/src/engine';

export interface DScalar {
  kind: 'scalar';
  value: string | number | boolean;
  /** How a string is quoted in YAML ('' = plain where that is safe). JSON always quotes strings. */
  quote?: '' | '"' | "'";
}
export interface DPair {
  key: string;
  value: Doc;
  /** A comment after the pair's first line. */
  comment?: string;
  /** A comment on its own line before the pair. */
  before?: string;
}
export interface DMap {
  kind: 'map';
  pairs: DPair[];
  flow?: boolean;
}
export interface DSeq {
  kind: 'seq';
  items: Doc[];
  flow?: boolean;
  /** A comment after each item's first line (by index). */
  comments?: Array<string | undefined>;
}
export type Doc = DScalar | DMap | DSeq;

export interface Style {
  /** Indentation step. */
  indent: number;
  /** Block lists indented under their key (`key:\n  - a`) or not (`key:\n- a`). */
  indentLists: boolean;
  crlf: boolean;
  /** JSON: one entry per line (with `//` comments) or all on one line (comments dropped). */
  pretty: boolean;
}

export const sc = (value: string | number | boolean, quote: DScalar['quote'] = ''): DScalar => ({ kind: 'scalar', value, quote });
export const map = (pairs: Array<[string, Doc]> | DPair[], flow = false): DMap => ({
  kind: 'map',
  pairs: pairs.map((pair) => (Array.isArray(pair) ? { key: pair[0], value: pair[1] } : pair)),
  flow,
});
export const seq = (items: Doc[], flow = false, comments?: Array<string | undefined>): DSeq => ({ kind: 'seq', items, flow, comments });

const pad = (n: number) => ' '.repeat(n);

function plainOk(text: string, inFlow: boolean): boolean {
  if (text === '' || text.trim() !== text || /[\n\r]/.test(text)) return false;
  if (/^[-?:,[\]{}#&*!|>'"%@`]/.test(text) || /: |:$| #/.test(text)) return false;
  return !(inFlow && /[,[\]{}]/.test(text));
}

function yamlScalar(node: DScalar, inFlow: boolean): string {
  if (typeof node.value !== 'string') return String(node.value);
  if (node.quote === '"' || (!node.quote && !plainOk(node.value, inFlow)) || (node.quote === "'" && node.value.includes('\n')))
    return JSON.stringify(node.value);
  return node.quote === "'" ? `'${node.value.replace(/'/g, "''")}'` : node.value;
}

const yamlKey = (key: string, inFlow: boolean) => (plainOk(key, inFlow) ? key : JSON.stringify(key));

function yamlFlow(node: Doc): string {
  if (node.kind === 'scalar') return yamlScalar(node, true);
  if (node.kind === 'seq') return `[${node.items.map(yamlFlow).join(', ')}]`;
  return `{${node.pairs.map((pair) => `${yamlKey(pair.key, true)}: ${yamlFlow(pair.value)}`).join(', ')}}`;
}

const isEmpty = (node: Doc) => (node.kind === 'map' && node.pairs.length === 0) || (node.kind === 'seq' && node.items.length === 0);
const trailing = (comment: string | undefined) => (comment ? `  # ${comment}` : '');

function blockMap(node: DMap, at: number, style: Style): string[] {
  const lines: string[] = [];
  for (const pair of node.pairs) {
    if (pair.before) lines.push(`${pad(at)}# ${pair.before}`);
    const head = `${pad(at)}${yamlKey(pair.key, false)}:`;
    const value = pair.value;
    if (value.kind === 'scalar') lines.push(`${head} ${yamlScalar(value, false)}${trailing(pair.comment)}`);
    else if (value.flow || isEmpty(value)) lines.push(`${head} ${yamlFlow(value)}${trailing(pair.comment)}`);
    else if (value.kind === 'map') lines.push(`${head}${trailing(pair.comment)}`, ...blockMap(value, at + style.indent, style));
    else lines.push(`${head}${trailing(pair.comment)}`, ...blockSeq(value, at + (style.indentLists ? style.indent : 0), style));
  }
  return lines;
}

function blockSeq(node: DSeq, at: number, style: Style): string[] {
  const lines: string[] = [];
  node.items.forEach((item, index) => {
    const comment = node.comments?.[index];
    if (item.kind === 'map' && !item.flow && item.pairs.length > 0) {
      const [first, ...rest] = item.pairs;
      if (first.before) lines.push(`${pad(at)}# ${first.before}`);
      const inner = blockMap({ ...item, pairs: [{ ...first, before: undefined }, ...rest] }, at + 2, style);
      lines.push(`${pad(at)}- ${inner[0].slice(at + 2)}`, ...inner.slice(1));
    } else lines.push(`${pad(at)}- ${item.kind === 'scalar' ? yamlScalar(item, false) : yamlFlow(item)}${trailing(comment)}`);
  });
  return lines;
}

/** One YAML document (its root a map); several are joined with `---`. */
export function yaml(documents: DMap[], style: Style, leadingMarker = false): string {
  const text =
    (leadingMarker ? '---\n' : '') + documents.map((root) => `${(root.flow ? [yamlFlow(root)] : blockMap(root, 0, style)).join('\n')}\n`).join('---\n');
  return style.crlf ? text.replace(/\n/g, '\r\n') : text;
}

export function json(root: Doc, style: Style): string {
  const write = (node: Doc, at: number): string => {
    if (node.kind === 'scalar') return JSON.stringify(node.value);
    const entries =
      node.kind === 'map'
        ? node.pairs.map((pair) => ({
            text: `${JSON.stringify(pair.key)}: ${write(pair.value, at + style.indent)}`,
            comment: pair.comment,
            before: pair.before,
          }))
        : node.items.map((item, index) => ({ text: write(item, at + style.indent), comment: node.comments?.[index], before: undefined }));
    const [open, close] = node.kind === 'map' ? ['{', '}'] : ['[', ']'];
    if (entries.length === 0) return `${open}${close}`;
    if (!style.pretty) return `${open}${entries.map((entry) => entry.text).join(', ')}${close}`;
    const inner = pad(at + style.indent);
    const lines = entries.map((entry, index) => {
      const before = entry.before ? `${inner}// ${entry.before}\n` : '';
      const comma = index < entries.length - 1 ? ',' : '';
      return `${before}${inner}${entry.text}${comma}${entry.comment ? ` // ${entry.comment}` : ''}`;
    });
    return `${open}\n${lines.join('\n')}\n${pad(at)}${close}`;
  };
  return `${write(root, 0)}\n`;
}

/** Every comment's source text, sorted, to compare a file's comments before and after a fix. */
export function commentTexts(text: string, language: LanguageId): string[] {
  return parseText(text, language)
    .documents.flatMap((document) => document.comments.map((comment) => text.slice(comment.offset, comment.offset + comment.length).trim()))
    .sort();
}

export function syntaxProblems(text: string, language: LanguageId): number {
  return parseText(text, language).documents.reduce((sum, document) => sum + document.problems.length, 0);
}

/* ---------- arbitraries shared by every rule's documents ---------- */

export const styleArb: fc.Arbitrary<Style> = fc.record({
  indent: fc.constantFrom(2, 2, 4, 3),
  indentLists: fc.boolean(),
  crlf: fc.constantFrom(false, false, false, true),
  pretty: fc.boolean(),
});
export const quoteArb = fc.constantFrom<DScalar['quote']>('', '', '"', "'");
export const commentArb = fc.option(fc.constantFrom('keep this note', 'owner: platform team', 'see the runbook', 'TODO: tidy up'), { nil: undefined });

/** Keys and values no rule reports, to surround a trigger. */
const FILLER: Array<[string, Doc]> = [
  ['replicas', sc(3)],
  ['team', sc('platform')],
  ['retries', sc(5)],
  [
    'labels',
    map([
      ['app', sc('web')],
      ['tier', sc('frontend')],
    ]),
  ],
  ['note', sc('kept as written', '"')],
  ['timeoutSeconds', sc(30)],
];

/** Some clean pairs, each maybe with a comment before or after it. */
export const fillerArb: fc.Arbitrary<DPair[]> = fc
  .shuffledSubarray(FILLER, { maxLength: 3 })
  .chain((pairs) =>
    fc.tuple(
      ...pairs.map(([key, value]) =>
        fc.record({ comment: commentArb, before: commentArb }).map(({ comment, before }): DPair => ({ key, value, comment, before })),
      ),
    ),
  );

/**
 * A root map holding the trigger's pairs among clean ones, at the top or
 * nested one or two levels under neutral keys, with comments on the way.
 */
export function embedArb(trigger: fc.Arbitrary<DPair[]>): fc.Arbitrary<DMap> {
  return fc
    .record({
      trigger,
      around: fillerArb,
      position: fc.nat(3),
      depth: fc.nat(2),
      parents: fc.shuffledSubarray(['app', 'service', 'deploy'], { minLength: 2, maxLength: 2 }),
      parentComment: commentArb,
    })
    .map(({ trigger: pairs, around, position, depth, parents, parentComment }) => {
      const at = Math.min(position, around.length);
      let node: DMap = map([...around.slice(0, at), ...pairs, ...around.slice(at)]);
      for (let level = 0; level < depth; level++) node = map([{ key: parents[level], value: node, comment: level === 0 ? parentComment : undefined }]);
      return node;
    });
}

export interface Generated {
  text: string;
  language: LanguageId;
}

/** The root written as YAML (alone or among other documents) or as JSON/JSONC. */
export function writeArb(root: fc.Arbitrary<DMap>, options: { json?: boolean; multiDocument?: boolean } = {}): fc.Arbitrary<Generated> {
  const clean = fillerArb.map((pairs) => map(pairs.length > 0 ? pairs : [{ key: 'replicas', value: sc(1) }]));
  const written = fc
    .record({
      root,
      style: styleArb,
      format: fc.constantFrom('yaml', 'yaml', 'json', 'jsonc'),
      before: fc.array(clean, { maxLength: options.multiDocument === false ? 0 : 2 }),
      after: fc.array(clean, { maxLength: options.multiDocument === false ? 0 : 1 }),
      marker: fc.boolean(),
    })
    .map(({ root: doc, style, format, before, after, marker }) => {
      if (format === 'yaml' || options.json === false) return { text: yaml([...before, doc, ...after], style, marker), language: 'yaml' as const };
      const stripped = format === 'json' || !style.pretty ? withoutComments(doc) : doc;
      return { text: json(stripped, { ...style, crlf: false }), language: format as LanguageId };
    });
  // Some files end without a line break after their last line.
  return fc.tuple(written, fc.boolean()).map(([doc, ending]) => (ending ? doc : { ...doc, text: doc.text.replace(/\r?\n$/, '') }));
}

function withoutComments(node: Doc): Doc {
  if (node.kind === 'map') return { ...node, pairs: node.pairs.map((pair) => ({ key: pair.key, value: withoutComments(pair.value) })) };
  if (node.kind === 'seq') return { ...node, items: node.items.map(withoutComments), comments: undefined };
  return node;
}
