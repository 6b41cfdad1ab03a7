import type { RuleCases } from './rule-tester';

export const cases: RuleCases = {
  ruleId: 'parse-error',
  valid: [
    { name: 'template lines are not YAML until rendered', code: 'metadata:\n  name: {{ .APP_NAME }}-svc\n  namespace: {{ .KUBE_NAMESPACE }}\n' },
    'a: 1\n',
    { name: 'JSON with comments and a trailing comma (appsettings.json)', language: 'json', code: '{\n  // comment\n  "a": 1,\n}' },
    { name: 'empty file', code: '' },
    { name: 'multi-document YAML', code: 'a: 1\n---\nb: 2\n...\n' },
  ],
  invalid: [
    { name: 'unclosed flow sequence', code: 'a: [1\nb: c\n', errors: [{ messageId: 'syntax', text: 'b', line: 2 }] },
    { name: 'duplicate key', code: 'a: 1\na: 2\n', errors: [{ messageId: 'syntax', text: 'a', line: 2 }] },
    { name: 'JSON missing a comma', language: 'json', code: '{"a": 1 "b": 2}', errors: [{ messageId: 'syntax', text: '"b"' }] },
    { name: 'binary file', code: 'a\u0000b', errors: [{ messageId: 'binary', text: '', line: 1, column: 1 }] },
    { name: 'file over 5 MB', code: `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`, errors: [{ messageId: 'tooLarge', text: '', line: 1, column: 1 }] },
    { name: 'nested deeper than 200 levels', code: `x: ${'['.repeat(1000)}\n`, errors: [{ messageId: 'tooDeep', text: '[', line: 1, column: 203 }] },
  ],
};
