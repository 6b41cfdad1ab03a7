/**
 * The stylish format fits the terminal: golden outputs at 80 and 120
 * columns (test/fixtures/stylish/), and the rules the layout keeps at any
 * width. Rewrite the goldens after an intended change with UPDATE_GOLDEN=1.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { lint } from '../../server/src/engine';
import { formatReport } from '../../server/src/cli/formatters';
import { outputColumns, wrapText } from '../../server/src/cli/formatters/columns';
import type { LintReport } from '../../server/src/cli/run';

const GOLDEN = path.join(__dirname, '..', '..', '..', 'test', 'fixtures', 'stylish');
const TEXT = [
  'services:',
  '  api:',
  '    url: http://api.service.nhs.uk/v1',
  '    cache: 10.40.2.17',
  '    feed: https://msg.int.spine2.ncrs.nhs.uk/messageexchange',
  '    callback: http://localhost:8080/hook',
  '',
].join('\n');

function report(): LintReport {
  const findings = lint(TEXT, 'yaml', {}, { fileName: 'deploy/service.yaml', today: '2026-01-01' }).map((finding) => ({ ...finding, fingerprint: '' }));
  return { files: [{ path: 'deploy/service.yaml', findings }], internalErrors: [] };
}

function stylish(columns: number, color = false): string {
  return formatReport('stylish', report(), { color, columns, tool: { name: 't', version: '0', informationUri: '' }, config: {} });
}

describe('stylish fits the terminal', () => {
  for (const columns of [80, 120]) {
    test(`golden at ${columns} columns`, () => {
      const file = path.join(GOLDEN, `${columns}-columns.txt`);
      const text = stylish(columns);
      if (process.env.UPDATE_GOLDEN === '1') fs.writeFileSync(file, text);
      assert.equal(text, fs.readFileSync(file, 'utf8'));
    });

    test(`no finding row is wider than ${columns} columns, colour or not`, () => {
      const rows = stylish(columns)
        .split('\n')
        .filter((line) => line.startsWith('  '));
      for (const row of rows) assert.ok(row.length <= columns, `${row.length} > ${columns}: ${row}`);
      assert.equal(stylish(columns, true).replace(/\x1b\[[0-9;]*m/g, ''), stylish(columns));
    });
  }

  test('wraps at spaces; a word longer than the column keeps a line of its own', () => {
    assert.deepEqual(wrapText('one two three four', 9), ['one two', 'three', 'four']);
    assert.deepEqual(wrapText('see https://a.very.long.example/path ok', 10), ['see', 'https://a.very.long.example/path', 'ok']);
    assert.deepEqual(wrapText('short', 80), ['short']);
  });

  test("the width is the terminal's, or 80 when stdout is not a terminal", () => {
    assert.equal(outputColumns({ isTTY: true, columns: 132 }), 132);
    assert.equal(outputColumns({ isTTY: false, columns: 132 }), 80);
    assert.equal(outputColumns({}), 80);
  });
});
