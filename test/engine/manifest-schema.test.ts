import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFixture, runManifestSchema, type RuleFinding } from './manifest-helpers';
import { lint } from '../../server/src/engine';
import { manifestSchema } from '../../server/src/engine/rules/manifest-schema';

/** The parts of a finding a table row states: where it is and what it says. */
function summary(finding: RuleFinding): Pick<RuleFinding, 'messageId' | 'text' | 'line' | 'character' | 'message'> {
  const { messageId, text, line, character, message } = finding;
  return { messageId, text, line, character, message };
}

const MANIFEST_HEAD = `apiVersion: internet-first/v1
kind: ServiceManifest
metadata:
  name: referrals
  owner: { team: Referrals Platform, email: referrals-platform@nhs.net }
`;

/** A valid manifest whose first endpoint is `endpoint` (indented under `- `). */
function manifestWithEndpoint(endpoint: string): string {
  return `${MANIFEST_HEAD}spec:
  exposure: internet
  endpoints:
    - ${endpoint.trim().split('\n').join('\n      ')}
`;
}

describe('manifest-schema: valid manifests', () => {
  test('the valid YAML manifest gives no findings', () => {
    assert.deepEqual(runManifestSchema(readFixture('valid.service.yaml'), 'yaml', 'valid.service.yaml'), []);
  });

  test('the valid JSON manifest (lan-only with a reason, numeric minVersion) gives no findings', () => {
    assert.deepEqual(runManifestSchema(readFixture('valid.service.json'), 'json', 'valid.service.json'), []);
  });

  test('minVersion accepts "1.2" and "1.3" quoted or as YAML numbers', () => {
    for (const version of ['"1.2"', '"1.3"', '1.2', '1.3', "'1.3'"]) {
      const text = manifestWithEndpoint(`name: api
url: https://api.example.nhs.uk/
tls: { minVersion: ${version} }
authentication: { type: oauth2 }`);
      assert.deepEqual(runManifestSchema(text, 'yaml'), [], `minVersion ${version}`);
    }
  });

  test('the rule declares its fixes and every message id it can report', () => {
    assert.equal(manifestSchema.meta.id, 'manifest-schema');
    assert.equal(manifestSchema.meta.fixable, true);
    for (const id of [
      'unknownProperty',
      'missingProperty',
      'missingPropertyWhen',
      'enum',
      'type',
      'format',
      'pattern',
      'const',
      'expansionLimit',
      'depthLimit',
    ]) {
      assert.ok(id in manifestSchema.meta.messages, id);
    }
  });
});

describe('manifest-schema: each error family on the right node', () => {
  const findings = runManifestSchema(readFixture('invalid-families.service.yaml'), 'yaml', 'invalid-families.service.yaml');
  const expected: ReturnType<typeof summary>[] = [
    { messageId: 'const', text: 'internet-first/v2', line: 0, character: 12, message: '"apiVersion" must be "internet-first/v1"' },
    {
      messageId: 'pattern',
      text: 'Referrals_API',
      line: 3,
      character: 8,
      message: '"metadata.name": use lower-case letters, digits and hyphens, e.g. e-referrals-api',
    },
    { messageId: 'missingProperty', text: 'owner', line: 4, character: 2, message: '"metadata.owner" is missing the required property "email"' },
    { messageId: 'missingPropertyWhen', text: 'spec', line: 6, character: 0, message: '"spec.exposureReason" is required when "exposure" is "lan-only"' },
    { messageId: 'duplicate', text: 'api.example.nhs.uk', line: 10, character: 6, message: '"spec.publicDnsNames" lists "api.example.nhs.uk" more than once' },
    {
      messageId: 'unknownProperty',
      text: 'colour',
      line: 13,
      character: 6,
      message: 'Unknown property "spec.endpoints[0].colour": use one of name, url, tls, authentication',
    },
    { messageId: 'enum', text: '1.1', line: 16, character: 20, message: '"…endpoints[0].tls.minVersion" must be 1.2 or 1.3' },
    { messageId: 'type', text: '"yes"', line: 18, character: 19, message: '"…endpoints[0].tls.hsts.enabled" must be true or false, not a string' },
    { messageId: 'tooSmall', text: '-1', line: 19, character: 18, message: '"…endpoints[0].tls.hsts.maxAge" must be at least 0' },
    {
      messageId: 'format',
      text: 'not a url',
      line: 22,
      character: 16,
      message: '"…authentication.issuer" must be an absolute URL such as https://api.example.nhs.uk/',
    },
    { messageId: 'empty', text: '""', line: 24, character: 12, message: '"spec.exemption.reason" must not be empty' },
    {
      messageId: 'format',
      text: '2026-02-30',
      line: 25,
      character: 13,
      message: '"spec.exemption.expires" must be a date written YYYY-MM-DD, such as 2026-03-31',
    },
  ];

  test('finds exactly the expected problems, in text order', () => {
    assert.deepEqual(findings.map(summary), expected);
  });

  test('every finding covers one line (a key or a scalar, never a whole block)', () => {
    for (const finding of findings) assert.equal(finding.endLine, finding.line, finding.message);
  });

  test('enum findings carry the allowed values as data for the quick fix', () => {
    const enumFinding = findings.find((finding) => finding.messageId === 'enum');
    assert.equal(enumFinding?.data.values, JSON.stringify(['1.2', '1.3']));
  });

  test('the unknown property finding names the property, for a later "remove" fix', () => {
    assert.equal(findings.find((finding) => finding.messageId === 'unknownProperty')?.data.property, 'colour');
  });
});

describe('manifest-schema: placement of missing properties', () => {
  test('at the root, on the first key of the document (JSON)', () => {
    const text = '{\n  "$schema": "../schemas/service-manifest.schema.json",\n  "apiVersion": "internet-first/v1",\n  "kind": "ServiceManifest"\n}\n';
    const findings = runManifestSchema(text, 'json', 'partial.json');
    assert.deepEqual(findings.map(summary), [
      { messageId: 'missingProperty', text: '"$schema"', line: 1, character: 2, message: 'The manifest is missing the required property "metadata"' },
      { messageId: 'missingProperty', text: '"$schema"', line: 1, character: 2, message: 'The manifest is missing the required property "spec"' },
    ]);
  });

  test("in a list item, on the item's first key", () => {
    const findings = runManifestSchema(manifestWithEndpoint('url: https://api.example.nhs.uk/\ntls: { minVersion: "1.2" }'), 'yaml');
    assert.deepEqual(
      findings.map((finding) => [finding.text, finding.data.property]),
      [
        ['url', 'name'],
        ['url', 'authentication'],
      ],
    );
  });

  test('an empty flow mapping is reported on its key', () => {
    const findings = runManifestSchema(manifestWithEndpoint('name: api\nurl: https://api.example.nhs.uk/\nauthentication: {}'), 'yaml');
    assert.deepEqual(findings.map(summary), [
      {
        messageId: 'missingProperty',
        text: 'authentication',
        line: 10,
        character: 6,
        message: '"…endpoints[0].authentication" is missing the required property "type"',
      },
    ]);
  });
});

describe('manifest-schema: values of the wrong kind', () => {
  test('a key with no value is reported on the key', () => {
    const findings = runManifestSchema(manifestWithEndpoint('name: api\nurl: https://api.example.nhs.uk/\ntls:\nauthentication: { type: mtls }'), 'yaml');
    assert.deepEqual(findings.map(summary), [
      { messageId: 'type', text: 'tls', line: 10, character: 6, message: '"spec.endpoints[0].tls" must be an object, not empty' },
    ]);
  });

  test('a document that is a list is reported on the list', () => {
    const findings = runManifestSchema('[1, 2]\n', 'json', 'odd.service.json');
    assert.deepEqual(findings.map(summary), [
      { messageId: 'type', text: '[1, 2]', line: 0, character: 0, message: 'The manifest must be an object, not a list' },
    ]);
  });

  test('a too long name is reported once, as too long', () => {
    const text =
      `${MANIFEST_HEAD.replace('name: referrals', `name: ${'a'.repeat(64)}`)}spec: { exposure: internet, endpoints: [{ name: api, ` +
      `url: "https://a.example.nhs.uk/", authentication: { type: none } }] }\n`;
    const findings = runManifestSchema(text, 'yaml');
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.message]),
      [['tooLong', '"metadata.name" must be at most 63 characters long']],
    );
  });

  test('TLS versions other than 1.2 and 1.3 are refused whatever their spelling', () => {
    for (const version of ['"1.1"', '1.0', 'TLSv1.2', '"1.20"']) {
      const text = manifestWithEndpoint(`name: api
url: https://api.example.nhs.uk/
tls: { minVersion: ${version} }
authentication: { type: oauth2 }`);
      const findings = runManifestSchema(text, 'yaml');
      assert.deepEqual(
        findings.map((finding) => [finding.messageId, finding.text]),
        [['enum', version]],
        `minVersion ${version}`,
      );
    }
  });
});

describe('manifest-schema: documents and files', () => {
  test('in a multi-document file only the manifest document is validated', () => {
    const findings = runManifestSchema(readFixture('multi-document.yaml'), 'yaml', 'multi-document.yaml');
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.text, finding.line]),
      [['unknownProperty', 'replicas', 22]],
    );
  });

  test('a Kubernetes Deployment gives no manifest findings', () => {
    assert.deepEqual(runManifestSchema(readFixture('kubernetes-deployment.yaml'), 'yaml', 'deployment.yaml'), []);
  });

  test('an empty file named like a manifest gives no findings yet', () => {
    assert.deepEqual(runManifestSchema('', 'yaml', 'new.service.yaml'), []);
    assert.deepEqual(runManifestSchema('# just a comment\n', 'yaml', 'new.service.yaml'), []);
  });

  test('a file named like a manifest is validated even with a misspelt kind', () => {
    const text = readFixture('valid.service.yaml').replace('kind: ServiceManifest', 'kind: ServiceManifests');
    const findings = runManifestSchema(text, 'yaml', 'referrals.service.yaml');
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.text, finding.message]),
      [['const', 'ServiceManifests', '"kind" must be "ServiceManifest"']],
    );
  });
});

describe('manifest-schema: aliases', () => {
  test('a shared anchor with an error is reported once, where it is written', () => {
    const text = readFixture('aliases.yaml');
    const findings = runManifestSchema(text, 'yaml', 'aliases.yaml');
    assert.deepEqual(findings.map(summary), [
      { messageId: 'enum', text: '"1.1"', line: 13, character: 20, message: '"…endpoints[0].tls.minVersion" must be 1.2 or 1.3' },
    ]);
  });

  test('an alias bomb finishes quickly with one finding and no validation', () => {
    const levels = ['x0: &x0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]'];
    for (let level = 1; level < 9; level++)
      levels.push(
        `x${level}: &x${level} [${Array(10)
          .fill(`*x${level - 1}`)
          .join(', ')}]`,
      );
    const text = `${MANIFEST_HEAD}${levels.join('\n')}\nspec:\n  exposure: internet\n  endpoints: *x8\n`;
    const started = performance.now();
    const findings = runManifestSchema(text, 'yaml', 'bomb.yaml');
    const elapsed = performance.now() - started;
    assert.ok(elapsed < 10_000, `took ${elapsed.toFixed(0)} ms`);
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.message]),
      [['expansionLimit', 'Manifest not schema-checked: aliases expand past 10000 nodes; use fewer']],
    );
    assert.match(findings[0].text, /^\*x\d$|^lol$/);
  });

  test('an alias that carries nesting beyond the depth limit stops with a finding', () => {
    // Each half is within the parser's nesting limit; only the alias puts one inside the other.
    const nested = (inner: string) => `${'{ n: '.repeat(190)}${inner}${' }'.repeat(190)}`;
    const text = `${MANIFEST_HEAD}deep: &deep ${nested('end')}\ndeeper: &deeper ${nested('*deep')}\nspec: ${nested('*deeper')}\n`;
    const findings = runManifestSchema(text, 'yaml', 'deep-alias.yaml');
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.message]),
      [['depthLimit', 'Manifest not schema-checked: nested deeper than 500 levels; flatten it']],
    );
  });
});

describe('manifest-schema: hostile input', () => {
  test('deeply nested YAML and JSON do not crash', () => {
    const yaml = `${MANIFEST_HEAD}spec: ${'['.repeat(5000)}${']'.repeat(5000)}\n`;
    const json = `{"apiVersion": "internet-first/v1", "kind": "ServiceManifest", "spec": ${'['.repeat(5000)}${']'.repeat(5000)}}`;
    for (const [text, language] of [
      [yaml, 'yaml'],
      [json, 'json'],
    ] as const) {
      // Nesting past the parser's limit is not parsed at all (parse-error reports it), so there is no manifest to check.
      assert.deepEqual(runManifestSchema(text, language, `deep.service.${language}`), [], language);
    }
  });

  test('a "__proto__" key is an unknown property, not a prototype', () => {
    const findings = runManifestSchema(
      `${MANIFEST_HEAD}spec: { exposure: internet, endpoints: [{ name: api, url: "https://a.example.nhs.uk/", authentication: { type: none, ` +
        `__proto__: { type: 1 } } }] }\n`,
      'yaml',
    );
    assert.deepEqual(
      findings.map((finding) => [finding.messageId, finding.text]),
      [['unknownProperty', '__proto__']],
    );
  });
});

describe('manifest-schema through the engine', () => {
  test('lint() reports manifest findings as errors under the rule id', () => {
    const findings = lint(readFixture('invalid-families.service.yaml'), 'yaml', undefined, { fileName: 'invalid-families.service.yaml' }).filter(
      (finding) => finding.ruleId === 'manifest-schema',
    );
    assert.equal(findings.length, 12);
    assert.ok(findings.every((finding) => finding.severity === 'error'));
    assert.deepEqual(findings[0].range, { start: { line: 0, character: 12, offset: 12 }, end: { line: 0, character: 29, offset: 29 } });
    assert.equal(findings[0].message, '"apiVersion" must be "internet-first/v1"');
  });
});
