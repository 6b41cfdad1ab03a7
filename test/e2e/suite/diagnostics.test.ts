/**
 * Each rule family shows up in the editor with the rule id as its code (linked
 * to the rule's page), this extension as its source, the default severity
 * and the exact range the engine reports.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SOURCE, closeAllEditorsWithoutSaving, openFixture, ruleId, waitForDiagnostics, waitForFindings } from './editor';
import { COMPLIANT_FILE, JSONC_FILE, JSON_FILE, MANIFEST_FILE, SYNTAX_ERROR_FILE, YAML_FILE } from './expected-findings';

describe('diagnostics', () => {
  after(closeAllEditorsWithoutSaving);

  for (const file of [YAML_FILE, JSON_FILE, JSONC_FILE, MANIFEST_FILE, SYNTAX_ERROR_FILE]) {
    const rules = [...new Set(file.findings.map((finding) => finding.rule))].join(', ');
    it(`${file.path}: ${rules}, each with its range, severity and rule link`, async () => {
      const document = await openFixture(file.path);
      const diagnostics = await waitForFindings(document, file.findings);
      for (const [index, diagnostic] of diagnostics.entries()) {
        const { rule } = file.findings[index];
        assert.equal(diagnostic.source, SOURCE);
        // The fixture files are not development files (no test/ or dev in their path), so every rule keeps its default: error.
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error, `${rule} severity`);
        assert.notEqual(diagnostic.message.trim(), '', `${rule} has a message`);
        const code = diagnostic.code;
        assert.ok(typeof code === 'object', `${rule}: the code links to the rule's page`);
        assert.match(code.target.toString(), new RegExp(`/docs/rules/${rule}\\.md$`));
      }
    });
  }

  it(`${COMPLIANT_FILE}: a manifest that meets the policy has no finding`, async () => {
    // An empty report on open changes nothing the editor would announce, so make the server report, then
    // restore the text: the empty report that follows is the server's verdict on the original file.
    const document = await openFixture(COMPLIANT_FILE);
    const original = document.getText();
    const secureUrl = 'https://api.e-referrals.example.nhs.uk/FHIR/R4';
    const at = original.indexOf(secureUrl);
    assert.ok(at >= 0, `${COMPLIANT_FILE} no longer holds ${secureUrl}`);
    const scheme = new vscode.Range(document.positionAt(at), document.positionAt(at + 'https'.length));

    const weaken = new vscode.WorkspaceEdit();
    weaken.replace(document.uri, scheme, 'http');
    assert.equal(await vscode.workspace.applyEdit(weaken), true);
    await waitForDiagnostics(document, (diagnostics) => diagnostics.some((d) => ruleId(d) === 'insecure-url'), 'insecure-url on the weakened URL');

    const restore = new vscode.WorkspaceEdit();
    restore.replace(document.uri, new vscode.Range(scheme.start, scheme.start.translate(0, 'http'.length)), 'https');
    assert.equal(await vscode.workspace.applyEdit(restore), true);
    assert.equal(document.getText(), original);
    await waitForDiagnostics(document, (diagnostics) => diagnostics.length === 0, 'no finding in the original text');
  });
});
