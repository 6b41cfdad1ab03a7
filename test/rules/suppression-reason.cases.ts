import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'suppression-reason',
  valid: [
    '# internet-first-disable-next-line private-address -- lab network, decommissioned 2026-03\na: 10.0.0.1\n',
    { name: 'reason after until=', code: 'a: 10.0.0.1 # internet-first-disable-line private-address until=2099-01-01 -- migration NHS-123\n' },
    { name: 'JSONC', language: 'jsonc', code: '{\n  // internet-first-disable-next-line private-address -- lab\n  "db": "10.1.1.1"\n}' },
  ],
  invalid: [
    {
      name: 'the placeholder the editor writes is not a reason',
      code: 'a: 10.0.0.1 # internet-first-disable-line private-address -- <reason>\n',
      errors: [{ messageId: 'placeholder', text: '# internet-first-disable-line private-address -- <reason>' }],
    },
    {
      name: 'no reason',
      code: '# internet-first-disable-next-line private-address\na: 10.0.0.1\n',
      errors: [{ messageId: 'missing', text: '# internet-first-disable-next-line private-address', line: 1 }],
    },
    {
      name: 'an empty reason',
      code: 'a: 10.0.0.1 # internet-first-disable-line private-address --\n',
      errors: [{ messageId: 'missing', text: '# internet-first-disable-line private-address --' }],
    },
    {
      name: 'JSONC file waiver without a reason',
      language: 'jsonc',
      code: '// internet-first-disable-file private-address\n{ "db": "10.1.1.1" }',
      errors: [{ messageId: 'missing', text: '// internet-first-disable-file private-address' }],
    },
  ],
};
