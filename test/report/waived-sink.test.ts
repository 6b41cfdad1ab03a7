/** The engine's `waived` option: what a live waiver drops, with its reason and latest expiry, and nothing else. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, type WaivedFinding } from '../../server/src/engine';

test('live waivers hand their findings to the sink; an expired one leaves its finding reported', () => {
  const text = [
    '# internet-first-disable-next-line private-address until=2027-01-31 -- ticket A',
    'a: https://10.1.2.3/x',
    '# internet-first-disable-next-line private-address until=2026-01-31 -- ticket B',
    'b: https://10.1.2.4/x',
    '# internet-first-disable-next-line private-address -- for good',
    'c: https://10.1.2.5/x',
    '',
  ].join('\n');
  const waived: WaivedFinding[] = [];
  const findings = lint(text, 'yaml', {}, { today: '2026-12-05', waived });
  assert.deepEqual(
    waived.map((w) => [w.finding.range.start.line, w.reason, w.until]),
    [
      [1, 'ticket A', '2027-01-31'],
      [5, 'for good', undefined],
    ],
  );
  assert.deepEqual(
    findings.filter((f) => f.ruleId === 'private-address').map((f) => f.range.start.line),
    [3],
  );
  // Without the option nothing changes.
  assert.deepEqual(lint(text, 'yaml', {}, { today: '2026-12-05' }), findings);
});
