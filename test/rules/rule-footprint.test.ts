/**
 * Adding a rule touches its file, its registry line, its case table and its
 * docs page (with its row in the README's table): nothing else. So no other
 * file in the repository may name every rule: a golden output, a fixture or a
 * doc that lists them all would have to change with each new rule. The CLI
 * goldens stay independent of the rule set because test/cli/scenarios.test.ts
 * checks the rule list (SARIF driver, --list-rules) against the registry and
 * keeps a placeholder in its place.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ruleMetas } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..', '..');

/** The files allowed to name every rule, and why. */
const MAY_LIST_EVERY_RULE: Record<string, string> = {
  'server/src/engine/rules/index.ts': 'the registry itself',
  'README.md': "the rule table, one row per rule (the rule's own line; the registry contract asks for it)",
};
/** Example CI uploads the estate report reads: frozen inputs, not regenerated when a rule is added. */
const FROZEN_EXAMPLES = /^examples\/estate\/sarif\/[^/]+\.sarif$/;

/** Whether `text` names `id` as a whole id (not inside a longer one, such as `unused-suppression` in `x-unused-suppression`). */
function names(text: string, id: string): boolean {
  let at = text.indexOf(id);
  while (at >= 0) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + id.length] ?? ' ';
    if (!/[\w-]/.test(before) && !/[\w-]/.test(after)) return true;
    at = text.indexOf(id, at + 1);
  }
  return false;
}

test('no file but the registry and the README names every rule', () => {
  const ids = ruleMetas().map((meta) => meta.id);
  const listed = spawnSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(listed.status, 0, `git ls-files failed: ${listed.stderr}`);
  const files = listed.stdout.split('\0').filter((file) => file !== '' && !(file in MAY_LIST_EVERY_RULE) && !FROZEN_EXAMPLES.test(file));
  assert.ok(files.length > 100, `only ${files.length} files: the check would prove little`);
  const listingAll = files.filter((file) => {
    const full = join(ROOT, file);
    // A file deleted in the working tree but still in the index, or a large binary: not read.
    if (!statSync(full, { throwIfNoEntry: false })?.isFile() || statSync(full).size > 2_000_000) return false;
    const text = readFileSync(full, 'utf8');
    return ids.every((id) => names(text, id));
  });
  assert.deepEqual(listingAll, [], 'these name every rule, so each new rule would change them: generate them or make them independent');
});

test('the check sees a file that names every rule', () => {
  const text = ruleMetas()
    .map((meta) => `- ${meta.id}`)
    .join('\n');
  assert.ok(ruleMetas().every((meta) => names(text, meta.id)));
  assert.ok(!names('x-unused-suppression-y', 'unused-suppression'));
});
