/**
 * Precision: realistic, clean configurations across the formats teams use
 * must produce no warnings or errors (info findings, e.g. loopback in a
 * development file, are allowed). A finding here is a false positive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languageForPath, lint } from '../../server/src/engine';

const ROOT = join(__dirname, '..', '..', '..', 'test', 'fixtures', 'precision');

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const files = filesUnder(ROOT);

test('the precision set has at least twenty configs', () => {
  assert.ok(files.length >= 20, `${files.length} files`);
});

for (const path of files) {
  const name = relative(ROOT, path).replace(/\\/g, '/');
  test(`no warnings or errors: ${name}`, () => {
    const language = languageForPath(path);
    assert.ok(language, `${name} has an extension the linter reads`);
    const text = readFileSync(path, 'utf8');
    const loud = lint(text, language, {}, { fileName: name }).filter((finding) => finding.severity !== 'info');
    assert.deepEqual(
      loud.map((f) => {
        const where = `${f.range.start.line + 1}:${f.range.start.character + 1}`;
        return `${where} ${f.ruleId}/${f.messageId} ${JSON.stringify(text.slice(f.range.start.offset, f.range.end.offset))}`;
      }),
      [],
    );
  });
}
