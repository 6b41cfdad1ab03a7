/**
 * Cases for `manifest-schema` (the registry contract wants one table per
 * rule, every message id exercised). Fuller placement and message tests:
 * test/engine/manifest-schema.test.ts.
 */
import type { RuleCases } from './rule-tester';

const HEAD = 'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: referrals\n  owner: { team: Referrals, email: referrals@nhs.net }\n';
const ENDPOINT = '- name: api\n      url: https://api.example.nhs.uk/\n      tls: { minVersion: "1.2" }\n      authentication: { type: nhs-cis2 }';
const SPEC = `spec:\n  exposure: internet\n  endpoints:\n    ${ENDPOINT}\n`;

/** Ten lists of ten, nine deep: 10^9 nodes if expanded. */
function aliasBomb(): string {
  const levels = ['x0: &x0 [a, a, a, a, a, a, a, a, a, a]'];
  for (let level = 1; level < 9; level++)
    levels.push(
      `x${level}: &x${level} [${Array(10)
        .fill(`*x${level - 1}`)
        .join(', ')}]`,
    );
  return `${HEAD}${levels.join('\n')}\nspec: *x8\n`;
}

/**
 * Two halves each within the parser's nesting limit; the alias puts one inside
 * the other. `spec` holds 300 maps and the alias (depth 301), the anchored half
 * 199 more, so `end` sits at depth 501: the first node past the limit of 500.
 */
function deepAlias(): string {
  // Each mapping nests within the parser's limit (200 levels); only the aliases put them inside one another.
  const nested = (levels: number, inner: string): string => `${'{ n: '.repeat(levels)}${inner}${' }'.repeat(levels)}`;
  return `${HEAD}deep: &deep ${nested(118, 'end')}\ndeeper: &deeper ${nested(190, '*deep')}\nspec: ${nested(190, '*deeper')}\n`;
}

export const cases: RuleCases = {
  ruleId: 'manifest-schema',
  valid: [
    { name: 'complete manifest', code: `${HEAD}${SPEC}` },
    {
      // parse-error reports the `[`; `kind`, `metadata` and `spec` are swallowed by it, not missing (fuzz seed 20, case 5100).
      name: 'a syntax error derails the tree: not checked against the schema until it parses',
      code: `apiVersion: internet-first/v1\ndeep: [a: [a: x\n${HEAD.split('\n').slice(1).join('\n')}${SPEC}`,
      fileName: 'appointments.service.yaml',
    },
    { name: 'minVersion as an unquoted YAML number', code: `${HEAD}${SPEC.replace('"1.2"', '1.3')}` },
    {
      name: 'JSON, lan-only with a reason',
      language: 'json',
      fileName: 'screens.service.json',
      code:
        '{"apiVersion":"internet-first/v1","kind":"ServiceManifest","metadata":{"name":"screens","owner":{"team":"Theatres","email":"theatres@nhs.net"}},' +
        '"spec":{"exposure":"lan-only","exposureReason":"Theatre LAN only","endpoints":[{"name":"s","url":"https://theatres.example.nhs.uk/",' +
        '"tls":{"minVersion":"1.3"},"authentication":{"type":"mtls"}}]}}',
    },
    { name: 'a Kubernetes Deployment is not a manifest', code: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  replicas: 2\n' },
    { name: 'an empty file named like a manifest', code: '', fileName: 'new.service.yaml' },
    {
      name: 'shared settings through an anchor and a merge key',
      code:
        `${HEAD}${SPEC.replace('{ type: nhs-cis2 }', '&auth { type: nhs-cis2 }')}    - name: admin\n      url: https://admin.example.nhs.uk/\n` +
        `      tls: { minVersion: "1.3" }\n      authentication: { <<: *auth, issuer: "https://auth.login.nhs.uk" }\n`,
    },
  ],
  invalid: [
    {
      name: 'wrong apiVersion in a file named like a manifest: the one legal value, offered for review',
      fileName: 'x.service.yaml',
      code: `${HEAD.replace('v1', 'v2')}${SPEC}`,
      errors: [
        { messageId: 'const', text: 'internet-first/v2', line: 1, column: 13, suggestions: [{ title: 'Use internet-first/v1', output: `${HEAD}${SPEC}` }] },
      ],
    },
    {
      name: 'unknown property on its key',
      code: `${HEAD}${SPEC}  colour: blue\n`,
      errors: [{ messageId: 'unknownProperty', text: 'colour', line: 13, column: 3 }],
    },
    {
      name: 'missing property on the parent key: a placeholder to fill in, inside the flow map',
      code: `${HEAD.replace(', email: referrals@nhs.net', '')}${SPEC}`,
      errors: [
        {
          messageId: 'missingProperty',
          text: 'owner',
          line: 5,
          column: 3,
          suggestions: [{ title: 'Add email with placeholders to fill in', output: `${HEAD.replace('email: referrals@nhs.net', 'email: <email>')}${SPEC}` }],
        },
      ],
    },
    {
      name: "lan-only without a reason: a placeholder in the schema's place for it",
      code: `${HEAD}${SPEC.replace('internet', 'lan-only')}`,
      errors: [
        {
          messageId: 'missingPropertyWhen',
          text: 'spec',
          line: 6,
          column: 1,
          suggestions: [
            {
              title: 'Add exposureReason with placeholders to fill in',
              output: `${HEAD}${SPEC.replace('internet\n', 'lan-only\n  exposureReason: <exposureReason>\n')}`,
            },
          ],
        },
      ],
    },
    {
      name: 'TLS 1.1 rises to the lowest allowed version; 1.3 is offered too',
      code: `${HEAD}${SPEC.replace('"1.2"', '"1.1"')}`,
      errors: [
        { messageId: 'enum', text: '"1.1"', line: 11, column: 26, suggestions: [{ title: 'Use "1.3"', output: `${HEAD}${SPEC.replace('"1.2"', '"1.3"')}` }] },
      ],
      output: `${HEAD}${SPEC}`,
    },
    {
      name: 'an enum value in the wrong case: that value is the safe fix, the others offered, never `none` (it weakens security)',
      code: `${HEAD}${SPEC.replace('nhs-cis2', 'NHS-CIS2')}`,
      errors: [
        {
          messageId: 'enum',
          text: 'NHS-CIS2',
          suggestions: ['nhs-login', 'oauth2', 'oidc', 'mtls', 'api-key'].map((type) => ({
            title: `Use ${type}`,
            output: `${HEAD}${SPEC.replace('nhs-cis2', type)}`,
          })),
        },
      ],
      output: `${HEAD}${SPEC}`,
    },
    {
      name: 'a missing kind is inserted with its only legal value, after apiVersion',
      fileName: 'referrals.service.yaml',
      code: `${HEAD.replace('kind: ServiceManifest\n', '')}${SPEC}`,
      errors: [{ messageId: 'missingProperty', text: 'apiVersion', line: 1 }],
      output: `${HEAD}${SPEC}`,
    },
    {
      name: 'a missing apiVersion in JSON goes first, with its comma',
      language: 'json',
      fileName: 'screens.service.json',
      code:
        '{"kind": "ServiceManifest", "metadata": {"name": "screens", "owner": {"team": "T", "email": "t@nhs.net"}}, "spec": {"exposure": "internet", ' +
        '"endpoints": [{"name": "s", "url": "https://s.example.nhs.uk/", "authentication": {"type": "mtls"}}]}}',
      errors: [{ messageId: 'missingProperty', text: '"kind"', line: 1, column: 2 }],
      output:
        '{"apiVersion": "internet-first/v1", "kind": "ServiceManifest", "metadata": {"name": "screens", "owner": {"team": "T", "email": "t@nhs.net"}}, ' +
        '"spec": {"exposure": "internet", "endpoints": [{"name": "s", "url": "https://s.example.nhs.uk/", "authentication": {"type": "mtls"}}]}}',
    },
    {
      name: 'a missing exposure is offered with the schema default, for review',
      code: `${HEAD}${SPEC.replace('  exposure: internet\n', '')}`,
      errors: [
        { messageId: 'missingProperty', text: 'spec', suggestions: [{ title: "Add exposure: internet (the schema's default)", output: `${HEAD}${SPEC}` }] },
      ],
    },
    {
      name: 'a list item missing its first property: it goes right after the dash',
      code: `${HEAD}spec:\n  exposure: internet\n  endpoints:\n    - url: https://api.example.nhs.uk/\n      authentication: { type: oauth2 }\n`,
      errors: [
        {
          messageId: 'missingProperty',
          text: 'url',
          suggestions: [
            {
              title: 'Add name with placeholders to fill in',
              output:
                `${HEAD}spec:\n  exposure: internet\n  endpoints:\n    - name: <name>\n      url: https://api.example.nhs.uk/\n` +
                `      authentication: { type: oauth2 }\n`,
            },
          ],
        },
      ],
    },
    {
      name: "a list item missing a nested object: its required parts, at the item's indentation",
      code: `${HEAD}spec:\n  exposure: internet\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk/\n      tls: { minVersion: "1.2" }\n`,
      errors: [
        {
          messageId: 'missingProperty',
          text: 'name',
          line: 9,
          suggestions: [
            {
              title: 'Add authentication with placeholders to fill in',
              output:
                `${HEAD}spec:\n  exposure: internet\n  endpoints:\n    - name: api\n      url: https://api.example.nhs.uk/\n` +
                `      tls: { minVersion: "1.2" }\n      authentication:\n        type: <type>\n`,
            },
          ],
        },
      ],
    },
    {
      name: 'a string where true or false belongs',
      code: `${HEAD}${SPEC.replace('{ minVersion: "1.2" }', '{ minVersion: "1.2", hsts: { enabled: "yes" } }')}`,
      errors: [{ messageId: 'type', text: '"yes"' }],
    },
    {
      name: 'owner email',
      code: `${HEAD.replace('referrals@nhs.net', 'referrals')}${SPEC}`,
      errors: [{ messageId: 'format', text: 'referrals', line: 5, column: 36 }],
    },
    {
      name: 'service name with capitals',
      code: `${HEAD.replace('name: referrals', 'name: Referrals')}${SPEC}`,
      errors: [{ messageId: 'pattern', text: 'Referrals', line: 4, column: 9 }],
    },
    { name: 'empty team', code: `${HEAD.replace('team: Referrals', 'team: ""')}${SPEC}`, errors: [{ messageId: 'empty', text: '""' }] },
    {
      name: 'name over 63 characters',
      code: `${HEAD.replace('name: referrals', `name: ${'a'.repeat(64)}`)}${SPEC}`,
      errors: [{ messageId: 'tooLong', text: 'a'.repeat(64) }],
    },
    {
      name: 'negative HSTS max-age',
      code: `${HEAD}${SPEC.replace('{ minVersion: "1.2" }', '{ hsts: { maxAge: -1 } }')}`,
      errors: [{ messageId: 'tooSmall', text: '-1' }],
    },
    {
      name: 'a public DNS name listed twice, on the repeat',
      code: `${HEAD}${SPEC.replace(
        '  exposure: internet\n',
        '  exposure: internet\n  publicDnsNames: [a.example.nhs.uk,' + ' b.example.nhs.uk, a.example.nhs.uk]\n',
      )}`,
      errors: [{ messageId: 'duplicate', text: 'a.example.nhs.uk', line: 8, column: 56 }],
    },
    { name: 'alias bomb', code: aliasBomb(), errors: [{ messageId: 'expansionLimit', text: 'a', line: 6 }] },
    { name: 'nesting through an alias', code: deepAlias(), errors: [{ messageId: 'depthLimit', text: 'end' }] },
  ],
};
