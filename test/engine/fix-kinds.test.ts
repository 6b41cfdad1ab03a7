/**
 * A rule declares the kinds of fix it makes (`meta.fixes`), each with its
 * applicability; a fix of an undeclared kind does not compile and, should one
 * get through (a cast), the engine throws as for an unknown message id.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { declared } from '../../server/src/engine/rule-reports';
import type { AnyRule, Rule } from '../../server/src/engine/rule';
import { lint, ruleMetas } from '../../server/src/engine';
import { fixText } from '../../server/src/engine/fix-all';

const standIn: Rule<'useTls'> = {
  meta: {
    id: 'stand-in',
    defaultSeverity: 'error',
    description: 'd',
    rationale: 'r',
    fixable: true,
    fixes: { useTls: { applicability: 'unsafe', reason: 'the server may not speak TLS' } },
    messages: { m: 'm' },
  },
  check(context) {
    context.report({ messageId: 'm', offset: 0, length: 1, fixes: [{ title: 't', edits: [], kind: 'useTls' }] });
    // @ts-expect-error a kind the rule does not declare does not compile
    context.report({ messageId: 'm', offset: 0, length: 1, fixes: [{ title: 't', edits: [], kind: 'removeIt' }] });
  },
};

describe('fix kinds', () => {
  test("the engine gives a fix its kind's applicability, and throws for an undeclared kind", () => {
    const rule = standIn as unknown as AnyRule;
    assert.deepEqual(declared(rule, { title: 't', edits: [], kind: 'useTls' }), { title: 't', edits: [], kind: 'useTls', applicability: 'unsafe' });
    assert.throws(() => declared(rule, { title: 't', edits: [], kind: 'removeIt' }), /Rule stand-in reported a fix of undeclared kind "removeIt"/);
  });

  test("no rule's fix kind is declared safe without a reason, and hostMap is never safe", () => {
    for (const meta of ruleMetas()) {
      for (const [name, kind] of Object.entries(meta.fixes ?? {})) {
        assert.ok(kind.reason.length > 20, `${meta.id}/${name} needs a reason`);
        if (name === 'hostMap') assert.notEqual(kind.applicability, 'safe', `${meta.id}: a hostMap replacement can name any host`);
      }
    }
  });

  test('a hostMap replacement is unsafe and its title names the host it writes', () => {
    const text = 'db: postgresql://10.20.0.5:5432/app\n';
    const config = { hostMap: { '10.20.0.5': 'anything.example.org' } };
    const [fix] = lint(text, 'yaml', config).flatMap((finding) => finding.fixes ?? []);
    assert.equal(fix.kind, 'hostMap');
    assert.equal(fix.applicability, 'unsafe');
    assert.match(fix.title, /anything\.example\.org/);
    assert.equal(fixText(text, 'yaml', config).text, text, 'fix-all without unsafe fixes leaves it');
    assert.equal(fixText(text, 'yaml', config, { unsafeFixes: true }).text, 'db: postgresql://anything.example.org:5432/app\n');
  });

  test('no manifest fix proposes a value that weakens security or trusts the network, even as the typo fix', () => {
    const text =
      'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: results\n  owner: { team: Pathology, email: pathology@nhs.net }\nspec:\n' +
      '  exposure: HSCN\n  endpoints:\n    - name: api\n      url: https://results.example.nhs.uk/api\n      tls: { minVersion: "1.2" }\n' +
      '      authentication: { type: None }\n';
    const titles = lint(text, 'yaml', {}, { fileName: 'results.service.yaml' })
      .filter((finding) => finding.ruleId === 'manifest-schema')
      .map((finding) => (finding.fixes ?? []).map((fix) => `${fix.title} (${fix.applicability})`));
    assert.deepEqual(titles, [
      ['Use internet (display-only)', 'Use lan-only (display-only)'],
      [
        'Use nhs-cis2 (display-only)',
        'Use nhs-login (display-only)',
        'Use oauth2 (display-only)',
        'Use oidc (display-only)',
        'Use mtls (display-only)',
        'Use api-key (display-only)',
      ],
    ]);
  });
});
