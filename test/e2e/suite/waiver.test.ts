/**
 * The actions every finding gets besides its fix, from the code-action
 * provider as Ctrl+. asks: "Show documentation for <rule>" opens the rule's
 * page with VS Code's own `vscode.open` (checked, not run: it would open a
 * browser tab); "Disable <rule> for this line", applied as a workspace edit,
 * waives the finding with a suppression comment the linter reads back.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, codeActionsAt, openFixture, ruleId, waitForDiagnostics, waitForFindings } from './editor';
import { WAIVER_FILE, WAIVER_FINDING } from './expected-findings';

const RULE = WAIVER_FINDING.rule;

describe('waiver and documentation actions', () => {
  after(closeAllEditorsWithoutSaving);

  it(`"Show documentation for ${RULE}" opens the rule's page with vscode.open`, async () => {
    const document = await openFixture(WAIVER_FILE);
    const [diagnostic] = await waitForFindings(document, [WAIVER_FINDING]);
    const code = diagnostic.code;
    assert.ok(typeof code === 'object', 'the diagnostic links to its rule page');

    const actions = await codeActionsAt(document, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const docs = actions.find((action) => action.title === `Show documentation for ${RULE}`);
    assert.ok(docs?.command, `no documentation action among: ${actions.map((action) => action.title).join(', ')}`);
    // VS Code hands API commands back under their internal id (1.100: `_workbench.open` for `vscode.open`).
    assert.match(docs.command.command, /^(vscode|_workbench)\.open$/, `the action runs ${docs.command.command}`);
    const [target] = docs.command.arguments ?? [];
    assert.equal(
      String(target),
      code.target.toString(true),
      `the page the Problems entry links to; the action's arguments: ${JSON.stringify(docs.command.arguments)}`,
    );
  });

  it(`"Disable ${RULE} for this line" adds a suppression comment and the finding goes`, async () => {
    const document = await openFixture(WAIVER_FILE);
    const [diagnostic] = await waitForFindings(document, [WAIVER_FINDING]);
    const actions = await codeActionsAt(document, diagnostic.range, vscode.CodeActionKind.QuickFix);
    const waiver = actions.find((action) => action.title === `Disable ${RULE} for this line`);
    assert.ok(waiver?.edit, `no waiver among: ${actions.map((action) => action.title).join(', ')}`);
    assert.notEqual(waiver.isPreferred, true, 'a waiver must never be the preferred (auto) fix');

    const line = WAIVER_FINDING.line - 1;
    const before = document.lineAt(line).text;
    assert.equal(await vscode.workspace.applyEdit(waiver.edit), true, 'the editor refused the edit');
    const after = document.lineAt(line).text;
    assert.ok(after.startsWith(before), `the waiver changed the value: ${JSON.stringify(after)}`);
    assert.match(after.slice(before.length), new RegExp(`^\\s+# internet-first-disable-line ${RULE}\\b`), 'a YAML comment at the end of the line');

    // The waiver is read back: the finding goes, and the waiver is used (no unused-suppression). Its
    // `<reason>` placeholder is flagged by suppression-reason until the user writes the reason.
    const waived = await waitForDiagnostics(document, (diagnostics) => !diagnostics.some((d) => ruleId(d) === RULE), `the ${RULE} finding to go`);
    assert.ok(!waived.some((d) => ruleId(d) === 'unused-suppression'), 'the new waiver is reported as unused');
    assert.ok(
      waived.some((d) => ruleId(d) === 'suppression-reason' && d.range.start.line === line),
      `the placeholder reason is not flagged: ${waived.map(ruleId).join(', ')}`,
    );
  });
});
