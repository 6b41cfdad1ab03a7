/**
 * Versions over stdio (issue 11): a change that is not newer than the
 * document is ignored; "Fix all" for a version that is not current, or for a
 * text that changed while the fixes were computed, applies nothing and says
 * so; code actions computed while the text changed are answered with
 * ContentModified. Also: code actions and fix-all on a file over the size
 * limit offer no edits, as linting, hover and completion do not parse it.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { LSPErrorCodes, ResponseError, type ApplyWorkspaceEditParams, type TextDocumentEdit } from 'vscode-languageserver/node';
import { MAX_FILE_BYTES } from '../../server/src/engine';
import { hasRule, requestQuickFixes } from './helpers';
import { applyLspEdits, LspHarness } from './lsp-harness';

const CAPABILITIES = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { isPreferredSupport: true } },
};
/** Two safe fixes (HSCN Spine names have internet names). */
const FIXABLE = 'a: https://msg.int.spine2.ncrs.nhs.uk/\nb: https://msg.dep.spine2.ncrs.nhs.uk/\n';
const FIXED = 'a: https://msg.intspineservices.nhs.uk/\nb: https://msg.depspineservices.nhs.uk/\n';
const CLEAN = 'url: https://api.example.com/ # fine\n';
const WARNING = 2;

interface FixAllResult {
  applied: boolean;
  reason?: string;
}

describe('document versions over stdio', () => {
  let harness: LspHarness;
  /** While set, `workspace/configuration` is answered only when the test resolves it. */
  let held: { requested: () => void; answer: Promise<unknown> } | undefined;

  before(async () => {
    harness = await LspHarness.start({
      capabilities: CAPABILITIES,
      configuration: () => {
        if (held === undefined) return {};
        held.requested();
        return held.answer;
      },
    });
  });
  after(() => harness.kill());

  const fixAll = (argument: unknown) =>
    harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.fixAll', arguments: [argument] }) as Promise<FixAllResult>;
  const warnings = () => harness.received('window/showMessage').filter((params) => (params as { type: number }).type === WARNING).length;
  const applyEditsFor = (uri: string) =>
    harness
      .received('workspace/applyEdit')
      .filter((params) => ((params as ApplyWorkspaceEditParams).edit.documentChanges as TextDocumentEdit[])[0].textDocument.uri === uri);

  test('a change whose version is not newer is ignored with a log line; fix-all for its version applies nothing', async () => {
    const uri = 'file:///workspace/versions/stale-change.yaml';
    const opened = harness.nextDiagnostics(uri);
    await harness.open(uri, 'yaml', CLEAN);
    await opened;
    const fixable = harness.nextDiagnostics(uri, (params) => params.version === 5);
    await harness.change(uri, 5, FIXABLE);
    assert.ok(hasRule('hscn-only-endpoint')(await fixable));

    await harness.change(uri, 3, CLEAN); // older
    await harness.change(uri, 5, CLEAN); // repeated
    await requestQuickFixes(harness, uri, []); // both notifications have been handled
    assert.equal(harness.logMessages.filter((message) => message.includes(uri) && message.includes('version 3')).length, 1, harness.transcript());
    assert.equal(harness.logMessages.filter((message) => message.includes(uri) && message.includes('version 5 is')).length, 1, harness.transcript());

    const warningsBefore = warnings();
    const stale = await fixAll({ uri, version: 3 });
    assert.equal(stale.applied, false);
    assert.equal(warnings(), warningsBefore + 1, 'the person who asked is told');
    assert.deepEqual(applyEditsFor(uri), [], 'no edit for a stale version');

    // The document is still version 5's text: fix-all at version 5 fixes it.
    const applied = harness.nextMessage('workspace/applyEdit');
    assert.deepEqual(await fixAll({ uri, version: 5 }), { applied: true });
    const [change] = ((await applied).params as ApplyWorkspaceEditParams).edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 5 });
    assert.equal(applyLspEdits(FIXABLE, change.edits as never), FIXED);

    // A newer version is accepted, and nothing was ever published for the refused ones.
    const newer = harness.nextDiagnostics(uri, (params) => params.version === 6);
    await harness.change(uri, 6, CLEAN);
    assert.equal(hasRule('hscn-only-endpoint')(await newer), false);
    assert.deepEqual(
      harness.publishes.filter((params) => params.uri === uri).map((params) => params.version),
      [1, 5, 6],
    );
  });

  test('code actions and fix-all computed while the text changed: ContentModified, and no edit applied', async () => {
    const uri = 'file:///workspace/versions/changed-meanwhile.yaml';
    const opened = harness.nextDiagnostics(uri, hasRule('hscn-only-endpoint'));
    await harness.open(uri, 'yaml', FIXABLE);
    await opened;

    // Hold the settings the next requests need, so that the text can change while they wait.
    let answer!: () => void;
    let requested!: () => void;
    const asked = new Promise<void>((resolve) => (requested = resolve));
    held = { requested, answer: new Promise((resolve) => (answer = () => resolve({}))) };
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await asked;
    const actions = requestQuickFixes(harness, uri, [], ['source.fixAll.internetFirst']);
    const command = fixAll({ uri, version: 1 });
    await harness.change(uri, 2, `${FIXABLE}c: 1\n`);
    // A request that needs no settings: once answered, the change has been applied.
    assert.deepEqual(await requestQuickFixes(harness, uri, [], ['quickfix']), []);
    const warningsBefore = warnings();
    held = undefined;
    answer();

    await assert.rejects(actions, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.ContentModified);
    assert.equal((await command).applied, false);
    assert.equal(warnings(), warningsBefore + 1);
    assert.deepEqual(applyEditsFor(uri), []);
    // Asked again, at the current version, both work.
    assert.equal((await requestQuickFixes(harness, uri, [], ['source.fixAll.internetFirst'])).length, 1);
    assert.deepEqual(await fixAll({ uri, version: 2 }), { applied: true });
  });

  test('code actions and fix-all on a file over the size limit offer no edits, and the server still answers', async () => {
    const uri = 'file:///workspace/versions/oversized.yaml';
    const text = FIXABLE.repeat(Math.ceil(MAX_FILE_BYTES / FIXABLE.length) + 1);
    const published = harness.nextDiagnostics(uri, undefined, 120_000);
    await harness.open(uri, 'yaml', text);
    const { diagnostics } = await published;
    assert.deepEqual(
      diagnostics.map((diagnostic) => diagnostic.code),
      ['parse-error'],
      'reported as too large, not parsed',
    );

    assert.deepEqual(await requestQuickFixes(harness, uri, [], ['source.fixAll.internetFirst']), []);
    const quickFixes = await requestQuickFixes(harness, uri, diagnostics);
    assert.deepEqual(
      quickFixes.filter((action) => action.edit !== undefined),
      [],
      'no edit, not even a waiver comment',
    );
    assert.deepEqual(await fixAll({ uri, version: 1 }), { applied: false, reason: 'nothing to fix' });
    // The same text within the limit has fixes: the limit, not the content, is why there were none.
    const small = 'file:///workspace/versions/small.yaml';
    const smallPublished = harness.nextDiagnostics(small);
    await harness.open(small, 'yaml', text.slice(0, FIXABLE.length));
    await smallPublished;
    assert.equal((await requestQuickFixes(harness, small, [], ['source.fixAll.internetFirst'])).length, 1);
  });
});
