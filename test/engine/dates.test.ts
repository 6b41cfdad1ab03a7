/**
 * Waivers (`until=`) and manifest exemptions (`expires`) judge dates alike:
 * they hold through their day, have expired from the next, and a date that
 * names no real day does not hold (for an exemption, manifest-schema says so).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { hasExpired, isCalendarDate } from '../../server/src/engine/dates';

const MANIFEST = (expires: string) =>
  'apiVersion: internet-first/v1\nkind: ServiceManifest\nmetadata:\n  name: results\n  owner: { team: Pathology, email: pathology@nhs.net }\n' +
  'spec:\n  exposure: n3\n  endpoints:\n    - name: api\n      url: https://results.example.nhs.uk/api\n      tls: ' +
  '{ minVersion: "1.2" }\n      authentication: { type: nhs-cis2 }\n' +
  `  exemption:\n    reason: Moving to the internet-facing API.\n    expires: "${expires}"\n`;

function exposure(expires: string, today: string) {
  return lint(MANIFEST(expires), 'yaml', {}, { fileName: 'results.service.yaml', today })
    .filter((finding) => finding.ruleId === 'network-location-trust' || finding.ruleId === 'manifest-schema')
    .map((finding) => `${finding.ruleId}/${finding.messageId}/${finding.severity}`);
}

function waived(until: string, today: string) {
  const text = `url: http://10.0.0.5/ # internet-first-disable-line private-address until=${until} -- migration NHS-123\n`;
  return lint(text, 'yaml', {}, { today })
    .filter((finding) => finding.ruleId === 'private-address')
    .map((finding) => `${finding.severity}: ${finding.message.replace(/^.*\(/, '(')}`);
}

describe('dates', () => {
  test('calendar dates', () => {
    assert.equal(isCalendarDate('2028-02-29'), true);
    assert.equal(isCalendarDate('2026-02-30'), false);
    assert.equal(isCalendarDate('2026-13-01'), false);
    assert.equal(isCalendarDate('soon'), false);
    assert.equal(hasExpired('2026-03-31', '2026-03-31'), false, 'a date holds through its own day');
    assert.equal(hasExpired('2026-03-31', '2026-04-01'), true);
    assert.equal(hasExpired('2026-02-30', '2099-01-01'), false, 'not a date: not judged as expired');
  });

  test('an exemption holds through its day, then its exposure is an error', () => {
    assert.deepEqual(exposure('2026-03-31', '2026-03-31'), ['network-location-trust/exposureExempt/warning']);
    assert.deepEqual(exposure('2026-03-31', '2026-04-01'), ['network-location-trust/exposureExemptionExpired/error']);
  });

  test('an exemption with an invalid date is a schema error', () => {
    assert.ok(exposure('2026-02-30', '2026-01-01').includes('manifest-schema/format/error'));
  });

  test('a waiver holds through its day, then its finding is back at its own severity; an invalid date waives nothing', () => {
    assert.deepEqual(waived('2026-03-31', '2026-03-31'), []);
    assert.deepEqual(waived('2026-03-31', '2026-04-01'), ['error: (The waiver for this finding expired on 2026-03-31.)']);
    assert.deepEqual(waived('2026-02-30', '2026-01-01'), ["error: (The waiver's until=2026-02-30 is not a real date, so it waives nothing.)"]);
  });
});
