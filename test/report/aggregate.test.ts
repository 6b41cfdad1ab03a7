/**
 * The aggregation in-process, on hand-made SARIF: services by nearest
 * manifest, links from provenance, suppressions written in `results`, lists
 * capped, and text from SARIF never becoming markup in the page.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EstateAggregator, addDays } from '../../server/src/report/aggregate';
import { buildReport } from '../../server/src/report/build';
import { renderHtml } from '../../server/src/report/html';
import { LIST_LIMIT } from '../../server/src/report/model';

const TOOL = { name: 'internet-first-lint', version: '0.0.0' };

function result(ruleId: string, file: string, line: number, extra: Record<string, unknown> = {}): object {
  return {
    ruleId,
    level: 'error',
    message: { text: `${ruleId} at ${file}` },
    locations: [{ physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: { startLine: line } } }],
    partialFingerprints: { 'internetFirstLint/v1': `${ruleId}-${file}-${line}:1` },
    ...extra,
  };
}

function log(results: object[], extra: Record<string, unknown> = {}): object {
  return { version: '2.1.0', runs: [{ tool: { driver: { name: 'internet-first-lint' } }, results, ...extra }] };
}

test('a file belongs to the nearest manifest above it; files outside every manifest to the repository', () => {
  const aggregate = new EstateAggregator('2026-12-05');
  aggregate.addLog(
    log([result('private-address', 'svc/a/deep/x.yaml', 3), result('insecure-url', 'svc/b/y.yaml', 1), result('missing-tls', 'ci/z.yaml', 2)], {
      artifacts: [
        { location: { uri: 'svc/a/a.service.yaml' }, properties: { services: ['alpha'] } },
        { location: { uri: 'svc/b/b.service.yaml' }, properties: { services: ['beta'] } },
      ],
      versionControlProvenance: [{ repositoryUri: 'https://github.com/nhs/mono', revisionId: 'abc', properties: { srcRootInRepository: 'config/' } }],
    }),
    'mono.sarif',
  );
  const report = buildReport(aggregate, TOOL, []);
  assert.deepEqual(
    report.services.map((s) => [s.service, s.counts.error]),
    [
      ['alpha', 1],
      ['beta', 1],
      ['mono', 1],
    ],
  );
  const alpha = report.services.find((s) => s.service === 'alpha')!;
  assert.equal(alpha.sample[0].url, 'https://github.com/nhs/mono/blob/abc/config/svc/a/deep/x.yaml#L3');
});

test('suppressions written in results (other producers) count as waived, with expiry from the window', () => {
  const aggregate = new EstateAggregator('2026-12-05');
  const suppressed = (until: string) => ({ suppressions: [{ kind: 'inSource', justification: 'ticket', properties: { until } }] });
  aggregate.addLog(
    log([
      result('private-address', 'a.yaml', 1, suppressed('2027-03-05')),
      result('private-address', 'a.yaml', 2, suppressed('2027-03-06')),
      result('private-address', 'a.yaml', 3, { suppressions: [{ kind: 'inSource', status: 'rejected' }] }),
    ]),
    'repo.sarif',
  );
  const report = buildReport(aggregate, TOOL, []);
  assert.equal(report.totals.waived, 2);
  assert.equal(report.totals.errors, 1, 'a rejected suppression does not waive');
  assert.deepEqual(
    report.expiring.items.map((e) => e.expires),
    ['2027-03-05'],
    '90 days from 2026-12-05 is 2027-03-05',
  );
  assert.equal(addDays('2026-12-05', 90), '2027-03-05');
});

test('lists stop at the cap and count the rest', () => {
  const aggregate = new EstateAggregator('2026-12-05');
  const many = Array.from({ length: LIST_LIMIT + 5 }, (_, i) =>
    result('hscn-only-endpoint', 'a.yaml', i + 1, { properties: { data: { host: `nww.h${i}.nhs.uk` } } }),
  );
  aggregate.addLog(log(many), 'repo.sarif');
  const report = buildReport(aggregate, TOOL, []);
  assert.equal(report.hscn.items.length, LIST_LIMIT);
  assert.equal(report.hscn.omitted, 5);
  assert.equal(report.totals.hscnDependencies, LIST_LIMIT + 5);
});

test('text from SARIF is escaped in the page, and a javascript: repository URL makes no link', () => {
  const aggregate = new EstateAggregator('2026-12-05');
  const hostile = '<img src=x onerror=alert(1)></script>';
  aggregate.addLog(
    log([{ ...result('hscn-only-endpoint', `${hostile}.yaml`, 1), message: { text: hostile }, properties: { data: { host: hostile } } }], {
      artifacts: [{ location: { uri: 'x.service.yaml' }, properties: { services: [hostile] } }],
      versionControlProvenance: [{ repositoryUri: 'javascript:alert(1)' }],
    }),
    'repo.sarif',
  );
  const html = renderHtml(buildReport(aggregate, TOOL, []));
  assert.doesNotMatch(html, /<img src=x/);
  assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  assert.doesNotMatch(html, /href="javascript:/);
  // One closing script tag per script element: the inline data cannot end its element early.
  assert.equal(html.match(/<\/script>/g)?.length, 2);
});
