/**
 * A quick fix as the editor asks for it (the code-action provider for the
 * diagnostic's range), applied as a workspace edit: the text changes and the
 * finding goes once the server has re-linted.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, openFixture, ruleId, waitForDiagnostics, waitForFindings } from './editor';
import { QUICK_FIX_FILE } from './expected-findings';

describe('quick fix', () => {
  after(closeAllEditorsWithoutSaving);

  it('insecure-url: the code action "Use https://" (unsafe, so offered but not preferred) turns http:// into https:// and the finding goes', async () => {
    const document = await openFixture(QUICK_FIX_FILE);
    const [diagnostic] = await waitForFindings(document, [{ rule: 'insecure-url', line: 3, column: 23, text: 'http://notify.booking.nhs.uk' }]);

    const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
      'vscode.executeCodeActionProvider',
      document.uri,
      diagnostic.range,
      vscode.CodeActionKind.QuickFix.value,
    );
    // The command's results carry no `diagnostics`; the fix is the action whose edit lies in the finding's range.
    const preferred = actions.find(
      (action): action is vscode.CodeAction =>
        action.title === 'Use https://' && 'edit' in action && (action.edit?.get(document.uri) ?? []).some((edit) => diagnostic.range.contains(edit.range)),
    );
    assert.ok(preferred?.edit, `no fix for the finding among: ${JSON.stringify(actions)}`);
    assert.notEqual(preferred.isPreferred, true, 'http → https is unsafe (the server may not speak TLS): never the preferred (auto) fix');
    assert.equal(preferred.kind?.value, vscode.CodeActionKind.QuickFix.value);

    const before = document.getText();
    assert.equal(await vscode.workspace.applyEdit(preferred.edit), true, 'the editor refused the edit');
    assert.equal(document.getText(), before.replace('http://notify.booking.nhs.uk', 'https://notify.booking.nhs.uk'));
    await waitForDiagnostics(document, (diagnostics) => !diagnostics.some((d) => ruleId(d) === 'insecure-url'), 'the insecure-url finding to go');
    assert.equal(document.isDirty, true, "a quick fix edits the buffer; saving is the user's choice");
  });
});
