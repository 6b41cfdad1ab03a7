/**
 * Runs every rule's case table, then checks the registry's contract: each
 * rule has a table, a doc page, and every message id is exercised. The
 * contract lints the invalid cases itself, so it passes when run alone
 * (`--test-name-pattern "registry contract"`), without the case tests.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ruleMetas } from '../../server/src/engine';
import { checkInvalid, checkValid, findingsOf, normaliseCase, type RuleCases } from './rule-tester';

const ROOT = join(__dirname, '..', '..', '..');
const tables: RuleCases[] = readdirSync(__dirname)
  .filter((name) => name.endsWith('.cases.js'))
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the case tables are found at run time
  .map((name) => (require(join(__dirname, name)) as { cases: RuleCases }).cases);
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
/** Message ids only the CLI produces (for files it cannot hand to lint()); its golden scenarios exercise them. */
const CLI_ONLY = new Set(['parse-error/unreadable', 'parse-error/unknownFileType']);

for (const table of tables) {
  describe(table.ruleId, () => {
    table.valid.map(normaliseCase).forEach((input, index) => {
      test(`valid ${index + 1}: ${input.name ?? input.code.split('\n')[0].slice(0, 60)}`, () => checkValid(table.ruleId, input));
    });
    table.invalid.forEach((input, index) => {
      test(`invalid ${index + 1}: ${input.name ?? input.code.split('\n')[0].slice(0, 60)}`, () => void checkInvalid(table.ruleId, input));
    });
  });
}

/** The message ids and fix kinds a table's invalid cases produce (whether or not the case tests ran). */
function exercisedBy(table: RuleCases | undefined): { messageIds: Set<string>; fixKinds: Set<string> } {
  const findings = (table?.invalid ?? []).flatMap((input) => findingsOf(table!.ruleId, input));
  return { messageIds: new Set(findings.map((f) => f.messageId)), fixKinds: new Set(findings.flatMap((f) => (f.fixes ?? []).map((fix) => fix.kind))) };
}

describe('rule registry contract', () => {
  for (const meta of ruleMetas()) {
    test(`${meta.id} has cases, a doc page and exercised message ids`, () => {
      const table = tables.find((t) => t.ruleId === meta.id);
      assert.ok(table, `test/rules/${meta.id}.cases.ts is missing`);
      assert.ok(table.valid.length > 0 && table.invalid.length > 0, `${meta.id} needs valid and invalid cases`);
      assert.ok(existsSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`)), `docs/rules/${meta.id}.md is missing`);
      assert.ok(README.includes(`(docs/rules/${meta.id}.md)`), `README's rule list does not link docs/rules/${meta.id}.md`);
      const seen = exercisedBy(table).messageIds;
      const missing = Object.keys(meta.messages).filter((id) => !seen.has(id) && !CLI_ONLY.has(`${meta.id}/${id}`));
      assert.deepEqual(missing, [], `message ids of ${meta.id} not exercised by any invalid case`);
    });
  }
  for (const meta of ruleMetas()) {
    test(`${meta.id} declares its fix kinds, and its doc page lists each with its applicability`, () => {
      const kinds = Object.entries(meta.fixes ?? {});
      assert.equal(kinds.length > 0, meta.fixable, `${meta.id}: fixable must match whether meta.fixes declares kinds`);
      for (const [name, kind] of kinds) assert.ok(kind.reason.trim().length > 0, `${meta.id}/${name} needs a reason`);
      const seen = exercisedBy(tables.find((t) => t.ruleId === meta.id)).fixKinds;
      for (const name of seen) assert.ok(name in (meta.fixes ?? {}), `${meta.id} made undeclared fix kind ${name}`);
      if (kinds.length === 0) return;
      const doc = readFileSync(join(ROOT, 'docs', 'rules', `${meta.id}.md`), 'utf8');
      const section = /^## Fixes\n([\s\S]*?)(?=^## |$(?![\s\S]))/m.exec(doc)?.[1];
      assert.ok(section, `docs/rules/${meta.id}.md has no "## Fixes" section`);
      for (const [name, kind] of kinds) {
        const row = section.split('\n').find((line) => line.includes(`\`${name}\``));
        assert.ok(row, `docs/rules/${meta.id}.md's Fixes section does not list \`${name}\``);
        assert.ok(row.includes(`| ${kind.applicability} |`), `docs/rules/${meta.id}.md lists ${name} without "| ${kind.applicability} |": ${row}`);
      }
    });
  }
  test('every message template is plain text (quotes, not backticks): the Problems panel and terminals show Markdown raw', () => {
    for (const meta of ruleMetas()) {
      for (const [id, template] of Object.entries(meta.messages)) assert.ok(!template.includes('`'), `${meta.id}/${id}: ${template}`);
    }
  });
  test('rule ids are kebab-case, listed in alphabetical order (the registry sorts by code unit, which matches it for such ids)', () => {
    const ids = ruleMetas().map((meta) => meta.id);
    for (const id of ids) assert.match(id, /^[a-z]+(-[a-z]+)*$/);
    assert.deepEqual(
      ids,
      [...ids].sort((a, b) => a.localeCompare(b)),
    );
  });
  test('every table names a registered rule', () => {
    const ids = new Set(ruleMetas().map((meta) => meta.id));
    for (const table of tables) assert.ok(ids.has(table.ruleId), `${table.ruleId} is not registered`);
  });
});
