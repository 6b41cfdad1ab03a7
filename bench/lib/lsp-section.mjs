/**
 * The built language server over stdio, as an editor drives it: typing
 * (one-character edits, didChange → publishDiagnostics), time to first
 * diagnostics in a fresh process, and RSS over cycles of opening and closing
 * many documents. yaml-language-server over stdio is the anchor.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { LspClient } from './lsp-client.mjs';
import { percentile, summary } from './table.mjs';

const settle = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

function servers(repo, anchors) {
  return {
    ours: () => new LspClient(process.execPath, [repo.server, '--stdio']),
    anchor: anchors.ylsServer ? () => new LspClient(process.execPath, [anchors.ylsServer, '--stdio']) : undefined,
  };
}

function open(client, path, text = readFileSync(path, 'utf8')) {
  const uri = pathToFileURL(path).href;
  const published = client.diagnostics((p) => p.uri === uri);
  client.notify('textDocument/didOpen', { textDocument: { uri, languageId: path.endsWith('.json') ? 'json' : 'yaml', version: 1, text } });
  return { uri, text, published };
}

/**
 * Edits one character on a value line in the middle of the file, alternately
 * inserting and deleting it, so the text comes back to the start every two edits.
 */
async function typing(client, path, edits) {
  await client.initialize();
  const doc = open(client, path);
  await doc.published;
  const lines = doc.text.split('\n');
  const line = lines.findIndex((text, index) => index > lines.length / 2 && /^\s+SERVICE_NAME_\d+: /.test(text));
  const character = lines[line].length;
  const latencies = [];
  const cpuBefore = client.cpuMs();
  for (let edit = 0; edit < edits; edit++) {
    const version = edit + 2;
    const insert = edit % 2 === 0;
    const range = { start: { line, character }, end: { line, character: insert ? character : character + 1 } };
    const published = client.diagnostics((p) => p.uri === doc.uri && (p.version === undefined || p.version === version));
    const sent = performance.now();
    client.notify('textDocument/didChange', { textDocument: { uri: doc.uri, version }, contentChanges: [{ range, text: insert ? 'x' : '' }] });
    latencies.push((await published).at - sent);
    await settle(20);
  }
  const cpuPerEdit = (client.cpuMs() - cpuBefore) / edits;
  await client.shutdown();
  return { latencies, cpuPerEdit };
}

async function firstDiagnostics(client, path) {
  await client.initialize();
  const { published } = open(client, path);
  const { at } = await published;
  await client.shutdown();
  return at - client.startedAt;
}

/**
 * The corpus file of median size (ties by name): what a developer opens most
 * days, where the 10k-line file is the long tail. The "time to first
 * diagnostics stays ≤ 200 ms" is judged on both.
 */
function typicalFile(corpus) {
  const sized = corpus.files.map((file) => {
    const path = join(corpus.corpusDir, file);
    return { path, bytes: statSync(path).size };
  });
  sized.sort((a, b) => a.bytes - b.bytes || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return sized[sized.length >> 1];
}

async function memoryCycles(client, paths, cycles) {
  await client.initialize();
  const rss = [];
  for (let cycle = 0; cycle < cycles; cycle++) {
    const opened = paths.map((path) => open(client, path));
    await Promise.all(opened.map((doc) => doc.published));
    for (const doc of opened) client.notify('textDocument/didClose', { textDocument: { uri: doc.uri } });
    await settle(500);
    rss.push(client.rssMb());
  }
  await client.shutdown();
  return rss;
}

export async function lspSection({ repo, corpus, anchors, rounds, edits, anchorEdits, openDocuments, table, log }) {
  const start = servers(repo, anchors);
  const section = 'language server (stdio)';
  table.value(section, 'debounce (server setting, inside the latencies below)', repo.debounce);
  for (const [size, target95, targetCpu] of [
    ['10k', 120, 10],
    ['50k', 200, undefined],
  ]) {
    const ours = await typing(start.ours(), corpus.single[size], edits);
    const anchor = start.anchor ? await typing(start.anchor(), corpus.single[size], anchorEdits) : undefined;
    const anchorP50 = anchor ? summary(anchor.latencies) : null;
    table.add(section, `typing ${size}-line file: didChange → diagnostics p50`, ours.latencies, { anchor: anchorP50 });
    table.value(section, `typing ${size}-line file: p95`, percentile(ours.latencies, 0.95), {
      unit: 'ms',
      target: { max: target95, label: `≤${target95} ms incl. debounce` },
    });
    if (anchor) table.add(section, `typing ${size}-line file: anchor yaml-language-server p50`, anchor.latencies);
    if (anchor) table.value(section, `typing ${size}-line file: anchor p95`, percentile(anchor.latencies, 0.95), { unit: 'ms' });
    table.value(section, `typing ${size}-line file: server CPU per edit`, ours.cpuPerEdit, {
      unit: 'ms',
      target: targetCpu && { max: targetCpu, label: `≤${targetCpu} ms` },
    });
    if (anchor) table.value(section, `typing ${size}-line file: anchor CPU per edit`, anchor.cpuPerEdit, { unit: 'ms' });
    log(`lsp: typing ${size} done`);
  }
  // A service's own config (the corpus file of median size) and the 10k-line file, each in fresh servers.
  const typical = typicalFile(corpus);
  for (const [label, path] of [
    [`start → first diagnostics, a corpus file of median size (${typical.bytes.toLocaleString('en-GB')} bytes, fresh process)`, typical.path],
    ['start → first diagnostics, 10k-line file (fresh process)', corpus.single['10k']],
  ]) {
    const first = [];
    const firstAnchor = [];
    for (let round = 0; round < rounds; round++) {
      first.push(await firstDiagnostics(start.ours(), path));
      if (start.anchor) firstAnchor.push(await firstDiagnostics(start.anchor(), path));
    }
    table.add(section, label, first, {
      anchor: start.anchor ? summary(firstAnchor) : null,
      target: { on: 'median', max: 200, label: '≤200 ms' },
    });
  }
  log('lsp: first diagnostics done');
  const paths = corpus.files.slice(0, openDocuments).map((file) => join(corpus.corpusDir, file));
  const rss = await memoryCycles(start.ours(), paths, 5);
  table.value(
    section,
    `RSS after each of 5 cycles open+close ${openDocuments} docs: ${rss.map((mb) => mb.toFixed(0)).join(', ')} MB; last ÷ first`,
    rss[4] / rss[0],
    { target: { max: 1.1, label: 'flat (≤1.1)' } },
  );
  log('lsp: memory done');
}
