/**
 * Hover (rule explanation on a finding, schema description on a manifest
 * key) and completion from the manifest schema, over stdio.
 */
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClientCapabilities, CompletionItem, Hover, MarkupContent, Position } from 'vscode-languageserver/node';
import { docsUrl, getRule } from '../../server/src/engine';
import { byRule, hasRule } from './helpers';
import { applyLspEdits, LspHarness, positionOf } from './lsp-harness';

const MANIFEST = [
  'apiVersion: internet-first/v1',
  'kind: ServiceManifest',
  'metadata:',
  '  name: referrals',
  'spec:',
  '  exposure: internet',
  '  endpoints:',
  '    - name: api',
  '      url: http://api.example.nhs.uk/referrals',
  '      tls:',
  '        minVersion: "1.2"',
  '',
].join('\n');

const CAPABILITIES: ClientCapabilities = {
  workspace: { configuration: true },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'] } },
  },
};

function hover(harness: LspHarness, uri: string, position: Position): Promise<Hover | null> {
  return harness.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position });
}

async function complete(harness: LspHarness, uri: string, position: Position): Promise<CompletionItem[]> {
  const result = await harness.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position });
  return Array.isArray(result) ? (result as CompletionItem[]) : ((result as { items: CompletionItem[] } | null)?.items ?? []);
}

/** The text after applying an item's edit (as the editor would). */
function accept(text: string, item: CompletionItem): string {
  assert.ok(item.textEdit && 'range' in item.textEdit, 'a plain TextEdit');
  return applyLspEdits(text, [item.textEdit]);
}

let counter = 0;
async function openAndLint(harness: LspHarness, name: string, languageId: string, text: string) {
  const uri = `file:///workspace/schema/${counter++}/${name}`;
  const published = harness.nextDiagnostics(uri);
  await harness.open(uri, languageId, text);
  return { uri, diagnostics: (await published).diagnostics };
}

describe('hover and completion', () => {
  let harness: LspHarness;
  before(async () => {
    harness = await LspHarness.start({ capabilities: CAPABILITIES, configuration: () => ({}) });
  });
  after(() => harness.kill());

  test('on a finding: the rule, why it matters, and a link to its page; never the message', async () => {
    const text = 'endpoint: http://api.example.com/x\n';
    const { uri, diagnostics } = await openAndLint(harness, 'plain.yaml', 'yaml', text);
    const diagnostic = diagnostics.find(byRule('insecure-url'))!;
    const result = await hover(harness, uri, positionOf(text, 'api.example'));
    const contents = result?.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const meta = getRule('insecure-url')!.meta;
    assert.ok(contents.value.includes(meta.description));
    assert.ok(contents.value.startsWith(`**insecure-url**: ${meta.description}\n\n${meta.rationale}\n\n`), contents.value);
    assert.ok(contents.value.includes(`](${docsUrl('insecure-url')})`));
    assert.ok(!contents.value.includes(String(diagnostic.message)), 'the editor shows the message above the hover already');
    const section = contents.value.split('\n\n---\n\n').find((part) => part.startsWith('**insecure-url**')) ?? '';
    assert.equal(section.split('\n\n').length, 3, 'title, rationale, link: short, so the Quick Fix link stays in view');
    assert.deepEqual(result?.range, diagnostic.range);
    assert.equal(await hover(harness, uri, positionOf(text, 'endpoint')), null, 'nothing on a key of a file that is not a manifest');
  });

  test('on a manifest key: the schema title, description and allowed values', async () => {
    const { uri } = await openAndLint(harness, 'referrals.yaml', 'yaml', MANIFEST);
    const result = await hover(harness, uri, positionOf(MANIFEST, 'exposure', 3));
    const value = (result?.contents as MarkupContent).value;
    assert.match(value, /^\*\*Exposure\*\* `spec\.exposure`/);
    assert.ok(value.includes('Where the service can be reached from.'));
    assert.ok(value.includes('Allowed: `internet`, `hscn`, `n3`, `lan-only`'));
    assert.deepEqual(result?.range, { start: positionOf(MANIFEST, 'exposure'), end: positionOf(MANIFEST, 'exposure', 'exposure'.length) });

    const viaRef = await hover(harness, uri, positionOf(MANIFEST, 'minVersion'));
    assert.match((viaRef?.contents as MarkupContent).value, /^\*\*Minimum TLS version\*\* `spec\.endpoints\[\]\.tls\.minVersion`/);
  });

  test('completion of property names at a key position: the ones not yet present, required first, with descriptions', async () => {
    const text = MANIFEST.replace('  exposure: internet\n', '  exposure: internet\n  ex\n');
    const { uri } = await openAndLint(harness, 'keys.yaml', 'yaml', text);
    const items = await complete(harness, uri, positionOf(text, '  ex\n', 4));
    const labels = items.map((item) => item.label);
    assert.deepEqual(new Set(labels), new Set(['exposureReason', 'publicDnsNames', 'dependencies', 'exemption']));
    const reason = items.find((item) => item.label === 'exposureReason')!;
    assert.equal(reason.detail, 'Exposure reason');
    assert.match((reason.documentation as MarkupContent).value, /Why the service is not on the internet/);
    assert.equal(accept(text, reason), MANIFEST.replace('  exposure: internet\n', '  exposure: internet\n  exposureReason: \n'));
    assert.equal(
      accept(
        text,
        items.find((item) => item.label === 'publicDnsNames')!,
      ).includes('  publicDnsNames:\n'),
      true,
    );

    const endpointText = `${MANIFEST}    - `;
    const { uri: endpointUri } = await openAndLint(harness, 'endpoint.yaml', 'yaml', endpointText);
    const lastLine = endpointText.split('\n').length - 1;
    const endpointItems = await complete(harness, endpointUri, { line: lastLine, character: '    - '.length });
    const sorted = [...endpointItems].sort((a, b) => (a.sortText! < b.sortText! ? -1 : 1)).map((item) => item.label);
    assert.deepEqual(sorted, ['name', 'url', 'authentication', 'tls'], 'required properties first');
  });

  test('completion of values: exposure, tls.minVersion (quoted), authentication.type', async () => {
    const exposureText = MANIFEST.replace('exposure: internet', 'exposure: in');
    const { uri } = await openAndLint(harness, 'values.yaml', 'yaml', exposureText);
    const exposure = await complete(harness, uri, positionOf(exposureText, 'exposure: in', 'exposure: in'.length));
    assert.deepEqual(
      exposure.map((item) => item.label),
      ['internet', 'hscn', 'n3', 'lan-only'],
    );
    assert.equal(
      accept(
        exposureText,
        exposure.find((item) => item.label === 'lan-only')!,
      ),
      MANIFEST.replace('exposure: internet', 'exposure: lan-only'),
    );

    const tlsText = MANIFEST.replace('minVersion: "1.2"', 'minVersion: ');
    const { uri: tlsUri } = await openAndLint(harness, 'tls.yaml', 'yaml', tlsText);
    const versions = await complete(harness, tlsUri, positionOf(tlsText, 'minVersion: ', 'minVersion: '.length));
    assert.deepEqual(
      versions.map((item) => item.label),
      ['1.2', '1.3'],
    );
    assert.equal(accept(tlsText, versions[1]), MANIFEST.replace('minVersion: "1.2"', 'minVersion: "1.3"'));

    const authText = `${MANIFEST}      authentication:\n        type: \n`;
    const { uri: authUri } = await openAndLint(harness, 'auth.yaml', 'yaml', authText);
    const types = await complete(harness, authUri, positionOf(authText, '        type: ', '        type: '.length));
    assert.deepEqual(
      types.map((item) => item.label),
      ['nhs-cis2', 'nhs-login', 'oauth2', 'oidc', 'mtls', 'api-key', 'none'],
    );
  });

  test('completion in a JSON manifest replaces the quoted text being typed', async () => {
    const text = '{\n  "apiVersion": "internet-first/v1",\n  "kind": "ServiceManifest",\n  "spec": { "exposure": "h" }\n}\n';
    const { uri } = await openAndLint(harness, 'service.json', 'json', text);
    const items = await complete(harness, uri, positionOf(text, '"h"', 2));
    const hscn = items.find((item) => item.label === 'hscn')!;
    assert.equal(hscn.filterText, '"hscn"');
    assert.equal(accept(text, hscn), text.replace('"h"', '"hscn"'));
  });

  test('nothing is offered outside manifests', async () => {
    const text = 'spec:\n  ex\n';
    const { uri } = await openAndLint(harness, 'values.yaml', 'yaml', text);
    assert.deepEqual(await complete(harness, uri, positionOf(text, '  ex', 4)), []);
  });

  test('a manifest named *.service.yaml completes from an empty file', async () => {
    const { uri } = await openAndLint(harness, 'new.service.yaml', 'yaml', '');
    const labels = (await complete(harness, uri, { line: 0, character: 0 })).map((item) => item.label);
    assert.deepEqual(new Set(labels), new Set(['$schema', 'apiVersion', 'kind', 'metadata', 'spec']));
  });
});

describe('hover for a client without markdown', () => {
  let harness: LspHarness;
  before(async () => {
    harness = await LspHarness.start({ capabilities: {} });
  });
  after(() => harness.kill());

  test('plain text, links written out', async () => {
    const text = 'endpoint: http://api.example.com/x\n';
    const uri = 'file:///workspace/plain/endpoint.yaml';
    const published = harness.nextDiagnostics(uri, hasRule('insecure-url'));
    await harness.open(uri, 'yaml', text);
    await published;
    const contents = (await hover(harness, uri, positionOf(text, 'api.example')))?.contents as MarkupContent;
    assert.equal(contents.kind, 'plaintext');
    assert.ok(contents.value.includes(`Documentation for insecure-url: ${docsUrl('insecure-url')}`));
    assert.equal(contents.value.includes('**'), false);
  });
});
