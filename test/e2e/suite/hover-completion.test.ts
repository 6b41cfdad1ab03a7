/**
 * Hover and completion as the editor asks for them
 * (`vscode.executeHoverProvider`, `vscode.executeCompletionItemProvider`):
 * hovering a finding explains its rule and links to its page; hovering a
 * manifest key shows the schema's description; typing `type: ` under an
 * endpoint's `authentication` offers the schema's authentication types, and
 * picking one fixes the manifest. The expected texts come from the
 * extension's own schema file, so the test follows the schema.
 */
import assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { EXTENSION_ID, closeAllEditorsWithoutSaving, openFixture, readFromDisk, waitForDiagnostics, waitForFindings } from './editor';
import { DRAFT_MANIFEST_FILE, DRAFT_MANIFEST_FINDING, MANIFEST_FILE } from './expected-findings';

interface SchemaProperty {
  description?: string;
  enum?: string[];
  properties?: Record<string, SchemaProperty>;
}
interface ManifestSchema {
  properties: Record<string, SchemaProperty>;
  definitions: Record<string, SchemaProperty>;
}

async function manifestSchema(): Promise<ManifestSchema> {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is not installed in this editor`);
  return JSON.parse(await readFromDisk(vscode.Uri.joinPath(extension.extensionUri, 'schemas/service-manifest.schema.json'))) as ManifestSchema;
}

/** Every hover's contents at the position, as one markdown text. */
async function hoverText(document: vscode.TextDocument, position: vscode.Position): Promise<string> {
  const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, position);
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === 'string' ? content : content.value))
    .join('\n\n');
}

function label(item: vscode.CompletionItem): string {
  return typeof item.label === 'string' ? item.label : item.label.label;
}

describe('hover and completion', () => {
  after(closeAllEditorsWithoutSaving);

  it(`hover on a finding explains its rule and links to the rule's page (${MANIFEST_FILE.path})`, async () => {
    const document = await openFixture(MANIFEST_FILE.path);
    const expected = MANIFEST_FILE.findings.find((finding) => finding.rule === 'insecure-url');
    assert.ok(expected, 'expected-findings.ts lists no insecure-url in the manifest');
    const [diagnostic] = await waitForFindings(document, [expected]);
    const code = diagnostic.code;
    assert.ok(typeof code === 'object', 'the diagnostic links to its rule page');

    const text = await hoverText(document, diagnostic.range.start.translate(0, 3));
    assert.match(text, /\*\*insecure-url\*\*/, `the hover names the rule: ${text}`);
    assert.ok(text.split('\n\n').length >= 3, `the hover gives the rule's rationale in a paragraph of its own: ${text}`);
    assert.ok(!text.includes(diagnostic.message), `the hover does not repeat the message the editor shows above it: ${text}`);
    // The same page as the Problems entry's link.
    assert.ok(text.includes(`](${code.target.toString(true)})`), `the hover links to ${code.target.toString(true)}: ${text}`);
  });

  it(`hover on a manifest key shows the schema's description (spec.exposure in ${MANIFEST_FILE.path})`, async () => {
    const document = await openFixture(MANIFEST_FILE.path);
    const description = (await manifestSchema()).properties.spec.properties?.exposure.description;
    assert.ok(description, 'the schema has no description for spec.exposure');
    const line = document
      .getText()
      .split('\n')
      .findIndex((text) => text.trimStart().startsWith('exposure:'));
    assert.ok(line >= 0, `${MANIFEST_FILE.path} has no exposure key`);
    const key = document.lineAt(line).firstNonWhitespaceCharacterIndex;

    const text = await hoverText(document, new vscode.Position(line, key + 2));
    assert.ok(text.includes(description), `the hover lacks the schema's description of spec.exposure: ${text}`);
    assert.ok(text.includes('spec.exposure'), `the hover gives the key's path: ${text}`);
  });

  it(`completion after "type: " in a manifest's authentication offers the schema's types, nhs-cis2 among them (${DRAFT_MANIFEST_FILE})`, async () => {
    const document = await openFixture(DRAFT_MANIFEST_FILE);
    await waitForFindings(document, [DRAFT_MANIFEST_FINDING]);
    const types = (await manifestSchema()).definitions.endpoint.properties?.authentication.properties?.type.enum;
    assert.ok(types !== undefined && types.includes('nhs-cis2'), `the schema's authentication types: ${JSON.stringify(types)}`);

    // The user types the key under `authentication:` (the file's last line), one level deeper.
    assert.ok(document.getText().endsWith('authentication:\n'), `${DRAFT_MANIFEST_FILE} should end with "authentication:"`);
    const indent = ' '.repeat(document.lineAt(document.lineCount - 2).firstNonWhitespaceCharacterIndex + 2);
    const end = document.lineAt(document.lineCount - 1).range.end;
    const typing = new vscode.WorkspaceEdit();
    typing.insert(document.uri, end, `${indent}type: `);
    assert.equal(await vscode.workspace.applyEdit(typing), true, 'the editor refused the typing');
    const cursor = end.translate(0, `${indent}type: `.length);

    const list = await vscode.commands.executeCommand<vscode.CompletionList>('vscode.executeCompletionItemProvider', document.uri, cursor);
    const offered = list.items.filter((item) => item.kind === vscode.CompletionItemKind.EnumMember);
    assert.deepEqual(offered.map(label).sort(), [...types].sort(), `the values offered: ${list.items.map(label).join(', ')}`);

    const cis2 = offered.find((item) => label(item) === 'nhs-cis2')!;
    const range = cis2.range === undefined || cis2.range instanceof vscode.Range ? cis2.range : cis2.range.replacing;
    const insertText = typeof cis2.insertText === 'string' ? cis2.insertText : (cis2.insertText?.value ?? label(cis2));
    const pick = new vscode.WorkspaceEdit();
    pick.replace(document.uri, range ?? new vscode.Range(cursor, cursor), insertText);
    assert.equal(await vscode.workspace.applyEdit(pick), true, 'the editor refused the completion');
    assert.equal(document.lineAt(document.lineCount - 1).text, `${indent}type: nhs-cis2`);
    await waitForDiagnostics(document, (diagnostics) => diagnostics.length === 0, 'no finding once the authentication has its type');
  });
});
