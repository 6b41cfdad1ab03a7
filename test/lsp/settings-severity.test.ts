/**
 * The editor's settings as the server reads them: `internetFirst.rules` takes the severities the
 * config file and `--rule` take, `warn` included; `internetFirst.maxLintTime` is whole milliseconds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DEFAULT_MAX_LINT_MS, MaxLintTime, ServerSettings, SeverityValue } from '../../server/src/lsp/settings';

test('internetFirst.rules severities: warn means warning; case and spaces do not matter; others are rejected', () => {
  assert.equal(SeverityValue.from('warn'), 'warning');
  assert.equal(SeverityValue.from(' Warning '), 'warning');
  assert.equal(SeverityValue.from('off'), 'off');
  assert.equal(SeverityValue.from('fatal'), undefined);
  assert.equal(SeverityValue.from(2), undefined);
});

test('internetFirst.maxLintTime: whole milliseconds, 0 for no limit; other values are reported and the default kept', () => {
  const problems: string[] = [];
  const report = (message: string) => problems.push(message);
  assert.equal(MaxLintTime.from(undefined, report), DEFAULT_MAX_LINT_MS);
  assert.equal(MaxLintTime.from(500, report), 500);
  assert.equal(MaxLintTime.from(0, report), 0);
  assert.deepEqual(problems, []);
  for (const bad of [-1, 2.5, '500', true]) assert.equal(MaxLintTime.from(bad, report), DEFAULT_MAX_LINT_MS);
  assert.equal(problems.length, 4);
  assert.match(problems[0], /^internetFirst\.maxLintTime must be a whole number of milliseconds/);
  assert.equal(ServerSettings.from({ maxLintTime: 250 }, report).maxLintMs, 250);
});
