/**
 * The work budget on one file's lint (issue 11): a fake clock makes every
 * case deterministic, whatever the machine's load.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, ParseCache, ruleMetas, type Finding } from '../../server/src/engine';
import { BudgetedLintFile, BudgetExceeded, STEPS_PER_CLOCK_READ, WorkBudget } from '../../server/src/engine/budget';
import { parseText } from '../../server/src/engine/parse';

/** A clock that stands still for `reads` reads, then jumps an hour ahead. */
function clockRunningOutAfter(reads: number): () => number {
  let count = 0;
  return () => (count++ < reads ? 0 : 3_600_000);
}

const PRIVATE_URLS = Array.from({ length: 300 }, (_, i) => `u${i}: http://10.0.${i >> 8}.${i & 255}/\n`).join('');

function ids(findings: Finding[]): string[] {
  return [...new Set(findings.map((finding) => finding.ruleId))].sort();
}

function stoppedNote(findings: Finding[]): Finding | undefined {
  return findings.find((finding) => finding.messageId === 'stopped' || finding.messageId === 'stoppedParsing');
}

test('within the budget: the same findings as without one, and no note', () => {
  const unlimited = lint(PRIVATE_URLS, 'yaml');
  assert.ok(unlimited.length > 300);
  assert.deepEqual(lint(PRIVATE_URLS, 'yaml', {}, { budgetMs: 1000, clock: () => 0 }), unlimited);
  // A budget of 0 means no limit, as an absent one does.
  assert.deepEqual(lint(PRIVATE_URLS, 'yaml', {}, { budgetMs: 0, clock: clockRunningOutAfter(0) }), unlimited);
});

test('out of time while parsing YAML: one note, nothing else; a JSON parse is not metered (it is fast)', () => {
  const findings = lint(PRIVATE_URLS, 'yaml', {}, { budgetMs: 100, clock: clockRunningOutAfter(1) });
  const total = ruleMetas().length;
  assert.deepEqual(
    findings.map((finding) => finding.message),
    [`Stopped after 100 ms while parsing: nothing checked; split the file or raise the limit`],
  );
  assert.equal(String(findings[0].data?.unchecked).split(', ').length, total - 1);
  const json = lint(`[${'"http://10.0.0.1/",'.repeat(300)}1]`, 'json', {}, { budgetMs: 100, clock: clockRunningOutAfter(1) });
  assert.deepEqual(
    json.map((finding) => finding.messageId),
    ['stopped'],
  );
});

test('a parse stopped part way leaves the parse cache sound, and the next lint goes on from where it stopped', () => {
  const text = Array.from({ length: 40 }, (_, i) => `---\nname: s${i}\nurl: http://10.0.${i}.1/\n`).join('');
  const fresh = lint(text, 'yaml');
  const cache = new ParseCache();
  // Each document is three lines, a step each (yaml-block.ts): a clock that runs out at its second read, the 64th step, stops the parse in the 22nd.
  const stopped = lint(text, 'yaml', {}, { cache, budgetMs: 100, clock: clockRunningOutAfter(1) });
  assert.equal(stoppedNote(stopped)?.messageId, 'stoppedParsing');
  const next = lint(text, 'yaml', {}, { cache });
  assert.ok(cache.parsedSegments < 40, `${cache.parsedSegments} of 40 segments parsed again`);
  assert.deepEqual(next, fresh);
});

test('out of time after the parse: no rule runs but parse-error, which still reports the syntax', () => {
  const findings = lint('a: [1\nurl: http://10.0.0.1/\n', 'yaml', {}, { budgetMs: 5000, clock: clockRunningOutAfter(1) });
  assert.deepEqual(ids(findings), ['parse-error']);
  assert.deepEqual(
    findings.map((finding) => finding.messageId),
    ['stopped', 'syntax'],
  );
  const note = stoppedNote(findings)!;
  const total = ruleMetas().length;
  assert.equal(note.message, `Stopped after 5 s: ${total - 1} of ${total} rules not checked; split the file or raise the limit`);
  assert.equal(note.severity, 'error');
  assert.deepEqual(note.range.start, { line: 0, character: 0, offset: 0 });
  assert.equal(String(note.data?.unchecked).split(', ').length, total - 1);
});

test('out of time inside a rule: the findings so far are kept, later rules and the suppression review are skipped', () => {
  const waived = `# internet-first-disable-next-line private-address -- lab\n${PRIVATE_URLS}`;
  const full = lint(waived, 'yaml');
  const identity = (finding: Finding) => JSON.stringify([finding.ruleId, finding.range, finding.message]);
  const fullKeys = new Set(full.map(identity));
  let cutShort = 0;
  // The clock runs out at a later read each time: between rules, or inside one as it reads values or reports.
  for (let reads = 2; reads < 120; reads++) {
    const findings = lint(waived, 'yaml', {}, { budgetMs: 100, clock: clockRunningOutAfter(reads) });
    const note = stoppedNote(findings);
    if (!note) {
      assert.deepEqual(findings, full, `${reads} reads: no note, so the whole run`);
      continue;
    }
    const unchecked = String(note.data?.unchecked).split(', ');
    assert.ok(!unchecked.includes('parse-error'));
    assert.ok(unchecked.includes('unused-suppression'), 'a used waiver would look unused to a partial run');
    assert.ok(!findings.some((finding) => finding.ruleId === 'unused-suppression'));
    for (const finding of findings) if (finding !== note) assert.ok(fullKeys.has(identity(finding)), `${reads} reads: ${identity(finding)}`);
    // The rule the clock stopped (the first unchecked) may have kept some of its findings.
    const partial = findings.filter((finding) => finding.ruleId === unchecked[0]).length;
    if (partial > 0 && partial < full.filter((finding) => finding.ruleId === unchecked[0]).length) cutShort++;
  }
  assert.ok(cutShort > 0, 'no run stopped a rule part of the way through its findings');
});

test('the note honours the severity of parse-error, and is not made when it is off', () => {
  const clock = () => clockRunningOutAfter(1);
  const warned = lint('url: http://10.0.0.1/\n', 'yaml', { rules: { 'parse-error': 'warning' } }, { budgetMs: 10, clock: clock() });
  assert.equal(stoppedNote(warned)?.severity, 'warning');
  assert.equal(stoppedNote(warned)?.message.startsWith('Stopped after 10 ms: '), true);
  assert.deepEqual(lint('url: http://10.0.0.1/\n', 'yaml', { rules: { 'parse-error': 'off' } }, { budgetMs: 10, clock: clock() }), []);
  // Rules turned off are neither run nor counted.
  const fewer = lint('url: http://10.0.0.1/\n', 'yaml', { rules: { 'private-address': 'off' } }, { budgetMs: 10, clock: clock() });
  const total = ruleMetas().length;
  assert.match(stoppedNote(fewer)!.message, new RegExp(`: ${total - 2} of ${total - 1} rules`));
});

test('a rule that never stops reading values is stopped at a clock read, within a bounded number of steps', () => {
  const text = 'url: http://10.0.0.1/\n';
  const budget = new WorkBudget(100, clockRunningOutAfter(1));
  const file = new BudgetedLintFile(budget, text, 'yaml', parseText(text, 'yaml'), undefined);
  const [visit] = file.scalars();
  let reads = 0;
  assert.throws(() => {
    for (;;) {
      file.targets(visit);
      reads++;
    }
  }, BudgetExceeded);
  assert.equal(reads, STEPS_PER_CLOCK_READ - 1);
});
