/**
 * Generated YAML made to tempt a hand-written parser (the fast path of
 * yaml-fast.ts, the line scanner of yaml-block.ts): every scalar style, plain
 * values the core schema types, comments in every gap and at every indent,
 * blank lines and lines of spaces, CRLF, a byte order mark, tabs, trailing
 * spaces, empty values, block scalar headers, compact maps in sequences, and
 * texts altered at one character.
 */
import fc from 'fast-check';

const PLAIN = [
  'a',
  'true',
  'True',
  'TRUE',
  'false',
  'yes',
  'no',
  'off',
  'null',
  'Null',
  'NULL',
  '~',
  '0',
  '-0',
  '+1',
  '012',
  '0o17',
  '0o8',
  '0x1F',
  '0xg',
  '1e3',
  '1E+3',
  '-2.5e-3',
  '.5',
  '5.',
  '1.0',
  '.inf',
  '-.Inf',
  '+.INF',
  '.nan',
  '.NaN',
  '1_000',
  '10.0.0.1',
  'http://10.0.0.1:80/x',
  'a b',
  'a:b',
  'a#b',
  'é',
  '-',
  '-a',
  '12:30',
  '2026-01-01',
  '0.0.0.0/0',
  '9007199254740993',
  '1e999',
];
const QUOTED = ["'a'", "''", "'it''s'", '"a"', '""', '"\\n\\t\\u00e9"', '"\\x41"', '"a\\\nb"', "'multi\n  line'", '"multi\n  line"', '"bad \\q"'];
const FLOW = [
  '[]',
  '{}',
  '[a, b]',
  '[ 1 , "x" ]',
  "['a', true, ~]",
  '[a,]',
  '[a, ]',
  '[,a]',
  '[a,,b]',
  '{a: 1, b: "x"}',
  '{a: 1,}',
  '{a: }',
  '{a:1}',
  '{"a":1}',
  '[a, [b]]',
  '{a: {b: 1}}',
  '{a: 1, a: 2}',
  '[a: b]',
  '{? a}',
  '{a}',
  '[a # c\n  , b]',
  '[a,\n  b]',
  '[a] # c',
  '[a]x',
  '[a',
  '{a: 1',
];
const BLOCK_HEADERS = ['|', '>', '|-', '>-', '|+', '>+', '|2', '>1-', '|-2', '|#c', '| # c'];

const gapComment = fc.constantFrom('', '', '', ' # c', '  #', ' #x#y', '\t# tab');
const trailing = fc.constantFrom('', '', '', ' ', '  ', '\t');
const plain = fc.oneof(fc.constantFrom(...PLAIN), fc.stringMatching(/^[a-z0-9.:/_-]{1,8}$/));
const key = fc.oneof(fc.constantFrom('a', 'b', 'c', 'url', 'host', '1', 'true', 'null', '"a"', "'b'", '"x y"', 'k-1'), plain);
const inlineScalar = fc.oneof(plain, fc.constantFrom(...QUOTED), fc.constantFrom(...FLOW), fc.constant(''));

/** A node written at `indent` after a key or `- `, as lines (the first continues the key's line). */
type Block = (indent: number) => fc.Arbitrary<string>;

const blockScalar: Block = (indent) =>
  fc
    .tuple(
      fc.constantFrom(...BLOCK_HEADERS),
      fc.array(fc.constantFrom('line', 'http://10.0.0.1/', '', '  more', '# not a comment', 'k: v'), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(
      ([header, lines, blankEnd]) =>
        ` ${header}\n${lines.map((line) => (line === '' ? '' : ' '.repeat(indent + 2) + line)).join('\n')}${lines.length ? '\n' : ''}${blankEnd ? '\n' : ''}`,
    );

function block(indent: number, depth: number): fc.Arbitrary<string> {
  const scalarValue = fc.tuple(inlineScalar, gapComment, trailing).map(([v, c, t]) => `${v === '' ? '' : ' ' + v}${t}${c}\n`);
  const options: Array<fc.Arbitrary<string>> = [scalarValue, blockScalar(indent)];
  if (depth < 3) {
    const childIndent = fc.constantFrom(indent + 2, indent + 4, indent + 1);
    options.push(
      childIndent
        .chain((ci) =>
          fc.array(
            fc
              .tuple(key, fc.constantFrom('', '\n', `${' '.repeat(ci)}# between\n`))
              .chain(([k, gap]) => block(ci, depth + 1).map((v) => `${gap}${' '.repeat(ci)}${k}:${v}`)),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map((entries) => `\n${entries.join('')}`),
      fc
        .constantFrom(indent, indent + 2)
        .chain((ci) =>
          fc.array(
            block(ci + 2, depth + 1).map((v) => `${' '.repeat(ci)}-${v}`),
            { minLength: 1, maxLength: 3 },
          ),
        )
        .map((items) => `\n${items.join('')}`),
    );
  }
  return fc.oneof(...options);
}

export const documentText = fc
  .tuple(
    fc.constantFrom('', '', '\ufeff', '# head\n', '---\n', '--- # c\n', '\n'),
    fc.array(
      fc.tuple(key, block(0, 0)).map(([k, v]) => `${k}:${v}`),
      { minLength: 1, maxLength: 4 },
    ),
    fc.constantFrom('', '', '# tail\n', '\n\n', '  # indented tail\n'),
    fc.boolean(),
    fc.option(fc.tuple(fc.nat(), fc.constantFrom('', ' ', '\t', ':', '-', '#', '"', "'", '\n', 'x', '|', '&', '*', '[', '?'))),
  )
  .map(([head, entries, tail, crlf, change]) => {
    let whole = head + entries.join('') + tail;
    if (crlf) whole = whole.replace(/\n/g, '\r\n');
    if (!change) return whole;
    const at = change[0] % (whole.length + 1);
    return whole.slice(0, at) + change[1] + whole.slice(at + 1);
  });

/** A small seeded generator (mulberry32): the texts below are drawn from it, so a failing seed reproduces. */
function random(seed: number): (n: number) => number {
  let state = seed >>> 0;
  return (n) => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) % n;
  };
}

const INLINE = ['a', '1', 'true', '~', 'http://10.0.0.1/', '"x y"', "'it''s'", '[a, b]', '{k: v}', '[]', '{}', 'a b # c', '"q" # c', 'x:y', '-1', 'é'];
const CONTINUATIONS = ['more words', 'x', '10.0.0.1', 'ends # here', 'k: v', '- item', 'a:b', 'trailing  '];
const BLOCK_LINES = ['line', 'k: v', '# not a comment', '', '  more', '    deeper', ' ', '      '];

/**
 * Block YAML of nested maps and sequences, compact maps in sequence items,
 * sequences at their key's indent, block scalars and empty values, with blank
 * lines, lines of spaces and comment lines at any indent between any two
 * lines: where the CST puts those lines decides the lengths of the
 * collections that close after them.
 */
export const blockLayout = fc.integer().map((seed) => {
  const pick = random(seed);
  const lines: string[] = [];
  const gap = (): void => {
    while (pick(3) === 0) {
      const kind = pick(3);
      if (kind === 0) lines.push('');
      else if (kind === 1) lines.push(' '.repeat(pick(9)));
      else lines.push(`${' '.repeat(pick(9))}# c${lines.length}`);
    }
  };
  const value = (indent: number, depth: number, inMap: boolean): string => {
    const kind = depth > 3 ? pick(2) : pick(7);
    if (kind === 0) {
      if (pick(3) === 0) {
        // A plain scalar continued on deeper lines (maybe after blank ones), which a comment or a shallower line ends.
        const count = 1 + pick(2);
        for (let i = 0; i < count; i++) {
          if (pick(3) === 0) lines.push('');
          lines.push(`${' '.repeat(indent + 1 + pick(3))}${CONTINUATIONS[pick(CONTINUATIONS.length)]}`);
        }
        return ` first part`;
      }
      return ` ${INLINE[pick(INLINE.length)]}`;
    }
    if (kind === 1) return pick(2) ? '' : ' # empty';
    if (kind === 2) {
      const header = ['|', '>', '|-', '>-'][pick(4)];
      const contentIndent = indent + 1 + pick(3);
      const count = 1 + pick(4);
      for (let i = 0; i < count; i++) {
        const line = BLOCK_LINES[pick(BLOCK_LINES.length)];
        lines.push(line.trim() === '' ? line : ' '.repeat(contentIndent) + line);
      }
      return ` ${header}`;
    }
    if (kind === 3 || kind === 4) {
      map(indent + [1, 2, 4][pick(3)], depth + 1);
      return '';
    }
    sequence(inMap && pick(2) ? indent : indent + 2, depth + 1);
    return '';
  };
  // Each writer pushes its lines after the line it completes: the caller's key line is pushed first.
  const map = (indent: number, depth: number, firstOnLine?: string): void => {
    const count = 1 + pick(3);
    for (let i = 0; i < count; i++) {
      const at = lines.length;
      lines.push('');
      const text = value(indent, depth, true);
      lines[at] = (i === 0 && firstOnLine !== undefined ? firstOnLine : ' '.repeat(indent)) + `k${i}:${text}`;
      gap();
    }
  };
  const sequence = (indent: number, depth: number): void => {
    const count = 1 + pick(3);
    for (let i = 0; i < count; i++) {
      if (depth < 4 && pick(3) === 0) {
        map(indent + 2, depth + 1, `${' '.repeat(indent)}- `);
        continue;
      }
      const at = lines.length;
      lines.push('');
      lines[at] = `${' '.repeat(indent)}-${value(indent, depth, false)}`;
      gap();
    }
  };
  gap();
  map(0, 0);
  // A quarter of the texts have CRLF line breaks, as files written on Windows do.
  const lineBreak = pick(4) === 0 ? '\r\n' : '\n';
  return lines.join(lineBreak) + (pick(2) ? lineBreak : '');
});
