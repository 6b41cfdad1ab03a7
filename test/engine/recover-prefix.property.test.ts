/**
 * Differential property of syntax-error recovery's prefix rounds
 * (parse/recover.ts): after the first round, each round parses only a prefix of
 * the text ending before a line at the left margin, trusting that text before
 * a line parses the same whatever follows it. Wherever that trust would be
 * wrong (a flow collection, quoted or block scalar or plain multi-line scalar
 * carried across a margin line, a document marker, a root scalar), the result
 * must still equal recovery that parses the whole text every round: the same
 * documents, trees, defects and offsets. Checked on generated texts built from
 * lines made to tempt the cut, and on fuzz cases of the real corpora.
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { parseYamlSegment, setRecoveryPrefixes } from '../../server/src/engine/parse/recover';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { loadSeeds, makeCase } from './fuzz-cases';

/** Each run recovers a text twice, through up to 21 parses; the defaults keep the file to seconds, and the one-off run was 10 times longer. */
const RUNS = Number(process.env.RECOVER_PREFIX_RUNS ?? 200);
const FUZZ_CASES = Number(process.env.RECOVER_PREFIX_FUZZ_CASES ?? 300);
after(() => setRecoveryPrefixes(true));

/** Recovery with the whole text parsed every round. */
function wholeRounds(text: string) {
  setRecoveryPrefixes(false);
  try {
    return parseYamlSegment(text);
  } finally {
    setRecoveryPrefixes(true);
  }
}

/** Whether the text has more than one cascading error, so that recovery runs later rounds at all. */
function recovers(text: string): boolean {
  return parseYamlDocuments(text).reduce((sum, document) => sum + document.problems.filter((problem) => problem.code && !problem.kind).length, 0) > 1;
}

/** Lines of ordinary nested YAML: most of a text, so that defects are sparse and later rounds reach far. */
const ORDINARY = [
  'key: value',
  'spec:',
  '  name: deny-all',
  '  podSelector: {}',
  '  ports:',
  '  - port: 443',
  '    protocol: TCP',
  '- item',
  '- key: value',
  '  other: 1',
  '  nested:',
  '    deeper: 1',
  'block: |',
  '  text',
  '  more text',
  'folded: >-',
  '    folded text',
  '# comment',
  '  # indented comment',
  '',
];

/** Lines that break the text without changing how the lines before them parse. */
const BROKEN = [
  'list: [a,',
  '  [a,',
  'map: {a: 1,',
  'quoted: "open',
  "single: 'open",
  'text at the margin',
  '? complex',
  ': value',
  '&anchor key: *anchor',
  'tag: !!str x',
  'key: value: again',
  '\tkey: tab',
  '  bad indent: x',
  '    worse: y',
  'plain',
  '  name: deny-all',
  '- [a, b',
  '  "a": 1,',
  '  ]',
  '  closed"',
];

/**
 * Lines at the margin that end, start or carry a structure across the lines before them: documents,
 * directives, flow collections, quoted and block scalars at the root.
 */
const STRUCTURAL = ['b]', ']', '{', '}', 'closed"', "closed'", '--- |', '--- >', '---', '...', '%YAML 1.2', '[a,', '|', '> folded'];

/** Both kinds of tricky line, for the JSON edits. */
const TRICKY = [...BROKEN, ...STRUCTURAL];

test('a directive inside a JSON-like flow root: no prefix reaches it (its error depends on what follows)', () => {
  const text = [
    '[',
    '  {',
    '      "\\"w"',
    '    "ports": {',
    '%YAML 1.2',
    '      "": -2.1361330452743382e+280,',
    ': value',
    '      "w`@LrPZ?8_": false,',
    '      "?1M}t": null',
    '    },',
    '    "url": {',
    '      "S9t8": [',
    '      ],',
    '      "^Ix{M": 4.694782291684968e+88,',
    '      "v(](MpiUUX": [',
    '        2.6451876074029042e+110',
    '      ]',
    '    }',
    '  },',
    'b]',
    '      -8.04241747058252e+178,',
    '    "name": [',
    '      null',
    '      1.3997051632707711e+187,',
    '      -6.667134086682419e+34,',
    '      2.0645943826018024e-287,',
    '      null,',
    '      -4.28165170392123e+161',
    '  {',
    '    "name": [',
    '      "3E8%M:",',
    '      "PO4|+qL-C0",',
    '      4.4222160877181536e-104,',
    '      "^?BT4[g"',
  ].join('\n');
  assert.deepStrictEqual(parseYamlSegment(text), wholeRounds(text));
});

test('a flow collection opened on an indented line and carried over lines at the margin: no prefix ends inside it', () => {
  const text = [
    '  [a,',
    '  ports:',
    '> folded',
    'folded: >-',
    '- item',
    '- key: value',
    '    deeper: 1',
    '  # indented comment',
    '  name: deny-all',
    '  - port: 443',
    '- key: value',
    '  other: 1',
    'folded: >-',
    '  text',
    '  text',
    '- key: value',
    '# comment',
    'spec:',
    '  - port: 443',
    'block: |',
    'text at the margin',
    '  more text',
    '    protocol: TCP',
    'spec:',
    'block: |',
    '  more text',
    '    deeper: 1',
    '  more text',
    'folded: >-',
    '  podSelector: {}',
    'folded: >-',
    'block: |',
    '  - port: 443',
    '  other: 1',
    '    folded text',
    '    folded text',
    '    protocol: TCP',
    '- item',
    '  other: 1',
    '# comment',
    '  # indented comment',
    '  - port: 443',
    'key: value',
    '  podSelector: {}',
    '- item',
  ].join('\r\n');
  assert.deepStrictEqual(parseYamlSegment(text), wholeRounds(text));
});

test('a quoted scalar opened on an indented line runs over lines at the margin: the defect is as long as the whole parse says', () => {
  // Fuzz case 2772 of seed 13, shrunk: the first round's error is a multi-line implicit key whose length a prefix cut short.
  const text = [
    '!\ufffdhttps://docs.spring.io/spring-boot/appendix/application-properties/in{ex.html',
    '# =============================================\t=====================',
    'logging:',
    '      export:',
    '      " enabled: false',
    'spring:',
    '    mime-types: text/html,text/xml,text/plain,text/css,application/javascript,application/json,image/svg+xml',
    '    min-response-size: 1024',
    '# ===================================================================',
    'jhipster:',
    '# ===================================================================',
    '# Application specific prop#rties',
    '# Add your own application properties here, see the A&plicationProperties class',
    '# to have type-safe configuration, like in the JHipsterProperties above',
    '# More documentation is available at:',
    '# https://www.jhipster.tech/common-application-properties/',
    '# ===================================================================',
  ].join('\n');
  assert.deepStrictEqual(parseYamlSegment(text), wholeRounds(text));
});

test('prefix rounds give what whole-text rounds give, on texts made to tempt the cut', () => {
  let recovered = 0;
  const lines = fc.array(
    fc.oneof(
      { arbitrary: fc.constantFrom(...ORDINARY), weight: 150 },
      { arbitrary: fc.constantFrom(...BROKEN), weight: 12 },
      { arbitrary: fc.constantFrom(...STRUCTURAL), weight: 1 },
    ),
    // Long enough that later rounds parse prefixes: 9 in 10 of these texts do.
    { minLength: 120, maxLength: 400 },
  );
  fc.assert(
    fc.property(lines, fc.boolean(), (chosen, crlf) => {
      const text = chosen.join(crlf ? '\r\n' : '\n');
      if (recovers(text)) recovered++;
      assert.deepStrictEqual(parseYamlSegment(text), wholeRounds(text));
    }),
    { numRuns: RUNS, seed: Number(process.env.RECOVER_PREFIX_SEED ?? 20261206), endOnFailure: true },
  );
  // Most generated texts must go through recovery, or the property says nothing.
  assert.ok(recovered > RUNS / 2, `only ${recovered} of ${RUNS} texts went through recovery`);
});

/** A JSON value across many lines (flow collections carried over lines at every indent), with lines dropped, doubled or replaced. */
const jsonWithBrokenLines = fc
  .tuple(
    fc.array(fc.dictionary(fc.constantFrom('name', 'url', 'ports', 'items'), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 }), { minLength: 3, maxLength: 30 }),
    fc.array(fc.tuple(fc.nat(), fc.constantFrom('drop', 'double', ...TRICKY)), { minLength: 2, maxLength: 12 }),
  )
  .map(([value, edits]) => {
    const lines = JSON.stringify(value, null, 2).split('\n');
    for (const [at, edit] of edits) {
      const index = at % lines.length;
      if (edit === 'drop') lines.splice(index, 1);
      else if (edit === 'double') lines.splice(index, 0, lines[index]);
      else lines[index] = edit;
    }
    return lines.join('\n');
  });

test('prefix rounds give what whole-text rounds give, on JSON with broken lines', () => {
  let recovered = 0;
  fc.assert(
    fc.property(jsonWithBrokenLines, (text) => {
      if (recovers(text)) recovered++;
      assert.deepStrictEqual(parseYamlSegment(text), wholeRounds(text));
    }),
    { numRuns: RUNS, seed: Number(process.env.RECOVER_PREFIX_SEED ?? 20261207), endOnFailure: true },
  );
  assert.ok(recovered > RUNS / 2, `only ${recovered} of ${RUNS} texts went through recovery`);
});

test('prefix rounds give what whole-text rounds give, on fuzz cases of the real corpora', () => {
  const { seeds } = loadSeeds();
  let recovered = 0;
  for (let index = 0; index < FUZZ_CASES; index++) {
    const fuzzCase = makeCase(seeds, 13, index, { maxGrowth: 8 * 1024, largeShare: 0, largeGrowth: 0 });
    if (!recovers(fuzzCase.text)) continue;
    recovered++;
    assert.deepStrictEqual(parseYamlSegment(fuzzCase.text), wholeRounds(fuzzCase.text), `case ${index} (${fuzzCase.mutation}, ${fuzzCase.seed.name})`);
  }
  assert.ok(recovered > FUZZ_CASES / 10, `only ${recovered} of ${FUZZ_CASES} cases went through recovery`);
});
