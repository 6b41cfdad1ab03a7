/**
 * Fix all, both ways a user reaches it: on save through
 * `editor.codeActionsOnSave` (`source.fixAll.internetFirst`), where the file
 * on disk must hold every fix, and the command "Internet First: Fix all
 * safe problems" run from the palette (no arguments: the active
 * editor), which edits the buffer only.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, openFixture, readFromDisk, saveAsUser, waitForDiagnostics, waitForFindings } from './editor';
import { FIX_COMMAND_FILE, FIX_ON_SAVE_FILE, type FixAllFixture } from './expected-findings';

const FIX_ALL_KIND = 'source.fixAll.internetFirst';
/** The result the server's fix-all command answers with. */
interface FixAllResult {
  applied: boolean;
  reason?: string;
}

function withFixes(text: string, fixture: FixAllFixture): string {
  let fixed = text;
  for (const [before, after] of fixture.fixes) {
    assert.ok(fixed.includes(before), `${fixture.path} no longer holds ${JSON.stringify(before)}`);
    fixed = fixed.replace(before, after);
  }
  return fixed;
}

async function setCodeActionsOnSave(document: vscode.TextDocument, value: Record<string, string> | undefined): Promise<void> {
  // The workspace's .vscode/settings.json (in the hosts' temporary copy), as a team would commit it.
  await vscode.workspace.getConfiguration('editor', document).update('codeActionsOnSave', value, vscode.ConfigurationTarget.Workspace);
}

describe('fix all', () => {
  let settingsDocument: vscode.TextDocument | undefined;

  after(async () => {
    if (settingsDocument !== undefined) await setCodeActionsOnSave(settingsDocument, undefined);
    await closeAllEditorsWithoutSaving();
  });

  it(`on save with editor.codeActionsOnSave {"${FIX_ALL_KIND}": "explicit"}: the saved file has both fixes and no finding`, async () => {
    const document = await openFixture(FIX_ON_SAVE_FILE.path);
    settingsDocument = document;
    await waitForFindings(document, FIX_ON_SAVE_FILE.findings);
    await setCodeActionsOnSave(document, { [FIX_ALL_KIND]: 'explicit' });

    // The user's own edit, elsewhere in the file: the save must keep it and add the fixes.
    const original = document.getText();
    const typed = new vscode.WorkspaceEdit();
    const at = original.indexOf('timeoutSeconds: 30');
    assert.ok(at >= 0, `${FIX_ON_SAVE_FILE.path} no longer holds timeoutSeconds: 30`);
    const value = document.positionAt(at + 'timeoutSeconds: '.length);
    typed.replace(document.uri, new vscode.Range(value, value.translate(0, 2)), '45');
    assert.equal(await vscode.workspace.applyEdit(typed), true, 'the editor refused the edit');

    await saveAsUser(document);
    const expected = withFixes(original.replace('timeoutSeconds: 30', 'timeoutSeconds: 45'), FIX_ON_SAVE_FILE);
    assert.equal(await readFromDisk(document.uri), expected, 'the file on disk after the save');
    assert.equal(document.getText(), expected, 'the buffer after the save');
    assert.equal(document.isDirty, false, 'the fixes were applied before the save, not after it');
    await waitForDiagnostics(document, (diagnostics) => diagnostics.length === 0, 'no finding once the fixed file is linted');
  });

  it('the command internetFirst.fixAll fixes the active file in one edit, and then has nothing left to fix', async () => {
    const document = await openFixture(FIX_COMMAND_FILE.path);
    await waitForFindings(document, FIX_COMMAND_FILE.findings);
    const expected = withFixes(document.getText(), FIX_COMMAND_FILE);
    const versionBefore = document.version;

    // As from the command palette: no arguments, so the client sends the active editor's document and version.
    const result = await vscode.commands.executeCommand<FixAllResult>('internetFirst.fixAll');
    assert.deepEqual(result, { applied: true }, 'the server did not apply the fixes');
    // The server answers after the editor applied its edit, so the text has changed already.
    assert.equal(document.getText(), expected);
    assert.equal(document.version, versionBefore + 1, 'fix all should be one edit (one undo step)');
    assert.equal(document.isDirty, true, "the command edits the buffer; saving is the user's choice");
    await waitForDiagnostics(document, (diagnostics) => diagnostics.length === 0, 'no finding once the fixed text is linted');

    const again = await vscode.commands.executeCommand<FixAllResult>('internetFirst.fixAll');
    assert.deepEqual(again, { applied: false, reason: 'nothing to fix' });
    assert.equal(document.getText(), expected, 'a second fix all changed the text');
  });
});
