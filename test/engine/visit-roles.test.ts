/**
 * The walk (visits.ts) works each scalar's role out with what it already
 * knows: the key's facts, the parent key's normal form and the path's keys
 * normalised on a stack as it goes. Every visit's role must be what
 * classifyRole says from the visit's own path and keys, on every fixture and
 * example configuration, under the format each document was given.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { languageForPath } from '../../server/src/engine';
import { parseText } from '../../server/src/engine/parse';
import { LintFile } from '../../server/src/engine/context';
import { classifyRole } from '../../server/src/engine/roles';
import { documentVisits } from '../../server/src/engine/visits';
import type { DocumentFormat } from '../../server/src/engine/formats';

const REPOSITORY = join(__dirname, '..', '..', '..');
const FOLDERS = ['test/fixtures', 'test/realworld', 'examples'].map((folder) => join(REPOSITORY, folder));
const FORMATS: DocumentFormat[] = ['generic', 'manifest', 'kubernetes', 'compose', 'openapi', 'spring', 'dotnet', 'fhir', 'helm-values'];

function filesUnder(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const files = FOLDERS.flatMap(filesUnder).filter((path) => languageForPath(path) === 'yaml' || languageForPath(path) === 'json');

test('the walk classifies every scalar as classifyRole does', () => {
  assert.ok(files.length >= 50, `${files.length} files`);
  let visits = 0;
  for (const path of files) {
    const language = languageForPath(path)!;
    const text = readFileSync(path, 'utf8');
    const file = new LintFile(text, language, parseText(text, language), relative(REPOSITORY, path));
    for (const visit of file.scalars()) {
      visits++;
      const { node, key, parentKey, format } = visit;
      const expected = classifyRole({ path: visit.path, key, parentKey, value: node.value, format });
      assert.equal(visit.role, expected, `${relative(REPOSITORY, path)} ${visit.path.join('.')}`);
    }
  }
  assert.ok(visits > 1000, `${visits} scalars`);
});

test('under every format, too', () => {
  // The format decides which path checks run, and each reads the walk's stack.
  for (const path of files) {
    const language = languageForPath(path)!;
    const text = readFileSync(path, 'utf8');
    for (const document of parseText(text, language).documents) {
      if (!document.root) continue;
      for (const format of FORMATS)
        for (const visit of documentVisits(document, document.root, format)) {
          const expected = classifyRole({ path: visit.path, key: visit.key, parentKey: visit.parentKey, value: visit.node.value, format });
          assert.equal(visit.role, expected, `${relative(REPOSITORY, path)} ${format} ${visit.path.join('.')}`);
        }
    }
  }
});
