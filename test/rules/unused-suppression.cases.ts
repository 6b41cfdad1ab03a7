import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'unused-suppression',
  valid: [
    { name: 'next-line waiver used', code: '# internet-first-disable-next-line insecure-url -- legacy feed\nurl: http://feed.example.org/\n' },
    { name: 'same-line waiver used', code: 'url: http://feed.example.org/ # internet-first-disable-line insecure-url -- legacy\n' },
    { name: 'file waiver used', code: '# internet-first-disable-file private-address -- lab network\na: 10.0.0.1\nb: 10.0.0.2\n' },
    { name: 'waiver of every rule used', code: '# internet-first-disable-next-line -- vendor default\nurl: http://feed.example.org/\n' },
    { name: 'JSONC line comment', language: 'jsonc', code: '{\n  // internet-first-disable-next-line private-address -- lab\n  "db": "10.1.1.1"\n}' },
    { name: 'JSONC block comment on the line', language: 'jsonc', code: '{ "db": "10.1.1.1" /* internet-first-disable-line private-address -- lab */ }' },
    {
      name: 'an expired waiver still counts as used (the finding returns with a note)',
      code: 'a: 10.0.0.1 # internet-first-disable-line private-address until=2020-01-31 -- lab\n',
    },
    { name: 'ordinary comments mentioning the words', code: '# how to use internet-first-disable-next-line: see the docs\na: 1\n' },
  ],
  invalid: [
    {
      name: 'waiver on a clean line',
      code: 'url: https://feed.example.nhs.uk/ # internet-first-disable-line insecure-url -- was http\n',
      errors: [{ messageId: 'unused', text: 'insecure-url', line: 1 }],
    },
    {
      name: 'one of two rules unused',
      code: '# internet-first-disable-next-line insecure-url, private-address -- legacy\nurl: http://feed.example.org/\n',
      errors: [{ messageId: 'unused', text: 'private-address', line: 1, column: 50 }],
    },
    {
      name: 'unknown rule id',
      code: 'a: 1 # internet-first-disable-line no-such-rule -- typo\n',
      errors: [{ messageId: 'unknownRule', text: 'no-such-rule' }],
    },
    {
      name: 'waiver of every rule that waives nothing',
      code: '# internet-first-disable-next-line -- vendor default\nurl: https://feed.example.nhs.uk/\n',
      errors: [{ messageId: 'unusedAll', text: '# internet-first-disable-next-line -- vendor default' }],
    },
    {
      name: 'file waiver that waives nothing, in JSONC',
      language: 'jsonc',
      code: '// internet-first-disable-file loopback-address -- dev only\n{ "a": 1 }',
      errors: [{ messageId: 'unused', text: 'loopback-address' }],
    },
    {
      name: 'next-line waiver one line too far',
      code: '# internet-first-disable-next-line private-address -- lab\n\na: 10.0.0.1\n',
      errors: [{ messageId: 'unused', text: 'private-address', line: 1 }],
    },
  ],
};
