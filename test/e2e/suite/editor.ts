/**
 * Helpers for the extension-host tests: open fixture files, read this
 * extension's diagnostics, and wait for them on
 * `languages.onDidChangeDiagnostics` (never a fixed sleep; the timeout only
 * turns a hang into a failure that shows what the editor had).
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExpectedFinding } from './expected-findings';

export const EXTENSION_ID = 'internet-first.internet-first-lint';
export const SOURCE = 'internet-first';
/** Long enough for a cold extension host on a loaded 2-core CI machine; a hang still fails well inside mocha's timeout. */
export const WAIT_TIMEOUT_MS = 40_000;

/**
 * A file of the fixture workspace; `folderName` picks a folder of a
 * multi-root workspace (test/e2e/fixtures/multi-root/), by its name.
 */
export function fixtureUri(relativePath: string, folderName?: string): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders ?? [];
  const folder = folderName === undefined ? folders[0] : folders.find((candidate) => candidate.name === folderName);
  assert.ok(folder, folderName === undefined ? 'the extension tests need the fixture workspace open as a folder' : `no workspace folder named ${folderName}`);
  return vscode.Uri.joinPath(folder.uri, relativePath);
}

export async function openFixture(relativePath: string, folderName?: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath, folderName));
  await vscode.window.showTextDocument(document);
  return document;
}

/** The file as saved on disk (not the editor's buffer). */
export async function readFromDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

export function ruleId(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  if (typeof code === 'object') return String(code.value);
  return code === undefined ? undefined : String(code);
}

/** This extension's diagnostics for a file; other extensions (the built-in JSON support) publish their own. */
export function ourDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

export function describeDiagnostics(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => {
      const start = d.range.start;
      return `${ruleId(d)} ${vscode.DiagnosticSeverity[d.severity]} ${start.line + 1}:${start.character + 1} ${JSON.stringify(document.getText(d.range))}`;
    })
    .join('; ');
}

export function findingMatches(document: vscode.TextDocument, diagnostic: vscode.Diagnostic, expected: ExpectedFinding): boolean {
  return (
    ruleId(diagnostic) === expected.rule &&
    diagnostic.range.start.line === expected.line - 1 &&
    diagnostic.range.start.character === expected.column - 1 &&
    document.getText(diagnostic.range) === expected.text
  );
}

export function hasFinding(document: vscode.TextDocument, diagnostics: readonly vscode.Diagnostic[], expected: ExpectedFinding): boolean {
  return diagnostics.some((diagnostic) => findingMatches(document, diagnostic, expected));
}

/**
 * Resolves with this extension's diagnostics for the document once `condition`
 * holds; rejects after WAIT_TIMEOUT_MS saying what it waited for and what the
 * editor had.
 */
export function waitForDiagnostics(
  document: vscode.TextDocument,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
): Promise<vscode.Diagnostic[]> {
  return waitForFileDiagnostics(document.uri, condition, what, (diagnostics) => describeDiagnostics(document, diagnostics));
}

/**
 * The same for any file, open or not (a file only *Lint workspace* linted has
 * no document, so the description gives positions without the text).
 */
export function waitForFileDiagnostics(
  uri: vscode.Uri,
  condition: (diagnostics: vscode.Diagnostic[]) => boolean,
  what: string,
  describe: (diagnostics: readonly vscode.Diagnostic[]) => string = describePositions,
): Promise<vscode.Diagnostic[]> {
  const key = uri.toString();
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const check = (): void => {
      const diagnostics = ourDiagnostics(uri);
      if (!condition(diagnostics)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(diagnostics);
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => {
      if (event.uris.some((changed) => changed.toString() === key)) check();
    });
    timer = setTimeout(() => {
      subscription.dispose();
      const seen = describe(ourDiagnostics(uri));
      reject(new Error(`Timed out after ${WAIT_TIMEOUT_MS} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; it has: ${seen}`));
    }, WAIT_TIMEOUT_MS);
    check();
  });
}

function describePositions(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics.map((d) => `${ruleId(d)} ${vscode.DiagnosticSeverity[d.severity]} ${d.range.start.line + 1}:${d.range.start.character + 1}`).join('; ');
}

/**
 * Resolves with the first event that `matches`, fired after this call (so
 * subscribe before doing what fires it); rejects after WAIT_TIMEOUT_MS.
 */
export function nextEvent<T>(event: vscode.Event<T>, matches: (value: T) => boolean, what: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const subscription = event((value) => {
      if (!matches(value)) return;
      subscription.dispose();
      clearTimeout(timer);
      resolve(value);
    });
    const timer = setTimeout(() => {
      subscription.dispose();
      reject(new Error(`Timed out after ${WAIT_TIMEOUT_MS} ms waiting for ${what}`));
    }, WAIT_TIMEOUT_MS);
  });
}

/** Saves the document as Ctrl+S does (the save command on the active editor, so save participants run) and waits until it is saved. */
export async function saveAsUser(document: vscode.TextDocument): Promise<void> {
  const key = document.uri.toString();
  const saved = nextEvent(
    vscode.workspace.onDidSaveTextDocument,
    (candidate) => candidate.uri.toString() === key,
    `${vscode.workspace.asRelativePath(document.uri)} to be saved`,
  );
  await vscode.window.showTextDocument(document);
  await vscode.commands.executeCommand('workbench.action.files.save');
  await saved;
}

/** Waits until every expected finding is there, and returns the diagnostic for each, in order. */
export async function waitForFindings(document: vscode.TextDocument, expected: readonly ExpectedFinding[]): Promise<vscode.Diagnostic[]> {
  const label = expected.map((finding) => `${finding.rule} at ${finding.line}:${finding.column} ${JSON.stringify(finding.text)}`).join(', ');
  const diagnostics = await waitForDiagnostics(document, (all) => expected.every((finding) => hasFinding(document, all, finding)), label);
  return expected.map((finding) => diagnostics.find((diagnostic) => findingMatches(document, diagnostic, finding))!);
}

/** Closes every editor without saving, so that each test file starts from the files on disk. */
export async function closeAllEditorsWithoutSaving(): Promise<void> {
  for (const document of vscode.workspace.textDocuments) {
    if (!document.isDirty) continue;
    await vscode.window.showTextDocument(document);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  }
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
}

/** The code actions the editor gets for a range (as Ctrl+. asks), only those that are CodeActions (not bare Commands). */
export async function codeActionsAt(document: vscode.TextDocument, range: vscode.Range, kind: vscode.CodeActionKind): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>(
    'vscode.executeCodeActionProvider',
    document.uri,
    range,
    kind.value,
  );
  return actions.filter((action): action is vscode.CodeAction => typeof action.command !== 'string');
}
