import type { RuleCases } from './rule-tester';

/** A fake clock for the work budget: each read is `ms` later than the last (only differences count, so reuse is safe). */
function clockStepping(ms: number): () => number {
  let now = 0;
  return () => (now += ms);
}

export const cases: RuleCases = {
  ruleId: 'parse-error',
  valid: [
    {
      name: 'Ansible: Jinja inside quoted values is valid YAML, not a template file',
      code: 'api_url: "https://{{ api_host }}/v1"\nusers: "{{ all_users | join(\',\') }}"\n',
    },
    {
      name: 'GitHub Actions expressions are valid YAML',
      fileName: '.github/workflows/ci.yml',
      code: "jobs:\n  a:\n    if: ${{ github.event_name == 'push' }}\n    steps:\n      - run: echo ${{ secrets.X }}\n",
    },
    'a: 1\n',
    { name: 'JSON with comments and a trailing comma (appsettings.json)', language: 'json', code: '{\n  // comment\n  "a": 1,\n}' },
    { name: 'empty file', code: '' },
    { name: 'concatenated JSON documents (a MongoDB import file) are read one by one', language: 'json', code: '{ "a": 1 }\n{ "b": 2 }\n[3]\n' },
    { name: 'multi-document YAML', code: 'a: 1\n---\nb: 2\n...\n' },
  ],
  invalid: [
    {
      // Was a must-stay-silent case: a template file now gets one info note, and nothing else.
      name: 'template lines are not YAML until rendered: one info note for the file',
      code: 'metadata:\n  name: {{ .APP_NAME }}-svc\n  namespace: {{ .KUBE_NAMESPACE }}\n',
      errors: [{ messageId: 'template', text: '{{ .APP_NAME }}', line: 2, severity: 'info' }],
    },
    {
      name: 'a Helm template: one note, however many lines only parse once rendered',
      fileName: 'chart/templates/ingress.yaml',
      code:
        '{{- $fullName := include "app.name" . -}}\napiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: {{ $fullName }}-new\n  labels:\n' +
        '    {{- include "app.labels" . | nindent 4 }}\nspec:\n  rules:\n  {{- range .Values.ingress.hosts }}\n    - host: {{ .host }}\n  {{- end }}\n',
      errors: [{ messageId: 'template', text: '{{- $fullName := include "app.name" . -}}', line: 1, severity: 'info' }],
    },
    {
      name: 'Jinja control lines',
      code: 'servers:\n{% for s in servers %}\n  - {{ s }}\n{% endfor %}\n',
      errors: [{ messageId: 'template', text: '{% for s in servers %}', line: 2, severity: 'info' }],
    },
    {
      name: 'one defect, one finding, at the line that went wrong (not the comment before it)',
      code:
        'CERT: |\n  -----BEGIN CERTIFICATE-----\n# paste your certificate here\n  -----END CERTIFICATE-----\nKEY: |\n  -----BEGIN KEY-----\n' +
        '  -----END KEY-----\n',
      errors: [{ messageId: 'syntax', text: '-----END CERTIFICATE-----', line: 4, column: 3 }],
    },
    {
      name: 'two separate defects, two findings; an unclosed [ that swallows line after line is one',
      code: 'a: 1\nb:\n  c: 2\n   d: 3\ne: [1\nf: 4\ng: 5\n',
      errors: [
        { messageId: 'syntax', text: '2', line: 3 },
        { messageId: 'syntax', text: 'f', line: 6 },
      ],
    },
    {
      name: 'a syntax error in an example file is a warning',
      fileName: 'mhs/inbound/mhs-inbound-env-example.yaml',
      code: 'A: 1\nB:\n  C: 2\n   D: 3\n',
      errors: [{ messageId: 'syntax', text: '2', line: 3, severity: 'warning' }],
    },
    { name: 'unclosed flow sequence', code: 'a: [1\nb: c\n', errors: [{ messageId: 'syntax', text: 'b', line: 2 }] },
    { name: 'duplicate key', code: 'a: 1\na: 2\n', errors: [{ messageId: 'syntax', text: 'a', line: 2 }] },
    {
      name: 'concatenated JSON: an error in a later document is reported there',
      language: 'json',
      code: '{ "a": 1 }\n{ "b": 2 "c": 3 }\n',
      errors: [{ messageId: 'syntax', text: '"c"', line: 2 }],
    },
    { name: 'JSON missing a comma', language: 'json', code: '{"a": 1 "b": 2}', errors: [{ messageId: 'syntax', text: '"b"' }] },
    { name: 'binary file', code: 'a\u0000b', errors: [{ messageId: 'binary', text: '', line: 1, column: 1 }] },
    { name: 'file over 5 MB', code: `a: "${'x'.repeat(5 * 1024 * 1024)}"\n`, errors: [{ messageId: 'tooLarge', text: '', line: 1, column: 1 }] },
    {
      name: 'over 1,000 findings of one rule: the first 1,000 are kept and the rest counted at the top of the file',
      code: Array.from({ length: 1003 }, (_, i) => `k${i}: 10.0.${i >> 8}.${i & 255}\n`).join(''),
      errors: [{ messageId: 'truncated', text: '', line: 1, column: 1, severity: 'warning' }],
    },
    {
      name: 'out of time: the rules not yet run are counted at the top of the file (a clock that moves 1 s a read)',
      code: 'url: http://10.0.0.1/\n',
      budget: { budgetMs: 1, clock: clockStepping(1000) },
      errors: [{ messageId: 'stopped', text: '', line: 1, column: 1 }],
    },
    {
      // The parse reads the clock every 64 lines (a step a line), so the file has more.
      name: 'out of time while parsing YAML: nothing is checked, and the note says so',
      code: Array.from({ length: 100 }, (_, i) => `k${i}: http://10.0.0.${i}/\n`).join(''),
      budget: { budgetMs: 1, clock: clockStepping(1000) },
      errors: [{ messageId: 'stoppedParsing', text: '', line: 1, column: 1 }],
    },
    {
      // Lines of 32 characters put the 256 KB pieces' cuts at every 8,192nd line: the 7th piece passes 50,000 entries.
      name: 'a YAML map over 1 MB read in pieces stops after the piece that passes 50,000 top-level entries',
      code: Array.from({ length: 60_000 }, (_, i) => `k${String(i).padStart(6, '0')}: value-abcdefghijklmnop\n`).join(''),
      errors: [{ messageId: 'tooManyEntries', text: 'k057344', line: 57_345, column: 1 }],
    },
    { name: 'nested deeper than 200 levels', code: `x: ${'['.repeat(1000)}\n`, errors: [{ messageId: 'tooDeep', text: '[', line: 1, column: 203 }] },
  ],
};
