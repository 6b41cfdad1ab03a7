/**
 * The extension starts only when a YAML, JSON or JSONC file opens, and then
 * lints each of the three languages. Runs first (the runner sorts the files),
 * so that nothing else has opened a file yet.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsWithoutSaving, openFixture, waitForFindings } from './editor';
import { JSONC_FILE, JSON_FILE, YAML_FILE } from './expected-findings';

describe('activation', () => {
  after(closeAllEditorsWithoutSaving);

  it('declares activation on YAML, JSON and JSONC, and is not active before such a file opens', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
    const events: unknown = extension.packageJSON.activationEvents;
    assert.deepEqual(events, ['onLanguage:yaml', 'onLanguage:json', 'onLanguage:jsonc']);
    assert.equal(extension.isActive, false, 'the extension started before any YAML, JSON or JSONC file was open');
  });

  for (const file of [YAML_FILE, JSON_FILE, JSONC_FILE]) {
    it(`lints a ${file.languageId} file once it is open (${file.path})`, async () => {
      const document = await openFixture(file.path);
      assert.equal(document.languageId, file.languageId, `the editor opened ${file.path} as ${document.languageId}`);
      await waitForFindings(document, file.findings);
      assert.equal(vscode.extensions.getExtension(EXTENSION_ID)?.isActive, true);
    });
  }
});
