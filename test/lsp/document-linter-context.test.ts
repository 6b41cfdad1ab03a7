/**
 * The language server passes the path inside the repository (nearest `.git`,
 * else the workspace folder), so folders above the checkout never make a
 * file look like a test.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentLinter } from '../../server/src/lsp/document-linter';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { hoverAt } from '../../server/src/lsp/hover';
import { lint } from '../../server/src/engine';

const TEXT = 'api:\n  url: http://localhost:8080\n';
let temp: string;

before(() => {
  temp = fs.mkdtempSync(path.join(os.tmpdir(), 'ifl-lsp-context-'));
});
after(() => fs.rmSync(temp, { recursive: true, force: true }));

function findingsFor(workspace: string, relative: string): number {
  const linter = new DocumentLinter(
    () => undefined,
    () => [workspace],
  );
  const file = path.join(workspace, relative);
  const document = TextDocument.create(pathToFileURL(file).toString(), 'yaml', 1, TEXT);
  return linter.findings(document, DEFAULT_SETTINGS)?.length ?? -1;
}

test('a workspace under a folder named test: its files are not tests', () => {
  const workspace = path.join(temp, 'test', 'checkout');
  assert.equal(findingsFor(workspace, 'config/app.yaml'), 1);
  assert.equal(findingsFor(workspace, 'tests/app.yaml'), 0);
});

test('the nearest .git wins over the workspace folder', () => {
  const workspace = path.join(temp, 'ws');
  fs.mkdirSync(path.join(workspace, 'examples', 'repo', '.git'), { recursive: true });
  assert.equal(findingsFor(workspace, 'examples/repo/config/app.yaml'), 1);
});

test('the hover says why a finding in a local context is quieter', () => {
  const text = 'db: "Server=10.1.2.3;Database=x"\n';
  const findings = lint(text, 'yaml', {}, { relativePath: 'tests/app.yaml' });
  const document = TextDocument.create('file:///repo/tests/app.yaml', 'yaml', 1, text);
  const hover = hoverAt({ document, languageId: 'yaml', position: { line: 0, character: 14 }, findings, lookup: {}, markdown: true });
  const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
  assert.match(value, /Severity lowered \(local context\):.*tests\//);
});
