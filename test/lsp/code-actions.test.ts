/**
 * Code actions beyond the rule's own fixes, over stdio: "Disable <rule> for
 * this line" in each place a comment can (and cannot) go, "Show
 * documentation", fix-all as a source action on save and as a command.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ApplyWorkspaceEditParams, CodeAction, Diagnostic, TextDocumentEdit } from 'vscode-languageserver/node';
import { docsUrl } from '../../server/src/engine';
import { byRule, hasRule, requestQuickFixes, versionedEdits } from './helpers';
import { applyLspEdits, LspHarness } from './lsp-harness';

const CAPABILITIES = {
  workspace: { configuration: true, applyEdit: true, workspaceEdit: { documentChanges: true } },
  window: { showDocument: { support: true } },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { isPreferredSupport: true } },
};

let nextDocument = 0;

/** Opens a new document and returns its first publish (waiting for `ruleId` when given). */
async function openDocument(harness: LspHarness, name: string, languageId: string, text: string, ruleId?: string) {
  const uri = `file:///workspace/actions/${nextDocument++}-${name}`;
  const published = harness.nextDiagnostics(uri, ruleId ? hasRule(ruleId) : undefined);
  await harness.open(uri, languageId, text);
  return { uri, diagnostics: (await published).diagnostics };
}

function only(diagnostics: Diagnostic[], ruleId: string): Diagnostic[] {
  const found = diagnostics.filter(byRule(ruleId));
  assert.ok(found.length > 0, `no ${ruleId} diagnostic in ${JSON.stringify(diagnostics)}`);
  return found;
}

function titled(actions: CodeAction[], title: string): CodeAction {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `no action "${title}" in ${JSON.stringify(actions.map((a) => a.title))}`);
  return action;
}

/** Applies an action's edit to `text`, changes the document to the result, and returns the next publish. */
async function applyAndRelint(harness: LspHarness, uri: string, text: string, action: CodeAction, version = 2) {
  const fixed = applyLspEdits(text, versionedEdits(action).edits);
  const published = harness.nextDiagnostics(uri, (params) => params.version === version);
  await harness.change(uri, version, fixed);
  return { fixed, diagnostics: (await published).diagnostics };
}

describe('code actions: waivers, documentation and fix-all', () => {
  let harness: LspHarness;
  before(async () => {
    harness = await LspHarness.start({ capabilities: CAPABILITIES, configuration: () => ({}) });
  });
  after(() => harness.kill());

  test('a safe rule fix is offered first and preferred', async () => {
    const text = 'url: https://msg.int.spine2.ncrs.nhs.uk/x\n';
    const { uri, diagnostics } = await openDocument(harness, 'safe.yaml', 'yaml', text, 'hscn-only-endpoint');
    const actions = await requestQuickFixes(harness, uri, only(diagnostics, 'hscn-only-endpoint'));
    assert.equal(actions[0].title, 'Use the internet name msg.intspineservices.nhs.uk');
    assert.equal(actions[0].isPreferred, true);
  });

  test('each finding gets its rule fix (preferred only when safe), a waiver for its line and its documentation (neither preferred)', async () => {
    const text = 'name: booking\nurl: http://api.example.com/x\n';
    const { uri, diagnostics } = await openDocument(harness, 'config.yaml', 'yaml', text, 'insecure-url');
    const diagnostic = only(diagnostics, 'insecure-url')[0];
    const actions = await requestQuickFixes(harness, uri, [diagnostic]);

    assert.equal(actions[0].title, 'Use https://', 'the rule fix comes first');
    assert.equal(actions[0].isPreferred, false, 'http → https is unsafe (the server may not speak TLS): offered, not preferred');
    assert.ok(versionedEdits(actions[0]).edits.length > 0);
    const waiver = titled(actions, 'Disable insecure-url for this line');
    const docs = titled(actions, 'Show documentation for insecure-url');
    for (const action of [waiver, docs]) {
      assert.equal(action.kind, 'quickfix');
      assert.equal(action.isPreferred, false);
      assert.deepEqual(action.diagnostics, [diagnostic]);
    }
    assert.deepEqual(versionedEdits(waiver).textDocument, { uri, version: 1 });
    assert.deepEqual(docs.command, {
      title: 'Show documentation for insecure-url',
      command: 'internetFirst.showDocumentation',
      arguments: [docsUrl('insecure-url')],
    });

    const { fixed, diagnostics: after } = await applyAndRelint(harness, uri, text, waiver);
    assert.equal(fixed, 'name: booking\nurl: http://api.example.com/x  # internet-first-disable-line insecure-url -- <reason>\n');
    assert.deepEqual(after.filter(byRule('insecure-url')), [], 'the waiver silences the finding');
    assert.deepEqual(after.filter(byRule('unused-suppression')), []);
  });

  test('a line with a comment already gets the waiver on the line above, at its indentation', async () => {
    const text = 'svc:\n  url: http://api.example.com/x # primary\n';
    const { uri, diagnostics } = await openDocument(harness, 'commented.yaml', 'yaml', text, 'insecure-url');
    const waiver = titled(await requestQuickFixes(harness, uri, only(diagnostics, 'insecure-url')), 'Disable insecure-url for this line');
    const { fixed, diagnostics: after } = await applyAndRelint(harness, uri, text, waiver);
    assert.equal(fixed, 'svc:\n  # internet-first-disable-next-line insecure-url -- <reason>\n  url: http://api.example.com/x # primary\n');
    assert.deepEqual(after.filter(byRule('insecure-url')), []);
  });

  test('an existing waiver on the line gets the rule added to its list', async () => {
    const text = 'url: http://api.example.com/x # internet-first-disable-line non-public-hostname -- test double\n';
    const { uri, diagnostics } = await openDocument(harness, 'waived.yaml', 'yaml', text, 'insecure-url');
    const waiver = titled(await requestQuickFixes(harness, uri, only(diagnostics, 'insecure-url')), 'Disable insecure-url for this line');
    const { fixed, diagnostics: after } = await applyAndRelint(harness, uri, text, waiver);
    assert.equal(fixed, text.replace('non-public-hostname', 'non-public-hostname, insecure-url'));
    assert.deepEqual(after.filter(byRule('insecure-url')), []);
  });

  test('inside a block scalar no comment can mark the line: the waiver is for the file, and the file still parses', async () => {
    const text = 'svc:\n  script: |\n    curl http://api.example.com/x\n';
    const { uri, diagnostics } = await openDocument(harness, 'block.yaml', 'yaml', text, 'insecure-url');
    const actions = await requestQuickFixes(harness, uri, only(diagnostics, 'insecure-url'));
    assert.equal(
      actions.some((action) => action.title === 'Disable insecure-url for this line'),
      false,
    );
    const waiver = titled(actions, 'Disable insecure-url for this file');
    const { fixed, diagnostics: after } = await applyAndRelint(harness, uri, text, waiver);
    assert.equal(fixed, `# internet-first-disable-file insecure-url -- <reason>\n${text}`);
    assert.deepEqual(after.filter(byRule('insecure-url')), []);
    assert.deepEqual(after.filter(byRule('parse-error')), []);
  });

  test("JSONC gets a // comment with the file's own line breaks; plain JSON gets no waiver but keeps its documentation link", async () => {
    const text = '{\r\n  "endpoint": "http://api.example.com/x"\r\n}\r\n';
    const jsonc = await openDocument(harness, 'settings.jsonc', 'jsonc', text, 'insecure-url');
    const waiver = titled(await requestQuickFixes(harness, jsonc.uri, only(jsonc.diagnostics, 'insecure-url')), 'Disable insecure-url for this line');
    const { fixed, diagnostics: after } = await applyAndRelint(harness, jsonc.uri, text, waiver);
    assert.equal(fixed, '{\r\n  "endpoint": "http://api.example.com/x"  // internet-first-disable-line insecure-url -- <reason>\r\n}\r\n');
    assert.deepEqual(after.filter(byRule('insecure-url')), []);

    const json = await openDocument(harness, 'appsettings.json', 'json', text, 'insecure-url');
    const actions = await requestQuickFixes(harness, json.uri, only(json.diagnostics, 'insecure-url'));
    assert.equal(
      actions.some((action) => action.title.startsWith('Disable')),
      false,
    );
    titled(actions, 'Show documentation for insecure-url');
  });

  test('two findings of one rule on one line share one waiver; findings about waivers get none', async () => {
    const text = 'hosts: [http://a.example.com, http://b.example.com] # internet-first-disable-line private-address -- test\n';
    const { uri, diagnostics } = await openDocument(harness, 'two.yaml', 'yaml', text, 'unused-suppression');
    const insecure = only(diagnostics, 'insecure-url');
    assert.equal(insecure.length, 2);
    const actions = await requestQuickFixes(harness, uri, diagnostics);
    const waivers = actions.filter((action) => action.title === 'Disable insecure-url for this line');
    assert.equal(waivers.length, 1);
    assert.deepEqual(waivers[0].diagnostics, insecure);
    assert.equal(
      actions.some((action) => action.title === 'Disable unused-suppression for this line'),
      false,
    );
    titled(actions, 'Show documentation for unused-suppression');
  });

  test('the documentation command asks the editor to open the page with window/showDocument', async () => {
    const shown = harness.nextMessage('window/showDocument');
    const result = await harness.connection.sendRequest('workspace/executeCommand', {
      command: 'internetFirst.showDocumentation',
      arguments: [docsUrl('private-address')],
    });
    assert.deepEqual((await shown).params, { uri: docsUrl('private-address'), external: true });
    assert.deepEqual(result, { shown: true });
    const refused = await harness.connection.sendRequest('workspace/executeCommand', {
      command: 'internetFirst.showDocumentation',
      arguments: ['file:///etc/passwd'],
    });
    assert.deepEqual(refused, { shown: false });
  });

  test('source.fixAll.internetFirst: one versioned edit with every safe fix, comments intact, only when asked for', async () => {
    const text = '# endpoints\na: https://msg.int.spine2.ncrs.nhs.uk/x # first\nb: ws://two.example.com\nc: https://msg.dep.spine2.ncrs.nhs.uk/y\n';
    const { uri, diagnostics } = await openDocument(harness, 'fixall.yaml', 'yaml', text, 'insecure-url');
    assert.equal(diagnostics.filter(byRule('hscn-only-endpoint')).length, 2);
    for (const kinds of [['source.fixAll.internetFirst'], ['source.fixAll'], ['source']]) {
      const actions = await requestQuickFixes(harness, uri, [], kinds);
      assert.equal(actions.length, 1, `asked for ${kinds}`);
      assert.equal(actions[0].kind, 'source.fixAll.internetFirst');
      const { textDocument, edits } = versionedEdits(actions[0]);
      assert.deepEqual(textDocument, { uri, version: 1 });
      assert.equal(edits.length, 1, 'a single edit');
      // ws → wss is unsafe: fix-all leaves it for a person.
      assert.equal(
        applyLspEdits(text, edits),
        '# endpoints\na: https://msg.intspineservices.nhs.uk/x # first\nb: ws://two.example.com\nc: https://msg.depspineservices.nhs.uk/y\n',
      );
    }
    assert.deepEqual(await requestQuickFixes(harness, uri, [], ['quickfix']), []);
    const unfiltered = await requestQuickFixes(harness, uri, []);
    assert.equal(
      unfiltered.some((action) => action.kind === 'source.fixAll.internetFirst'),
      false,
    );
  });

  test('with two safe fixes in the file, "Fix all" is offered and runs on the server with workspace/applyEdit', async () => {
    const text = 'a: https://msg.int.spine2.ncrs.nhs.uk/\nb: https://msg.dep.spine2.ncrs.nhs.uk/\n';
    const { uri, diagnostics } = await openDocument(harness, 'command.yaml', 'yaml', text, 'hscn-only-endpoint');
    const actions = await requestQuickFixes(harness, uri, [only(diagnostics, 'hscn-only-endpoint')[0]]);
    const fixAll = titled(actions, 'Fix all safe problems');
    assert.equal(fixAll.isPreferred, false);
    assert.deepEqual(fixAll.command?.arguments, [{ uri, version: 1 }]);

    const applied = harness.nextMessage('workspace/applyEdit');
    const result = await harness.connection.sendRequest('workspace/executeCommand', { command: fixAll.command!.command, arguments: fixAll.command!.arguments });
    assert.deepEqual(result, { applied: true });
    const params = (await applied).params as ApplyWorkspaceEditParams;
    const [change] = params.edit.documentChanges as TextDocumentEdit[];
    assert.deepEqual(change.textDocument, { uri, version: 1 });
    assert.equal(applyLspEdits(text, change.edits as never), 'a: https://msg.intspineservices.nhs.uk/\nb: https://msg.depspineservices.nhs.uk/\n');

    const stale = await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.fixAll', arguments: [{ uri, version: 7 }] });
    assert.equal((stale as { applied: boolean }).applied, false);
    const byUriOnly = await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.fixAll', arguments: [uri] });
    assert.deepEqual(byUriOnly, { applied: true });
  });

  test('one safe fix in the file: no "Fix all" (the fix itself is the action)', async () => {
    const { uri, diagnostics } = await openDocument(harness, 'single.yaml', 'yaml', 'a: https://msg.int.spine2.ncrs.nhs.uk/\n', 'hscn-only-endpoint');
    const actions = await requestQuickFixes(harness, uri, only(diagnostics, 'hscn-only-endpoint'));
    assert.equal(
      actions.some((action) => action.title === 'Fix all safe problems'),
      false,
    );
    assert.equal((await requestQuickFixes(harness, uri, [], ['source.fixAll'])).length, 1);
  });

  test('only unsafe fixes in the file: each is a quick fix, but there is no "Fix all" and fix-on-save changes nothing', async () => {
    const text = 'a: http://one.example.com\nb: http://two.example.com\n';
    const { uri, diagnostics } = await openDocument(harness, 'unsafe.yaml', 'yaml', text, 'insecure-url');
    for (const diagnostic of only(diagnostics, 'insecure-url')) {
      const actions = await requestQuickFixes(harness, uri, [diagnostic]);
      assert.equal(actions[0].title, 'Use https://');
      assert.equal(actions[0].isPreferred, false);
      assert.equal(
        actions.some((action) => action.title === 'Fix all safe problems'),
        false,
      );
    }
    assert.deepEqual(await requestQuickFixes(harness, uri, [], ['source.fixAll.internetFirst']), []);
  });

  test('nothing to fix: no fix-all source action, and the command says so', async () => {
    const { uri } = await openDocument(harness, 'clean.yaml', 'yaml', 'url: https://api.example.com/x # fine\n');
    assert.deepEqual(await requestQuickFixes(harness, uri, [], ['source.fixAll.internetFirst']), []);
    const result = await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.fixAll', arguments: [uri] });
    assert.deepEqual(result, { applied: false, reason: 'nothing to fix' });
  });
});

describe('code actions for a client that opens URLs itself (VS Code)', () => {
  let harness: LspHarness;
  before(async () => {
    harness = await LspHarness.start({ capabilities: CAPABILITIES, initializationOptions: { openUrlCommand: 'vscode.open' } });
  });
  after(() => harness.kill());

  test('"Show documentation" runs the client\'s command with the page URL', async () => {
    const { uri, diagnostics } = await openDocument(harness, 'vscode.yaml', 'yaml', 'url: http://api.example.com/x\n', 'insecure-url');
    const docs = titled(await requestQuickFixes(harness, uri, only(diagnostics, 'insecure-url')), 'Show documentation for insecure-url');
    assert.deepEqual(docs.command, { title: 'Show documentation for insecure-url', command: 'vscode.open', arguments: [docsUrl('insecure-url')] });
  });
});
