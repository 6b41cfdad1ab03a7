/** The editor's `internetFirst.rules` takes the severities the config file and `--rule` take, `warn` included. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SeverityValue } from '../../server/src/lsp/settings';

test('internetFirst.rules severities: warn means warning; case and spaces do not matter; others are rejected', () => {
  assert.equal(SeverityValue.from('warn'), 'warning');
  assert.equal(SeverityValue.from(' Warning '), 'warning');
  assert.equal(SeverityValue.from('off'), 'off');
  assert.equal(SeverityValue.from('fatal'), undefined);
  assert.equal(SeverityValue.from(2), undefined);
});
