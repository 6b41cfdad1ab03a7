/** The adaptive debounce: short while lints are cheap, as long as the last lint when they are not, within bounds. */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lintDelayAfter, MAX_LINT_DELAY_MS, MIN_LINT_DELAY_MS } from '../../server/src/lsp/lint-delay';

describe('lintDelayAfter', () => {
  test('a document not linted yet, or linted quickly, waits the minimum', () => {
    assert.equal(lintDelayAfter(undefined), MIN_LINT_DELAY_MS);
    assert.equal(lintDelayAfter(0), MIN_LINT_DELAY_MS);
    assert.equal(lintDelayAfter(MIN_LINT_DELAY_MS - 1), MIN_LINT_DELAY_MS);
    assert.equal(lintDelayAfter(Number.NaN), MIN_LINT_DELAY_MS);
  });

  test('a slow lint makes the next wait as long as it took, up to the maximum', () => {
    assert.equal(lintDelayAfter(120.4), 120);
    assert.equal(lintDelayAfter(MAX_LINT_DELAY_MS + 1), MAX_LINT_DELAY_MS);
    assert.equal(lintDelayAfter(Number.POSITIVE_INFINITY), MIN_LINT_DELAY_MS, 'a broken clock reading is not a reason to wait');
    assert.ok(MIN_LINT_DELAY_MS < MAX_LINT_DELAY_MS);
  });
});
