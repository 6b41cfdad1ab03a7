/**
 * Changing `internetFirst.rules` re-lints the open file: a rule's severity
 * follows the setting, "off" removes its findings, and removing the setting
 * brings the default back.
 */
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, findingMatches, openFixture, ruleId, waitForDiagnostics, waitForFindings } from './editor';
import { SETTINGS_FILE, type ExpectedFinding } from './expected-findings';

const FINDING: ExpectedFinding = { rule: 'private-address', line: 3, column: 9, text: '10.84.2.17' };

async function setRules(document: vscode.TextDocument, rules: Record<string, string> | undefined): Promise<void> {
  // The workspace's .vscode/settings.json: the hosts run on a temporary copy of the fixture workspace.
  await vscode.workspace.getConfiguration('internetFirst', document.uri).update('rules', rules, vscode.ConfigurationTarget.Workspace);
}

describe('settings', () => {
  let document: vscode.TextDocument | undefined;

  after(async () => {
    if (document !== undefined) await setRules(document, undefined);
    await closeAllEditorsWithoutSaving();
  });

  it('internetFirst.rules sets a rule to warning, then off, then back to its default, re-linting each time', async () => {
    const opened = await openFixture(SETTINGS_FILE);
    document = opened;
    const withSeverity = (severity: vscode.DiagnosticSeverity) => (diagnostics: vscode.Diagnostic[]) =>
      diagnostics.some((d) => findingMatches(opened, d, FINDING) && d.severity === severity);

    await waitForFindings(opened, [FINDING]);
    await waitForDiagnostics(opened, withSeverity(vscode.DiagnosticSeverity.Error), 'private-address as an error (its default)');

    await setRules(opened, { 'private-address': 'warning' });
    await waitForDiagnostics(opened, withSeverity(vscode.DiagnosticSeverity.Warning), 'private-address as a warning');

    await setRules(opened, { 'private-address': 'off' });
    await waitForDiagnostics(opened, (diagnostics) => !diagnostics.some((d) => ruleId(d) === 'private-address'), 'private-address to be off');

    await setRules(opened, undefined);
    await waitForDiagnostics(opened, withSeverity(vscode.DiagnosticSeverity.Error), 'private-address back as an error');
  });
});
