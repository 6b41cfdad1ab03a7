/**
 * README.md is the marketplace page: outside code, `<rule>` is read as an
 * HTML tag and vanishes ("Show documentation for ."), so angle-bracket
 * placeholders must be in backticks or escaped. Its first lines are the two
 * commands CI runs (.ci/run), so they stay on top.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');

/** The prose of a Markdown page: fenced blocks and code spans removed. */
function prose(markdown: string): string {
  return markdown.replace(/^```[\s\S]*?^```/gm, '').replace(/(`+)[\s\S]*?\1/g, '');
}

test('README has no bare <placeholder> that Markdown renders as an HTML tag', () => {
  const tags = prose(README)
    .split('\n')
    .map((line, index) => ({ line, index }))
    .filter(({ line }) => /<\/?[A-Za-z][\w-]*(\s[^>]*)?>/.test(line));
  assert.deepEqual(
    tags.map(({ line }) => line),
    [],
    'wrap placeholders in backticks or write &lt;rule&gt;',
  );
});

test('README starts with the two commands: npm ci && npm start, npm test', () => {
  const top = README.split('\n').slice(0, 6).join('\n');
  assert.match(top, /^# Internet First Lint\n\n```sh\nnpm ci && npm start .*\nnpm test .*\n```/);
});
