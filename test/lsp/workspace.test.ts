/**
 * Workspace-level behaviour over stdio, on real folders in a temporary
 * directory: "Lint workspace" (multi-root, skips, progress), diagnostics of
 * scanned files surviving a close, config files (discovery, precedence under
 * the settings, exclusion, validation, re-lint on change) and the status
 * notification.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClientCapabilities, PublishDiagnosticsParams } from 'vscode-languageserver/node';
import type { StatusParams } from '../../server/src/lsp/protocol';
import { CONFIG_FILE_GLOB } from '../../server/src/lsp/server';
import { byRule, hasRule } from './helpers';
import { LspHarness } from './lsp-harness';

const CAPABILITIES: ClientCapabilities = {
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    diagnostics: { refreshSupport: true },
  },
  window: { workDoneProgress: true },
  textDocument: { publishDiagnostics: { versionSupport: true } },
};

const INSECURE = 'url: http://api.example.com/x\n';

function write(path: string, text: string): void {
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, text);
}

const uriOf = (path: string): string => pathToFileURL(path).href;
const insecureSeverity = (params: PublishDiagnosticsParams): number | undefined => params.diagnostics.find(byRule('insecure-url'))?.severity;

describe('workspace: lint workspace, config files, status', () => {
  let root: string;
  let folderA: string;
  let folderB: string;
  let harness: LspHarness;
  let settings: unknown = {};

  before(async () => {
    root = mkdtempSync(join(tmpdir(), 'ifl-workspace-'));
    folderA = join(root, 'alpha');
    folderB = join(root, 'beta');
    write(join(folderA, 'a.yaml'), INSECURE);
    write(join(folderA, 'sub', 'b.json'), '{ "endpoint": "http://api.example.com/y" }\n');
    write(join(folderA, 'node_modules', 'pkg', 'c.yaml'), INSECURE);
    write(join(folderA, 'package-lock.json'), '{ "resolved": "http://registry.example.com/x" }\n');
    write(join(folderA, 'build', 'd.yaml'), INSECURE);
    write(join(folderA, '.gitignore'), 'build/\n');
    write(join(folderA, '.internet-first-baseline.json'), '{ "url": "http://api.example.com/z" }\n');
    write(join(folderA, 'notes.txt'), INSECURE);
    write(join(folderB, 'e.yml'), INSECURE);
    harness = await LspHarness.start({
      capabilities: CAPABILITIES,
      configuration: () => settings,
      workspaceFolders: [
        { uri: uriOf(folderA), name: 'alpha' },
        { uri: uriOf(folderB), name: 'beta' },
      ],
    });
  });
  after(() => {
    harness.kill();
    rmSync(root, { recursive: true, force: true });
  });

  test('watches the config files', async () => {
    // Registration is sent after `initialized`; a round trip makes sure it has arrived.
    await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.showDocumentation', arguments: [] });
    const watcher = harness.registrations.find((registration) => registration.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watcher?.registerOptions, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] });
    assert.equal(CONFIG_FILE_GLOB, '**/{.internet-first.yaml,.internet-first.yml,.internet-first.json}');
  });

  test('"Lint workspace" lints every YAML/JSON file of each folder, with progress, skipping what it should', async () => {
    const expected = [join(folderA, 'a.yaml'), join(folderA, 'sub', 'b.json'), join(folderB, 'e.yml')].map(uriOf);
    const publishes = expected.map((uri) => harness.nextDiagnostics(uri, hasRule('insecure-url')));
    const created = harness.nextMessage('window/workDoneProgress/create');
    const ended = harness.nextMessage('$/progress', (params) => params.value?.kind === 'end');
    const result = await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.lintWorkspace', arguments: [] });
    assert.deepEqual(result, { folders: 2, files: 3, open: 0, cancelled: false });
    await Promise.all(publishes);

    const token = ((await created).params as { token: string | number }).token;
    await ended;
    const progress = harness.received('$/progress').filter((params) => (params as { token: unknown }).token === token) as Array<{
      value: { kind: string; title?: string; percentage?: number; cancellable?: boolean };
    }>;
    assert.equal(progress[0].value.kind, 'begin');
    assert.equal(progress[0].value.title, 'Internet First: linting the workspace');
    assert.equal(progress[0].value.cancellable, true);
    assert.ok(progress.some(({ value }) => value.kind === 'report' && value.percentage === 100));
    assert.equal(progress[progress.length - 1].value.kind, 'end');

    const published = new Set(harness.publishes.map((params) => params.uri));
    for (const skipped of [['node_modules', 'pkg', 'c.yaml'], ['package-lock.json'], ['build', 'd.yaml'], ['.internet-first-baseline.json'], ['notes.txt']]) {
      assert.equal(published.has(uriOf(join(folderA, ...skipped))), false, `${skipped.join('/')} is skipped`);
    }
  });

  test('an open file is left to the live lint; once closed it shows the file on disk again', async () => {
    const uri = uriOf(join(folderA, 'a.yaml'));
    const live = harness.nextDiagnostics(uri, (params) => params.version === 1);
    await harness.open(uri, 'yaml', 'url: https://api.example.com/x\n');
    assert.deepEqual((await live).diagnostics.filter(byRule('insecure-url')), []);

    const rescan = await harness.connection.sendRequest('workspace/executeCommand', { command: 'internetFirst.lintWorkspace' });
    assert.equal((rescan as { open: number }).open, 1);

    const fromDisk = harness.nextDiagnostics(uri);
    await harness.close(uri);
    const params = await fromDisk;
    assert.equal(params.version, undefined, 'not a document version: the file on disk');
    assert.ok(params.diagnostics.some(byRule('insecure-url')), "the scan's diagnostics are back, not an empty list");
  });

  test('status notification: counts for the document and the config files that apply', async () => {
    const uri = uriOf(join(folderB, 'status.yaml'));
    const status = harness.nextMessage('internetFirst/status', (params) => params.uri === uri);
    await harness.open(uri, 'yaml', `${INSECURE}other: http://api.example.com/y\n`);
    const params = (await status).params as StatusParams;
    assert.equal(params.version, 1);
    assert.ok(params.counts.error >= 2);
    assert.deepEqual(params.configFiles, []);
    assert.equal(params.settingsApplied, false);
    assert.equal(params.enabled, true);
  });

  test('a new config file re-lints open and scanned files of its folder only, and pull clients are told to refresh', async () => {
    const config = join(folderA, '.internet-first.yaml');
    write(config, 'rules:\n  insecure-url: warning\nexclude:\n  - "private/**"\n');
    const openUri = uriOf(join(folderA, 'open.yaml'));
    const opened = harness.nextDiagnostics(openUri, hasRule('insecure-url'));
    await harness.open(openUri, 'yaml', INSECURE);
    // Config files are read once per folder and kept until a change is reported.
    assert.equal(insecureSeverity(await opened), 1, 'the folder was read before the file existed');

    const scanned = harness.nextDiagnostics(uriOf(join(folderA, 'sub', 'b.json')), (params) => insecureSeverity(params) === 2);
    const status = harness.nextMessage('internetFirst/status', (params) => params.uri === openUri && params.configFiles.length === 1);
    const refresh = harness.nextMessage('workspace/diagnostic/refresh');
    await harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(config), type: 1 }] });
    await scanned;
    const params = (await status).params as StatusParams;
    assert.deepEqual(params.configFiles, [config]);
    assert.equal(insecureSeverity(harness.latestPublish(openUri)), 2);
    await refresh;

    const otherFolder = uriOf(join(folderB, 'e.yml'));
    const other = harness.publishes.filter((params) => params.uri === otherFolder);
    assert.equal(insecureSeverity(other[other.length - 1]), 1, 'the other folder has no config file: default severity');
  });

  test('settings layer over the config file', async () => {
    const uri = uriOf(join(folderA, 'open.yaml'));
    settings = { rules: { 'insecure-url': 'info' } };
    const status = harness.nextMessage('internetFirst/status', (params) => params.uri === uri && params.settingsApplied);
    const published = harness.nextDiagnostics(uri, (params) => insecureSeverity(params) === 3);
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await published;
    assert.deepEqual(((await status).params as StatusParams).configFiles, [join(folderA, '.internet-first.yaml')]);
    settings = {};
    const restored = harness.nextDiagnostics(uri, (params) => insecureSeverity(params) === 2);
    await harness.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await restored;
  });

  test('a config exclude turns an open document off', async () => {
    const uri = uriOf(join(folderA, 'private', 'secret.yaml'));
    const status = harness.nextMessage('internetFirst/status', (params) => params.uri === uri);
    const published = harness.nextDiagnostics(uri);
    await harness.open(uri, 'yaml', INSECURE);
    assert.deepEqual((await published).diagnostics, []);
    assert.equal(((await status).params as StatusParams).enabled, false);
  });

  test('an open config file shows its own problems; while invalid, files are linted without it', async () => {
    const config = join(folderB, '.internet-first.yaml');
    const configUri = uriOf(config);
    const text = 'rules:\n  no-such-rule: off\n';
    const own = harness.nextDiagnostics(configUri);
    await harness.open(configUri, 'yaml', text);
    const [problem] = (await own).diagnostics;
    assert.equal(problem.code, 'config-file');
    assert.match(String(problem.message), /no-such-rule/);
    assert.deepEqual(problem.range, { start: { line: 1, character: 2 }, end: { line: 1, character: 14 } });

    write(config, text);
    const uri = uriOf(join(folderB, 'linted.yaml'));
    const status = harness.nextMessage('internetFirst/status', (params) => params.uri === uri);
    await harness.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 1 }] });
    const published = harness.nextDiagnostics(uri);
    await harness.open(uri, 'yaml', INSECURE);
    assert.equal(insecureSeverity(await published), 1);
    const params = (await status).params as StatusParams;
    assert.match(params.configProblem ?? '', /\.internet-first\.yaml is invalid/);
    assert.ok(harness.logMessages.some((message) => message.includes('no-such-rule')));
  });
});
