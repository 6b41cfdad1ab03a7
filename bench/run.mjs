#!/usr/bin/env node
/**
 * The performance benchmark (issue 12): generates a seeded corpus under
 * .cache/bench/, measures the engine, the CLI and the language server against
 * floors and anchors measured in the same run, and prints one table.
 *
 *   npm run bench:setup            # once: the anchors, into bench/.anchors/
 *   npm run bench                  # build first (npm run build && npx tsc -b)
 *   npm run bench -- --quick       # 3 rounds, 300 corpus files, fewer edits and documents
 *   npm run bench -- --repo <path> # measure another built checkout
 *   options: --rounds <n> (default 5, quick 3), --seed <n>, --only engine,cli,lsp,cold,findings
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { cliSection } from './lib/cli-section.mjs';
import { coldSection } from './lib/cold-section.mjs';
import { ensureCorpus } from './lib/corpus.mjs';
import { engineFindings, engineSection } from './lib/engine-section.mjs';
import { findingsFromCliJson, fingerprint, precisionRecall } from './lib/findings.mjs';
import { lspSection } from './lib/lsp-section.mjs';
import { preloadScript } from './lib/process-runs.mjs';
import { loadAnchors, openRepo } from './lib/repo.mjs';
import { Table } from './lib/table.mjs';

const { values: options } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    repo: { type: 'string', default: join(import.meta.dirname, '..') },
    rounds: { type: 'string' },
    seed: { type: 'string', default: '12' },
    only: { type: 'string', default: 'engine,cli,findings,lsp,cold' },
  },
});
const sections = new Set(options.only.split(','));
const rounds = Number(options.rounds ?? (options.quick ? 3 : 5));
const cacheRoot = join(import.meta.dirname, '..', '.cache', 'bench');
const log = (message) => process.stderr.write(`[${new Date().toISOString().slice(11, 19)}] ${message}\n`);

const repo = openRepo(options.repo);
const anchors = await loadAnchors();
const corpus = ensureCorpus(cacheRoot, Number(options.seed));
/** --quick measures the corpus figures on a sample of it. */
const sampleFiles = options.quick ? corpus.files.slice(0, 300) : corpus.files;
const table = new Table();
const started = Date.now();
const machine =
  `${availableParallelism()} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} ` +
  `GB, node ${process.version}, load average at start ${loadavg()
    .map((n) => n.toFixed(1))
    .join(' ')}`;
log(
  `measuring ${repo.root} (${repo.commit}); anchors: ${Object.entries(anchors)
    .map(([k, v]) => `${k} ${v ? 'yes' : 'n/a'}`)
    .join(', ')}`,
);

const context = { repo, corpus, anchors, rounds, table, log, cacheRoot, preload: preloadScript(cacheRoot) };
if (sections.has('engine')) await engineSection({ ...context, files: sampleFiles });
let cliReports;
if (sections.has('cli')) cliReports = cliSection({ ...context, files: sampleFiles });
if (sections.has('findings')) findingsSection(cliReports);
if (sections.has('lsp'))
  await lspSection({ ...context, edits: options.quick ? 8 : 40, anchorEdits: options.quick ? 3 : 10, openDocuments: options.quick ? 200 : 500 });
if (sections.has('cold')) coldSection(context);

function findingsSection(reports) {
  const section = `findings, ${sampleFiles.length} corpus files`;
  const inProcess = engineFindings(repo, corpus, sampleFiles);
  const prints = { 'engine in-process': fingerprint(inProcess) };
  if (reports) {
    prints['CLI default'] = fingerprint(findingsFromCliJson(reports.default));
    prints['CLI --concurrency off'] = fingerprint(findingsFromCliJson(reports.off));
  }
  const described = Object.entries(prints)
    .map(([name, p]) => `${name} ${p.count} / ${p.hash}`)
    .join('; ');
  const identical = new Set(Object.values(prints).map((p) => `${p.count}/${p.hash}`)).size === 1;
  table.value(section, `count / hash: ${described}`, identical ? 'identical' : 'DIFFERENT', { target: { label: 'identical' } });
  table.rows.at(-1).result = identical ? 'PASS' : 'MISS';
  const labels = Object.fromEntries(sampleFiles.map((file) => [file, corpus.labels[file]]));
  const quality = precisionRecall(inProcess, labels);
  const detail = `${quality.planted} planted problem lines; ${quality.flaggedLines} flagged, ${quality.onNoise} on noise, ${quality.unplanned} unplanned`;
  table.value(section, `precision (${detail})`, quality.precision);
  table.value(section, 'recall', quality.recall);
  log('findings done');
}

const markdown = [
  `Measured ${new Date(started).toISOString().slice(0, 16).replace('T', ' ')} UTC in ${((Date.now() - started) / 60000).toFixed(1)} ` +
    `min${options.quick ? ' (--quick)' : ''}, ${rounds} rounds; ${repo.commit}`,
  `Machine: ${machine}`,
  `Corpus: seed ${options.seed}, ${corpus.files.length} files (${corpus.root})`,
  '',
  table.markdown(),
].join('\n');
mkdirSync(cacheRoot, { recursive: true });
writeFileSync(join(cacheRoot, 'last-run.md'), `${markdown}\n`);
console.log(markdown);
