/**
 * Each docs/rules/<id>.md page's header (id, default severity, languages,
 * fixability and each fix kind's applicability) is the one generated from the
 * rule's metadata, so the page cannot contradict the rule.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleMetas } from '../../server/src/engine';
import { currentHeader, ruleDocHeader } from './rule-doc-header';

const ROOT = join(__dirname, '..', '..', '..');

for (const meta of ruleMetas()) {
  test(`docs/rules/${meta.id}.md's header matches the rule's metadata`, () => {
    const doc = readFileSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
    const regenerate = 'run `npm run rule-docs` to regenerate the rule pages\' headers';
    const header = currentHeader(doc);
    assert.ok(header, `docs/rules/${meta.id}.md has no generated header: ${regenerate}`);
    assert.equal(header, ruleDocHeader(meta), `docs/rules/${meta.id}.md's header differs from the rule's metadata: ${regenerate}`);
  });
}
