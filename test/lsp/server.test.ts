/**
 * The real bundled language server (dist/server/server.js) over stdio, driven
 * by a JSON-RPC client as an editor would drive it. Build first: `npm run build`.
 */
import { spawnSync } from 'node:child_process';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextEdit } from 'vscode-languageserver/node';
import { docsUrl } from '../../server/src/engine';
import { LINT_DELAY_MS } from '../../server/src/lsp/server';
import { byRule, hasRule, insecureUrlDiagnostic, requestQuickFixes, versionedEdits, withoutData } from './helpers';
import { applyLspEdits, LspHarness, positionOf, SERVER_PATH } from './lsp-harness';

const YAML_URI = 'file:///workspace/service/config.yaml';
const YAML_TEXT = 'name: booking\nurl: http://api.example.com/x\n';
const JSON_URI = 'file:///workspace/service/appsettings.json';
const JSON_TEXT = '{\n  "endpoint": "http://api.example.com/x"\n}\n';

const FULL_CAPABILITIES = {
  workspace: {
    configuration: true,
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
  },
  textDocument: { publishDiagnostics: { versionSupport: true }, codeAction: { isPreferredSupport: true } },
};

describe('language server over stdio, client with workspace/configuration', () => {
  let harness: LspHarness;
  let settings: unknown = {};
  /** Settings requests for these URIs are reported to the test and answered only when it says so. */
  const heldSettings = new Map<string, { onRequest: () => void; answer: Promise<unknown> }>();

  before(async () => {
    harness = await LspHarness.start({
      capabilities: FULL_CAPABILITIES,
      configuration: (item) => {
        if (item.section !== 'internetFirst') return null;
        const held = heldSettings.get(item.scopeUri ?? '');
        if (held === undefined) return settings;
        held.onRequest();
        return held.answer;
      },
    });
  });
  after(() => harness.kill());

  test('publishes an insecure-url diagnostic for YAML with rule id, docs link, severity, range and fix data', async () => {
    const published = harness.nextDiagnostics(YAML_URI);
    await harness.open(YAML_URI, 'yaml', YAML_TEXT);
    const params = await published;
    assert.equal(params.version, 1);
    const diagnostic = insecureUrlDiagnostic(params);

    assert.equal(diagnostic.source, 'internet-first');
    assert.equal(diagnostic.severity, 1, 'insecure-url defaults to error');
    assert.deepEqual(diagnostic.codeDescription, { href: docsUrl('insecure-url') });
    assert.match(diagnostic.codeDescription?.href ?? '', /\/insecure-url\.md$/);
    // The engine marks the scheme and authority (`http://api.example.com`), not the path.
    assert.deepEqual(diagnostic.range, {
      start: positionOf(YAML_TEXT, 'http://'),
      end: positionOf(YAML_TEXT, 'api.example.com', 'api.example.com'.length),
    });
    assert.equal(typeof diagnostic.message, 'string');
    assert.notEqual(diagnostic.message, '');

    const data = diagnostic.data as { version: number; fixes: { title: string; isPreferred: boolean; edits: TextEdit[] }[] };
    assert.equal(data.version, 1);
    assert.ok(data.fixes.length >= 1);
    assert.equal(data.fixes[0].isPreferred, false, 'http → https is unsafe: offered, never preferred');
    const fixed = applyLspEdits(YAML_TEXT, data.fixes[0].edits);
    assert.equal(fixed, YAML_TEXT.replace('http://', 'https://'));
  });

  test('asked for the settings of the document itself, and registered for setting changes', () => {
    assert.ok(harness.configurationRequests.some((item) => item.scopeUri === YAML_URI && item.section === 'internetFirst'));
    const registration = harness.registrations.find((r) => r.method === 'workspace/didChangeConfiguration');
    assert.deepEqual(registration?.registerOptions, { section: 'internetFirst' });
  });

  test('publishes for JSON too', async () => {
    const published = harness.nextDiagnostics(JSON_URI);
    await harness.open(JSON_URI, 'json', JSON_TEXT);
    const diagnostic = insecureUrlDiagnostic(await published);
    assert.deepEqual(diagnostic.range, {
      start: positionOf(JSON_TEXT, 'http://'),
      end: positionOf(JSON_TEXT, 'api.example.com', 'api.example.com'.length),
    });
  });

  test('the quick fix from Diagnostic.data is a versioned edit turning http into https', async () => {
    const diagnostic = insecureUrlDiagnostic(harness.latestPublish(YAML_URI));
    const actions = await requestQuickFixes(harness, YAML_URI, [diagnostic]);
    assert.ok(actions.length >= 1);
    const [first] = actions;
    assert.equal(first.kind, 'quickfix');
    assert.equal(first.isPreferred, false);
    assert.deepEqual(first.diagnostics, [diagnostic]);
    const documentEdit = versionedEdits(first);
    assert.deepEqual(documentEdit.textDocument, { uri: YAML_URI, version: 1 });
    assert.equal(applyLspEdits(YAML_TEXT, documentEdit.edits), YAML_TEXT.replace('http://', 'https://'));
  });

  test('the quick fix also works when the client drops Diagnostic.data (Neovim 0.7)', async () => {
    const diagnostic = insecureUrlDiagnostic(harness.latestPublish(YAML_URI));
    const withData = await requestQuickFixes(harness, YAML_URI, [diagnostic]);
    const actions = await requestQuickFixes(harness, YAML_URI, [withoutData(diagnostic)]);
    assert.deepEqual(
      actions.map((action) => ({ ...action, diagnostics: undefined })),
      withData.map((action) => ({ ...action, diagnostics: undefined })),
    );
    assert.ok(actions.length >= 1);
    // Mangled data is treated like missing data, never turned into an edit.
    const mangled = await requestQuickFixes(harness, YAML_URI, [{ ...diagnostic, data: { version: 1, fixes: [{ title: 'x', edits: 'junk' }] } }]);
    const edits = (list: typeof actions) => list.filter((action) => action.edit !== undefined).map(versionedEdits);
    assert.deepEqual(edits(mangled), edits(withData));
  });

  test('no action for a diagnostic that matches nothing, for other sources, or when quick fixes are not asked for', async () => {
    const diagnostic = withoutData(insecureUrlDiagnostic(harness.latestPublish(YAML_URI)));
    const elsewhere = { ...diagnostic, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 4 } } };
    assert.deepEqual(await requestQuickFixes(harness, YAML_URI, [elsewhere]), []);
    assert.deepEqual(await requestQuickFixes(harness, YAML_URI, [{ ...diagnostic, source: 'yaml' }]), []);
    assert.deepEqual(await requestQuickFixes(harness, YAML_URI, [diagnostic], ['refactor']), []);
    assert.equal((await requestQuickFixes(harness, YAML_URI, [diagnostic], ['quickfix'])).length >= 1, true);
  });

  test('changes are debounced and only the latest version is linted and published', async (t) => {
    const v4 = 'a: http://one.example.com\nb: http://two.example.com\n';
    // A request round trip makes sure the server has handled the change before the next one is sent.
    const roundTrip = () => requestQuickFixes(harness, YAML_URI, []);
    const published = harness.nextDiagnostics(YAML_URI);
    const burstStarted = Date.now();
    await harness.change(YAML_URI, 2, 'a: https://one.example.com\n');
    await roundTrip();
    await harness.change(YAML_URI, 3, 'a: http://one.example.com\n');
    await roundTrip();
    const lastChangeAt = Date.now();
    await harness.change(YAML_URI, 4, v4);
    const params = await published;
    const waited = Date.now() - lastChangeAt;

    assert.ok(waited >= LINT_DELAY_MS - 20, `published ${waited} ms after the last change; expected a ~${LINT_DELAY_MS} ms debounce`);
    if (lastChangeAt - burstStarted < LINT_DELAY_MS) {
      assert.equal(params.version, 4, 'the first publish after the burst is for the last version');
    } else {
      t.diagnostic(`the machine took ${lastChangeAt - burstStarted} ms for the burst: too slow to judge "latest only"`);
    }
    assert.equal(params.diagnostics.filter(byRule('insecure-url')).length, 2);
    assert.equal((params.diagnostics.find(byRule('insecure-url'))?.data as { version: number }).version, 4);
  });

  test('a lint that finds the document changed while it waited for settings publishes nothing', async () => {
    const uri = 'file:///workspace/slow-settings.yaml';
    let answerSettings!: () => void;
    let settingsRequested!: () => void;
    const requested = new Promise<void>((resolveRequested) => (settingsRequested = resolveRequested));
    const answer = new Promise<unknown>((resolveSettings) => (answerSettings = () => resolveSettings({})));
    heldSettings.set(uri, { onRequest: settingsRequested, answer });
    const published = harness.nextDiagnostics(uri);
    await harness.open(uri, 'yaml', YAML_TEXT);
    await requested; // version 1's lint has started and waits for its settings
    const changedAt = Date.now();
    await harness.change(uri, 2, 'a: http://one.example.com\nb: http://two.example.com\n');
    await requestQuickFixes(harness, uri, []); // the server has applied version 2
    answerSettings(); // version 1's lint resumes, sees version 2, and must not publish
    const params = await published;
    // The only publish is version 2's own debounced lint, not version 1's lint running late.
    assert.ok(Date.now() - changedAt >= LINT_DELAY_MS - 20, 'published by the debounced lint of version 2');
    assert.equal(params.version, 2);
    assert.equal(params.diagnostics.filter(byRule('insecure-url')).length, 2);
    heldSettings.delete(uri);
    await harness.close(uri);
  });

  test('fix data from an older version is not trusted: the fix comes from the current text, or there is none', async () => {
    const current = 'a: http://one.example.com\nb: http://two.example.com\n';
    // Version 1's URL was at line 1, columns 5-29; nothing is there in version 4.
    const fromVersion1 = insecureUrlDiagnostic(harness.publishes.find((p) => p.uri === YAML_URI && p.version === 1)!);
    assert.deepEqual(await requestQuickFixes(harness, YAML_URI, [fromVersion1]), []);

    // A diagnostic at a current range whose data claims an older version and carries a bogus edit.
    const onLineB = harness.latestPublish(YAML_URI).diagnostics.find((d) => d.code === 'insecure-url' && d.range.start.line === 1)!;
    const staleData = {
      version: 3,
      fixes: [{ title: 'bogus', isPreferred: true, edits: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, newText: 'X' }] }],
    };
    const [action] = await requestQuickFixes(harness, YAML_URI, [{ ...onLineB, data: staleData }]);
    const documentEdit = versionedEdits(action);
    assert.equal(documentEdit.textDocument.version, 4);
    assert.equal(applyLspEdits(current, documentEdit.edits), current.replace('http://two', 'https://two'));
  });

  test('a rule turned off in the settings disappears after didChangeConfiguration', async () => {
    settings = { rules: { 'insecure-url': 'off' } };
    const published = harness.nextDiagnostics(YAML_URI);
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const params = await published;
    assert.equal(params.diagnostics.filter(byRule('insecure-url')).length, 0);
  });

  test('severity overrides apply; junk values are ignored with a message, not a crash', async () => {
    settings = { enable: 'yes', rules: { 'insecure-url': 'warning', 'no-such-rule': 'error', 'private-address': 7 } };
    const published = harness.nextDiagnostics(YAML_URI, hasRule('insecure-url'));
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const params = await published;
    assert.ok(params.diagnostics.filter(byRule('insecure-url')).every((d) => d.severity === 2));
    assert.ok(harness.logMessages.some((message) => message.includes('no-such-rule')));
    assert.ok(harness.logMessages.some((message) => message.includes('private-address')));
  });

  test('internetFirst.enable false publishes no diagnostics', async () => {
    settings = { enable: false };
    const published = harness.nextDiagnostics(YAML_URI);
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    assert.deepEqual((await published).diagnostics, []);
    settings = {};
    const restored = harness.nextDiagnostics(YAML_URI, hasRule('insecure-url'));
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await restored;
  });

  test('documents with another language id are linted when their path is .yml/.json', async () => {
    const uri = 'file:///workspace/docker-compose.yml';
    const published = harness.nextDiagnostics(uri);
    await harness.open(uri, 'yaml.docker-compose', YAML_TEXT);
    insecureUrlDiagnostic(await published);
  });

  test('closing a document publishes an empty list', async () => {
    const published = harness.nextDiagnostics(JSON_URI);
    await harness.close(JSON_URI);
    const params = await published;
    assert.deepEqual(params.diagnostics, []);
  });

  for (const [name, uri, languageId, text] of [
    ['broken YAML', 'file:///workspace/broken.yaml', 'yaml', 'a: [unclosed\n  - b: {\n\t"c\n'],
    ['binary-looking YAML', 'file:///workspace/binary.yaml', 'yaml', '\u0000\u0001\u0002\uFFFD: \u0007[{\n\u001b'],
    ['broken JSON', 'file:///workspace/broken.json', 'json', '{"a": [1, 2,, "http://x.example.com" \u0000'],
  ] as const) {
    test(`survives ${name} and reports a parse error`, async () => {
      const published = harness.nextDiagnostics(uri);
      await harness.open(uri, languageId, text);
      const params = await published;
      assert.ok(params.diagnostics.some(byRule('parse-error')), JSON.stringify(params.diagnostics));
      // Still serving requests afterwards.
      assert.ok(Array.isArray(await requestQuickFixes(harness, uri, params.diagnostics)));
    });
  }

  test('shuts down cleanly on shutdown + exit', async () => {
    assert.equal(await harness.shutdown(), 0);
  });
});

describe('language server over stdio, client without workspace/configuration', () => {
  let harness: LspHarness;

  before(async () => {
    harness = await LspHarness.start({ capabilities: {} });
  });
  after(() => harness.kill());

  test('uses the defaults without asking, then settings pushed with didChangeConfiguration', async () => {
    const published = harness.nextDiagnostics(YAML_URI);
    await harness.open(YAML_URI, 'yaml', YAML_TEXT);
    assert.equal(insecureUrlDiagnostic(await published).severity, 1);

    const republished = harness.nextDiagnostics(YAML_URI);
    await harness.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { internetFirst: { rules: { 'insecure-url': 'warning' } } },
    });
    assert.equal(insecureUrlDiagnostic(await republished).severity, 2);
    assert.deepEqual(harness.configurationRequests, []);
    assert.deepEqual(harness.registrations, []);
  });

  test('quick fixes use plain `changes` when the client does not support documentChanges', async () => {
    const diagnostic = insecureUrlDiagnostic(harness.latestPublish(YAML_URI));
    const [first] = await requestQuickFixes(harness, YAML_URI, [withoutData(diagnostic)]);
    assert.equal(first.edit?.documentChanges, undefined);
    const edits = first.edit?.changes?.[YAML_URI];
    assert.ok(edits);
    assert.equal(applyLspEdits(YAML_TEXT, edits), YAML_TEXT.replace('http://', 'https://'));
  });

  test('shuts down cleanly', async () => {
    assert.equal(await harness.shutdown(), 0);
  });
});

test('started by hand without a transport, it prints its usage and exits 2', () => {
  const result = spawnSync(process.execPath, [SERVER_PATH], { encoding: 'utf8', timeout: 10_000 });
  assert.equal(result.status, 2);
  assert.match(result.stderr, /Usage: internet-first-language-server --stdio/);
});
