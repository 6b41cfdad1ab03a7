/**
 * Properties every quick fix must have, checked with fast-check over
 * generated documents for each fixable rule (YAML block and flow, several
 * documents per file, JSON and JSONC, comments, indentation steps, quoting,
 * CRLF, clean keys around the trigger):
 * - fix-all (the engine loop behind `--fix` and the editor's fix-all) ends
 *   stable, the file still parses, every comment is still there, the rule's
 *   findings are gone, and a second fix-all changes nothing;
 * - a fix offered for review, applied alone, keeps the file parseable and its
 *   comments, and removes the finding it was offered for.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { applyFixes, fixText, lint, type LintConfig } from '../../server/src/engine';
import {
  commentArb,
  commentTexts,
  embedArb,
  map,
  quoteArb,
  sc,
  seq,
  syntaxProblems,
  writeArb,
  type DMap,
  type DPair,
  type Doc,
  type Generated,
} from './fix-documents';

const RUNS = Number(process.env.FIX_PROPERTY_RUNS ?? 100);

function lintOf(doc: Generated, config: LintConfig, fileName?: string) {
  return lint(doc.text, doc.language, config, { fileName, today: '2026-01-01' });
}

/** Fix-all removes the rule's findings, keeps syntax and comments, and is idempotent. */
function checkFixAll(ruleId: string, doc: Generated, config: LintConfig = {}, fileName?: string): void {
  const before = lintOf(doc, config, fileName);
  const targeted = before.filter((finding) => finding.ruleId === ruleId);
  assert.ok(targeted.length > 0, `the generator made no ${ruleId} finding in:\n${doc.text}`);
  assert.ok(
    targeted.every((finding) => finding.fixes?.some((fix) => fix.applicability !== 'display-only')),
    `a ${ruleId} finding has no fix fix-all can apply in:\n${doc.text}`,
  );
  assert.equal(syntaxProblems(doc.text, doc.language), 0, `the generator wrote invalid ${doc.language}:\n${doc.text}`);
  const first = fixText(doc.text, doc.language, config, { fileName, today: '2026-01-01', unsafeFixes: true });
  const where = `\n--- before:\n${doc.text}\n--- after:\n${first.text}`;
  assert.equal(first.stoppedBecause, 'stable', `fix-all stopped: ${first.stoppedBecause}${where}`);
  assert.equal(syntaxProblems(first.text, doc.language), 0, `the fixed text does not parse${where}`);
  assert.deepEqual(commentTexts(first.text, doc.language), commentTexts(doc.text, doc.language), `a comment was lost or changed${where}`);
  assert.deepEqual(
    first.remaining.filter((finding) => finding.ruleId === ruleId || finding.ruleId === 'parse-error').map((f) => f.message),
    [],
    `findings left${where}`,
  );
  const second = fixText(first.text, doc.language, config, { fileName, today: '2026-01-01', unsafeFixes: true });
  assert.equal(second.text, first.text, `a second fix-all changed the text${where}`);
  assert.equal(second.fixesApplied, 0);
}

/** Each fix offered for review, applied alone, keeps syntax and comments and removes its finding. */
function checkSuggestions(ruleId: string, doc: Generated, config: LintConfig = {}, fileName?: string): void {
  const findings = lintOf(doc, config, fileName).filter((finding) => finding.ruleId === ruleId);
  const offered = findings.flatMap((finding) => (finding.fixes ?? []).filter((fix) => fix.applicability === 'display-only').map((fix) => ({ finding, fix })));
  assert.ok(offered.length > 0, `no fix offered for review in:\n${doc.text}`);
  for (const { finding, fix } of offered) {
    const text = applyFixes(doc.text, [fix]).text;
    const where = `\n--- ${fix.title}\n--- before:\n${doc.text}\n--- after:\n${text}`;
    assert.equal(syntaxProblems(text, doc.language), 0, `does not parse${where}`);
    assert.deepEqual(commentTexts(text, doc.language), commentTexts(doc.text, doc.language), `a comment was lost${where}`);
    const same = (f: { ruleId: string; messageId: string }) => f.ruleId === ruleId && f.messageId === finding.messageId;
    assert.ok(lintOf({ ...doc, text }, config, fileName).filter(same).length < findings.filter(same).length, `the finding stayed${where}`);
  }
}

const pair = (key: string, value: Doc, comment?: string): DPair => ({ key, value, comment });
const one = (arb: fc.Arbitrary<DPair>) => arb.map((p) => [p]);

/* ---------- triggers, one arbitrary per fixable rule ---------- */

const insecureUrl = one(
  fc
    .record({
      scheme: fc.constantFrom(['http', 80], ['ws', 80], ['amqp', 5672], ['redis', 6379], ['ldap', 389], ['mqtt', 1883], ['ftp', 21]),
      port: fc.boolean(),
      key: fc.constantFrom('url', 'endpoint', 'baseUrl', 'API_URL'),
      quote: quoteArb,
      comment: commentArb,
    })
    .map(({ scheme, port, key, quote, comment }) => pair(key, sc(`${scheme[0]}://api.example.org${port ? `:${scheme[1]}` : ''}/v1`, quote), comment)),
);

const offWord = fc.constantFrom<Doc>(sc(false), sc('false', '"'), sc('False'), sc('no'), sc('off'), sc('NO', '"'), sc(0));
const tlsDisabled = one(
  fc.oneof(
    fc
      .record({ key: fc.constantFrom('ssl', 'tls', 'useSSL', 'enableSsl'), value: offWord, comment: commentArb })
      .map(({ key, value, comment }) => pair(key, value, comment)),
    fc.record({ mode: fc.constantFrom('disable', 'prefer', 'allow'), quote: quoteArb }).map(({ mode, quote }) => pair('sslmode', sc(mode, quote))),
    fc.constantFrom('PLAINTEXT', 'SASL_PLAINTEXT').map((protocol) => pair('security.protocol', sc(protocol))),
    fc
      .constantFrom('False', 'Optional', 'false')
      .map((value) => pair('ConnectionStrings', map([['Db', sc(`Server=tcp:sql.example.org,1433;Database=app;Encrypt=${value}`)]]))),
    fc.constantFrom('disable', 'prefer').map((mode) => pair('DATABASE_URL', sc(`postgresql://pg.example.org/app?sslmode=${mode}`))),
    offWord.map((value) => pair('Authentication', map([['RequireHttpsMetadata', value]]))),
  ),
);

const nodeTls = fc
  .record({
    others: fc.shuffledSubarray(['NODE_ENV', 'PORT', 'LOG_LEVEL'], { maxLength: 3 }),
    at: fc.nat(3),
    form: fc.constantFrom('k8s', 'compose', 'map'),
    flow: fc.boolean(),
    comment: commentArb,
  })
  .map(({ others, at, form, flow, comment }) => {
    const index = Math.min(at, others.length);
    const names = [...others.slice(0, index), 'NODE_TLS_REJECT_UNAUTHORIZED', ...others.slice(index)];
    const valueOf = (name: string) => (name === 'NODE_TLS_REJECT_UNAUTHORIZED' ? '0' : name === 'PORT' ? '8080' : 'x');
    if (form === 'map')
      return pair(
        'environment',
        map(
          names.map((name) => ({ key: name, value: sc(valueOf(name), '"'), comment: name === 'NODE_TLS_REJECT_UNAUTHORIZED' ? comment : undefined })),
          flow,
        ),
      );
    if (form === 'compose')
      return pair(
        'environment',
        seq(
          names.map((name) => sc(`${name}=${valueOf(name)}`)),
          flow,
          names.map((name) => (name === 'NODE_TLS_REJECT_UNAUTHORIZED' ? comment : undefined)),
        ),
      );
    return pair(
      'env',
      seq(
        names.map((name) =>
          map([
            { key: 'name', value: sc(name), comment: name === 'NODE_TLS_REJECT_UNAUTHORIZED' ? comment : undefined },
            { key: 'value', value: sc(valueOf(name), '"') },
          ]),
        ),
        flow,
      ),
    );
  });
const tlsVerificationDisabled = one(
  fc.oneof(
    fc
      .record({
        key: fc.constantFrom('insecureSkipVerify', 'insecure_skip_verify', 'tlsSkipVerify'),
        value: fc.constantFrom<Doc>(sc(true), sc('true', '"'), sc('yes'), sc('True')),
        comment: commentArb,
      })
      .map(({ key, value, comment }) => pair(key, value, comment)),
    fc.constantFrom<Doc>(sc(false), sc('false', "'")).map((value) => pair('ssl', map([['rejectUnauthorized', value]]))),
    fc
      .constantFrom('True', 'true', 'yes')
      .map((value) => pair('ConnectionStrings', map([['Db', sc(`Server=tcp:sql.example.org,1433;Encrypt=True;TrustServerCertificate=${value}`, '"')]]))),
    fc.constantFrom('require', 'Require').map((mode) => pair('DATABASE_URL', sc(`postgresql://pg.example.org/app?sslmode=${mode}`))),
    nodeTls,
  ),
);

const versionList = (items: string[], min: number) =>
  fc.shuffledSubarray(items, { minLength: min }).filter((chosen) => chosen.some((item) => /TLSv1(\.[01])?$|^Tls(11)?$/.test(item)));
const weakTlsVersion = one(
  fc.oneof(
    fc
      .record({ version: fc.constantFrom<Doc>(sc('TLSv1'), sc('TLSv1.1', '"'), sc('VersionTLS10'), sc('1.0', '"'), sc(1.1)), comment: commentArb })
      .map(({ version, comment }) => pair('tls', map([['minVersion', version]]), comment)),
    fc
      .record({ list: versionList(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 1), separator: fc.constantFrom(' ', ',', ', ') })
      .map(({ list, separator }) => pair('ssl_protocols', sc(list.join(separator), '"'))),
    fc
      .record({
        list: versionList(['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'], 2),
        flow: fc.boolean(),
        comments: fc.array(commentArb, { minLength: 4, maxLength: 4 }),
      })
      .map(({ list, flow, comments }) =>
        pair(
          'enabled-protocols',
          seq(
            list.map((item) => sc(item)),
            flow,
            flow ? undefined : comments,
          ),
        ),
      ),
    fc.constantFrom('TLS1_0', 'TLS1_1').map((version) => pair('minimumTlsVersion', sc(version))),
    fc.record({ list: versionList(['Tls', 'Tls11', 'Tls12', 'Tls13'], 1), flow: fc.boolean() }).map(({ list, flow }) =>
      pair(
        'SslProtocols',
        seq(
          list.map((item) => sc(item, '"')),
          flow,
        ),
      ),
    ),
  ),
);

/* ---------- whole documents: manifests and Ingresses ---------- */

const endpointArb = fc
  .record({
    tls: fc.constantFrom(false, false, true),
    flow: fc.constantFrom(false, false, true),
    urlFirst: fc.boolean(),
    authentication: fc.boolean(),
    comment: commentArb,
    name: fc.constantFrom('api', 'web', 'admin'),
  })
  .map(({ tls, flow, urlFirst, authentication, comment, name }) => {
    const url = { key: 'url', value: sc(`https://${name}.example.nhs.uk/`), comment: flow ? undefined : comment };
    const pairs: DPair[] = urlFirst ? [url, { key: 'name', value: sc(name) }] : [{ key: 'name', value: sc(name) }, url];
    if (tls) pairs.push({ key: 'tls', value: map([['minVersion', sc('1.2', '"')]], true) });
    if (authentication) pairs.push({ key: 'authentication', value: map([['type', sc('oauth2')]], !flow) });
    return map(pairs, flow);
  });
const manifestHead = (spec: DMap, extra: DPair[] = []): DMap =>
  map([
    pair('apiVersion', sc('internet-first/v1')),
    pair('kind', sc('ServiceManifest')),
    pair(
      'metadata',
      map([
        ['name', sc('referrals')],
        [
          'owner',
          map([
            ['team', sc('Referrals')],
            ['email', sc('referrals@nhs.net')],
          ]),
        ],
      ]),
    ),
    ...extra,
    pair('spec', spec),
  ]);
const missingTlsManifest = fc
  .array(endpointArb, { minLength: 1, maxLength: 3 })
  .filter((endpoints) => endpoints.some((endpoint) => !endpoint.pairs.some((p) => p.key === 'tls')))
  .map((endpoints) =>
    manifestHead(
      map([
        ['exposure', sc('internet')],
        ['endpoints', seq(endpoints)],
      ]),
    ),
  );

const ingressArb = fc
  .record({
    hosts: fc.shuffledSubarray(['web.example.nhs.uk', 'api.example.nhs.uk', '*.apps.example.nhs.uk'], { minLength: 1 }),
    className: fc.boolean(),
    comment: commentArb,
  })
  .map(({ hosts, className, comment }) =>
    map([
      pair('apiVersion', sc('networking.k8s.io/v1')),
      pair('kind', sc('Ingress')),
      pair('metadata', map([['name', sc('web')]])),
      pair(
        'spec',
        map([
          ...(className ? [pair('ingressClassName', sc('nginx'), comment)] : []),
          pair('rules', seq(hosts.map((host) => map([['host', sc(host)]]))), className ? undefined : comment),
        ]),
      ),
    ]),
  );

/** A valid manifest with mistakes that have one right answer: a value in the wrong case, a version below the minimum, a missing kind or apiVersion. */
const schemaMistakes = fc
  .record({
    type: fc.constantFrom('oauth2', 'NHS-CIS2', 'Nhs-Login'),
    version: fc.constantFrom('1.2', '1.0', '1.1', 'TLSv1.2'),
    exposure: fc.constantFrom('internet', 'Internet', 'INTERNET'),
    drop: fc.shuffledSubarray(['apiVersion', 'kind'], { maxLength: 2 }),
  })
  .filter(({ type, version, exposure, drop }) => type !== 'oauth2' || version !== '1.2' || exposure !== 'internet' || drop.length > 0)
  .map(({ type, version, exposure, drop }) => {
    const endpoint = map([
      ['name', sc('api')],
      ['url', sc('https://api.example.nhs.uk/')],
      ['tls', map([['minVersion', sc(version, '"')]])],
      ['authentication', map([['type', sc(type)]])],
    ]);
    const root = manifestHead(
      map([
        ['exposure', sc(exposure)],
        ['endpoints', seq([endpoint])],
      ]),
    );
    return map(root.pairs.filter((p) => !drop.includes(p.key)));
  });
/** Mistakes a person must settle: a value with no close match, a missing email. */
const schemaChoices = fc.constantFrom('public', 'email').map((mistake) => {
  const root = manifestHead(
    map([
      ['exposure', sc(mistake === 'public' ? 'public' : 'internet')],
      [
        'endpoints',
        seq([
          map([
            ['name', sc('api')],
            ['url', sc('https://api.example.nhs.uk/')],
            ['tls', map([['minVersion', sc('1.2', '"')]])],
            ['authentication', map([['type', sc('oauth2')]])],
          ]),
        ]),
      ],
    ]),
  );
  if (mistake === 'email') (root.pairs[2].value as DMap).pairs[1] = pair('owner', map([['team', sc('Referrals')]]));
  return root;
});

/* ---------- host names with a known internet name ---------- */

const hostMap: LintConfig = { hostMap: { '10.20.0.5': 'api.example.nhs.uk', 'pds.corp': 'pds.example.nhs.uk', 'nww.pas.trust.nhs.uk': 'pas.trust.nhs.uk' } };
const hostTrigger = (hosts: string[]) =>
  one(
    fc
      .record({ host: fc.constantFrom(...hosts), form: fc.constantFrom('url', 'bare'), quote: quoteArb, comment: commentArb })
      .map(({ host, form, quote, comment }) =>
        form === 'url' ? pair('API_URL', sc(`https://${host}:8443/v1`, quote), comment) : pair('host', sc(host, quote), comment),
      ),
  );

describe('quick fix properties (fast-check)', () => {
  const property = (arb: fc.Arbitrary<Generated>, check: (doc: Generated) => void) => fc.assert(fc.property(arb, check), { numRuns: RUNS });
  test('insecure-url', () => property(writeArb(embedArb(insecureUrl)), (doc) => checkFixAll('insecure-url', doc)));
  test('tls-disabled', () => property(writeArb(embedArb(tlsDisabled)), (doc) => checkFixAll('tls-disabled', doc)));
  test('tls-verification-disabled', () => property(writeArb(embedArb(tlsVerificationDisabled)), (doc) => checkFixAll('tls-verification-disabled', doc)));
  test('weak-tls-version', () => property(writeArb(embedArb(weakTlsVersion)), (doc) => checkFixAll('weak-tls-version', doc)));
  test('missing-tls: manifest endpoints', () => property(writeArb(missingTlsManifest.map((root) => root)), (doc) => checkFixAll('missing-tls', doc)));
  test('missing-tls: Ingress (offered for review)', () =>
    property(writeArb(ingressArb, { multiDocument: true }), (doc) => checkSuggestions('missing-tls', doc)));
  test('manifest-schema: one right answer', () =>
    property(writeArb(schemaMistakes, { multiDocument: false }), (doc) =>
      checkFixAll('manifest-schema', doc, {}, doc.language === 'yaml' ? 'x.service.yaml' : 'x.service.json'),
    ));
  test('manifest-schema: choices for review', () =>
    property(writeArb(schemaChoices, { multiDocument: false }), (doc) =>
      checkSuggestions('manifest-schema', doc, {}, doc.language === 'yaml' ? 'x.service.yaml' : 'x.service.json'),
    ));
  test('hscn-only-endpoint', () =>
    property(writeArb(embedArb(hostTrigger(['msg.int.spine2.ncrs.nhs.uk', 'nww.pas.trust.nhs.uk']))), (doc) =>
      checkFixAll('hscn-only-endpoint', doc, hostMap),
    ));
  test('private-address (hostMap)', () => property(writeArb(embedArb(hostTrigger(['10.20.0.5']))), (doc) => checkFixAll('private-address', doc, hostMap)));
  test('non-public-hostname (hostMap)', () =>
    property(writeArb(embedArb(hostTrigger(['pds.corp']))), (doc) => checkFixAll('non-public-hostname', doc, hostMap)));
});

test("fix-all leaves a manifest with an unclosed `[` alone: no schema fix is built on the parser's guess", () => {
  // Fuzz seed 20, case 5100: `[` swallowed `kind`, `metadata` and `spec`, and each pass appended them again, ten times.
  const text = 'apiVersion: internet-first/v1\ndeep: [a: [a: x\nkind: ServiceManifest\nmetadata:\n  name: appointments-api\n';
  const result = fixText(text, 'yaml', {}, { fileName: 'appointments.service.yaml', today: '2026-01-01', unsafeFixes: true });
  assert.equal(result.stoppedBecause, 'stable');
  assert.equal(result.text, text);
  assert.deepEqual(
    result.remaining.map((finding) => finding.ruleId),
    ['parse-error'],
  );
});
