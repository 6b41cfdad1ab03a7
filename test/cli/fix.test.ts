/**
 * The engine's fix-all loop (fixText), shared by `--fix` and the editor, and
 * the CLI's dry-run diff. The real rules show the normal path; stand-in lint
 * functions reach the guards real rules should never trip (a pass that would
 * break the syntax, fixes that undo each other, the pass limit).
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Finding, Fix } from '../../server/src/engine';
import { fixText, MAX_FIX_PASSES, preferredFix, unsafeOnlyCount } from '../../server/src/engine/fix-all';
import { unifiedDiff } from '../../server/src/cli/pipeline';

const at = (offset: number, length: number): Finding['range'] => ({
  start: { line: 0, character: offset, offset },
  end: { line: 0, character: offset + length, offset: offset + length },
});

/** A stand-in lint: one finding at the first match of `pattern`, fixed by replacing it with `replacement`. */
function replacing(pattern: RegExp, replacement: string, applicability: Fix['applicability'] = 'safe'): (text: string) => Finding[] {
  return (text) => {
    const match = pattern.exec(text);
    if (!match) return [];
    const fix: Fix = { title: 'replace', edits: [{ offset: match.index, length: match[0].length, newText: replacement }], kind: 'replace', applicability };
    return [{ ruleId: 'stand-in', messageId: 'm', message: 'm', severity: 'error', range: at(match.index, match[0].length), fixes: [fix] }];
  };
}

describe('fixText with the real rules', () => {
  test('applies only safe fixes by default: http → https is unsafe (the server may not speak TLS)', () => {
    const text = 'a: http://api.service.nhs.uk/x\nhost: msg.int.spine2.ncrs.nhs.uk\n';
    const result = fixText(text, 'yaml');
    assert.deepEqual(
      result.remaining.map((finding) => finding.ruleId),
      ['insecure-url'],
    );
    assert.equal(unsafeOnlyCount(result.remaining), 1);
    assert.equal(result.fixesApplied, 1);
  });

  test('with unsafe fixes, applies every safe and unsafe fix, reports what is left, and is idempotent', () => {
    const text = 'a: http://api.service.nhs.uk/x\nb: ws://events.service.nhs.uk/y\nc: 10.1.2.3\n';
    const result = fixText(text, 'yaml', {}, { unsafeFixes: true });
    assert.equal(result.text, 'a: https://api.service.nhs.uk/x\nb: wss://events.service.nhs.uk/y\nc: 10.1.2.3\n');
    assert.equal(result.fixesApplied, 2);
    assert.equal(result.passes, 1);
    assert.equal(result.stoppedBecause, 'stable');
    assert.deepEqual(
      result.remaining.map((finding) => finding.ruleId),
      ['private-address'],
    );
    const again = fixText(result.text, 'yaml', {}, { unsafeFixes: true });
    assert.equal(again.text, result.text);
    assert.equal(again.passes, 0);
  });

  test('a rule turned off is not fixed', () => {
    const text = 'a: http://api.service.nhs.uk/x\n';
    assert.equal(fixText(text, 'yaml', { rules: { 'insecure-url': 'off' } }).text, text);
  });
});

describe('fixText guards', () => {
  test('only safe fixes are applied unless unsafe ones are asked for; display-only ones never', () => {
    const unsafe = replacing(/old/, 'new', 'unsafe');
    const result = fixText('key: old\n', 'yaml', {}, {}, unsafe);
    assert.equal(result.text, 'key: old\n');
    assert.equal(result.fixesApplied, 0);
    assert.equal(unsafeOnlyCount(result.remaining), 1);
    assert.equal(preferredFix(unsafe('old')[0]), undefined);
    assert.equal(fixText('key: old\n', 'yaml', {}, { unsafeFixes: true }, unsafe).text, 'key: new\n');
    const shown = replacing(/old/, 'new', 'display-only');
    assert.equal(fixText('key: old\n', 'yaml', {}, { unsafeFixes: true }, shown).text, 'key: old\n');
    assert.equal(unsafeOnlyCount(shown('old')), 0);
  });

  test('repeats until stable: a fix that enables another is applied on the next pass', () => {
    // Each pass turns one "x" into "y"; three x's need three passes.
    const result = fixText('k: [x, x, x]\n', 'yaml', {}, {}, replacing(/x/, 'y'));
    assert.equal(result.text, 'k: [y, y, y]\n');
    assert.equal(result.passes, 3);
    assert.equal(result.stoppedBecause, 'stable');
  });

  test('bounded: stops after the pass limit with the findings still there', () => {
    // Every pass adds an x: never stable.
    const result = fixText('k: x\n', 'yaml', {}, { maxPasses: 4 }, replacing(/k: /, 'k: x'));
    assert.equal(result.passes, 4);
    assert.equal(result.text, 'k: xxxxx\n');
    assert.equal(result.stoppedBecause, 'pass-limit');
    assert.equal(result.remaining.length, 1);
    assert.equal(MAX_FIX_PASSES, 10);
  });

  test('fixes that undo each other stop at the first repeated text', () => {
    const flipFlop = (text: string): Finding[] => (text.includes('on') ? replacing(/on/, 'off')(text) : replacing(/off/, 'on')(text));
    const result = fixText('k: on\n', 'yaml', {}, {}, flipFlop);
    assert.equal(result.text, 'k: off\n');
    assert.equal(result.stoppedBecause, 'cycle');
  });

  test('a pass that would add a syntax error is not applied', () => {
    const result = fixText('k: [a]\n', 'yaml', {}, {}, replacing(/\]/, ''));
    assert.equal(result.text, 'k: [a]\n');
    assert.equal(result.stoppedBecause, 'would-break-syntax');
  });
});

describe('unifiedDiff', () => {
  test('git-style headers and hunks, so git apply takes it', () => {
    const diff = unifiedDiff('deploy/app.yaml', { original: 'a: 1\nb: http://x\nc: 3\n', text: 'a: 1\nb: https://x\nc: 3\n' });
    assert.equal(diff, '--- a/deploy/app.yaml\n+++ b/deploy/app.yaml\n@@ -1,3 +1,3 @@\n a: 1\n-b: http://x\n+b: https://x\n c: 3\n');
  });
});
