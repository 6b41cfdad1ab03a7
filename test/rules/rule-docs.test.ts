/**
 * Each docs/rules/<id>.md page's header (id, default severity, languages,
 * fixability and each fix kind's applicability) is the one generated from the
 * rule's metadata, so the page cannot contradict the rule; the README's rule
 * table names the same fix safety.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleMetas } from '../../server/src/engine';
import { currentHeader, ruleDocHeader } from './rule-doc-header';

const ROOT = join(__dirname, '..', '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** The README's Fix column says `editor` for display-only fixes, as `--list-rules` does. */
const WORD = { safe: 'safe', unsafe: 'unsafe', 'display-only': 'editor' } as const;

for (const meta of ruleMetas()) {
  test(`docs/rules/${meta.id}.md's header matches the rule's metadata`, () => {
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
    const regenerate = "run `npm run rule-docs` to regenerate the rule pages' headers";
    const header = currentHeader(doc);
    assert.ok(header, `docs/rules/${meta.id}.md has no generated header: ${regenerate}`);
    assert.equal(header, ruleDocHeader(meta), `docs/rules/${meta.id}.md's header differs from the rule's metadata: ${regenerate}`);
  });
}

for (const meta of ruleMetas()) {
  test(`README's rule table gives ${meta.id} the fix safety of its metadata`, () => {
    const row = README.split('\n').find((line) => line.includes(`(docs/rules/${meta.id}.md)`));
    assert.ok(row, `README's rule table has no row for ${meta.id}`);
    const fix = row.split('|')[3]?.trim() ?? '';
    const words = new Set(Object.values(meta.fixes ?? {}).map((kind) => WORD[kind.applicability]));
    const said = new Set((fix.match(/\b(safe|unsafe|editor)\b/g) ?? []) as string[]);
    assert.deepEqual([...said].sort(), [...words].sort(), `README's Fix column for ${meta.id} says "${fix}"`);
  });
}
