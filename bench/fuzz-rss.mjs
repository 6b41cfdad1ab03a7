// The language server's memory with one large document open (issue 11: RSS ≤
// 300 MB with any single document of ≤ 5 MB). For each document a fresh
// server (dist/server/server.js over stdio, driven by the tests' LspHarness)
// opens it, lints it, takes one edit (the ParseCache path) and lints again;
// the figure is the server's peak resident set, VmHWM in /proc/<pid>/status.
// The server runs with its default settings, so its per-file time limit
// (internetFirst.maxLintTime, 3 s) may cut a lint short as it would in an
// editor; --max-lint-time MS sets another (0: none, every rule runs).
// Used by bench/fuzz.mjs; alone: node bench/fuzz-rss.mjs [--max-lint-time MS] [--only TEXT] (the documents whose name has TEXT)
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
/** Just under the engine's MAX_FILE_BYTES, so each document is linted, not refused as too large, before and after the edit. */
const FIVE_MB = 5 * 1024 * 1024 - 1024;
/** A bound for a hang, not an expected time: 5 MB documents on a busy machine take tens of seconds. */
const LINT_WAIT_MS = 15 * 60_000;

/** Name → [language id, text]: the corpora as one multi-document file, and hostile shapes. */
function documents(root) {
  const { loadSeeds } = require(join(root, 'out/test/engine/fuzz-cases.js'));
  const yamlSeeds = loadSeeds().seeds.filter((seed) => seed.language === 'yaml');
  let corpus = '';
  for (let i = 0; corpus.length < FIVE_MB - 300_000; i++) corpus += `---\n${yamlSeeds[i % yamlSeeds.length].text.replace(/^---.*$/gm, '#')}\n`;
  const fill = (head, unit, tail = '') => head + unit.repeat(Math.floor((FIVE_MB - head.length - tail.length) / unit.length)) + tail;
  return {
    'corpora as one 5 MB multi-document YAML': ['yaml', corpus],
    '5 MB single line': ['yaml', fill('x: ', 'a', '\n')],
    '5 MB JSON list of private URLs': ['json', fill('[', '"http://10.0.0.1/",', '1]')],
    '5 MB flow nesting': ['yaml', fill('x: ', '[')],
    '5 MB of short key/value lines': ['yaml', fill('', 'k: http://10.0.0.1/\n')],
  };
}

export async function measureServerRss(root, maxLintTime = undefined, only = '') {
  const settings = maxLintTime === undefined ? {} : { maxLintTime };
  const { LspHarness } = require(join(root, 'out/test/lsp/lsp-harness.js'));
  const results = {};
  for (const [name, [languageId, text]] of Object.entries(documents(root)).filter(([name]) => name.includes(only))) {
    const harness = await LspHarness.start({ capabilities: { workspace: { configuration: true } }, configuration: () => settings });
    try {
      const uri = `file:///workspace/fuzz/large.${languageId}`;
      let published = harness.nextDiagnostics(uri, undefined, LINT_WAIT_MS);
      await harness.open(uri, languageId, text);
      const opened = await published;
      published = harness.nextDiagnostics(uri, undefined, LINT_WAIT_MS);
      await harness.change(uri, 2, `${text.slice(0, 1000)}\n${text.slice(1000)}`);
      const edited = await published;
      // Whether the time limit cut either lint short (its parse-error note at the top).
      const notes = [...opened.diagnostics, ...edited.diagnostics].map((diagnostic) => String(diagnostic.message));
      const stopped = notes.some((message) => message.includes('while parsing'))
        ? ', parse stopped at the limit'
        : notes.some((message) => message.startsWith('Stopped after'))
          ? ', rules stopped at the limit'
          : '';
      results[`${name} (${(Buffer.byteLength(text) / 2 ** 20).toFixed(2)} MB)`] = `${peakRssMb(harness.process.pid)} MB${stopped}`;
    } catch (error) {
      // Still worth knowing how much the server had taken when it failed to answer.
      let peak = 'unknown';
      try {
        peak = `${peakRssMb(harness.process.pid)} MB`;
      } catch {
        // The server is gone.
      }
      results[name] = `failed (peak so far ${peak}): ${String(error).split('\n')[0].slice(0, 120)}`;
    } finally {
      harness.kill();
    }
  }
  return results;
}

/** VmHWM: the process's peak resident set so far, in MB. */
function peakRssMb(pid) {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1]);
  return (kb / 1024).toFixed(0);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const flag = process.argv.indexOf('--max-lint-time');
  const only = process.argv.indexOf('--only');
  console.table(await measureServerRss(root, flag > 0 ? Number(process.argv[flag + 1]) : undefined, only > 0 ? process.argv[only + 1] : ''));
}
