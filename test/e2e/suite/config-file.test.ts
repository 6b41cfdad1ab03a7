/**
 * A `.internet-first.yaml` written, changed and deleted next to an open file
 * re-lints it: VS Code's file watcher reports each change to the server
 * (`workspace/didChangeWatchedFiles`, registered by the server), which reads
 * the config files again. Written through `workspace.fs`, as another program
 * or a `git checkout` would change it, without opening it in an editor.
 */
import * as vscode from 'vscode';
import { closeAllEditorsWithoutSaving, findingMatches, fixtureUri, openFixture, ruleId, waitForDiagnostics, waitForFindings } from './editor';
import { CONFIG_FILE_FINDING, CONFIG_FILE_FOLDER, CONFIG_FILE_TARGET } from './expected-findings';

const CONFIG_FILE = `${CONFIG_FILE_FOLDER}/.internet-first.yaml`;

async function writeConfig(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(fixtureUri(CONFIG_FILE), new TextEncoder().encode(text));
}

describe('config file', () => {
  after(async () => {
    // A config file left behind by a failure would change what every later test sees in this folder.
    await vscode.workspace.fs.delete(fixtureUri(CONFIG_FILE)).then(undefined, () => undefined);
    await closeAllEditorsWithoutSaving();
  });

  it('creating, changing and deleting .internet-first.yaml re-lints the open file each time', async () => {
    const document = await openFixture(CONFIG_FILE_TARGET);
    const withSeverity = (severity: vscode.DiagnosticSeverity) => (diagnostics: vscode.Diagnostic[]) =>
      diagnostics.some((d) => findingMatches(document, d, CONFIG_FILE_FINDING) && d.severity === severity);
    const ruleOff = (diagnostics: vscode.Diagnostic[]) => !diagnostics.some((d) => ruleId(d) === CONFIG_FILE_FINDING.rule);

    await waitForFindings(document, [CONFIG_FILE_FINDING]);
    await waitForDiagnostics(document, withSeverity(vscode.DiagnosticSeverity.Error), `${CONFIG_FILE_FINDING.rule} as an error (no config file yet)`);

    await writeConfig(`rules:\n  ${CONFIG_FILE_FINDING.rule}: off\n`);
    await waitForDiagnostics(document, ruleOff, `${CONFIG_FILE_FINDING.rule} to go once ${CONFIG_FILE} turns it off`);

    await writeConfig(`rules:\n  ${CONFIG_FILE_FINDING.rule}: warning\n`);
    await waitForDiagnostics(document, withSeverity(vscode.DiagnosticSeverity.Warning), `${CONFIG_FILE_FINDING.rule} as a warning once ${CONFIG_FILE} says so`);

    await vscode.workspace.fs.delete(fixtureUri(CONFIG_FILE));
    await waitForDiagnostics(
      document,
      withSeverity(vscode.DiagnosticSeverity.Error),
      `${CONFIG_FILE_FINDING.rule} back as an error once ${CONFIG_FILE} is deleted`,
    );
  });
});
