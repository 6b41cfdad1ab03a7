#!/usr/bin/env node
/**
 * One set of the in-process figures (a single file, or the corpus's YAML or
 * JSON files) in a fresh process: the floor, the engine and the anchor timed
 * back to back, after one warm-up of each, for the given rounds. Reads its
 * set as JSON on stdin, prints the samples as JSON on stdout.
 *
 * A process per set, because a set leaves the heap behind it: after the
 * anchor's 1 GB and the 50k-line and alias files, V8 allocated the objects of
 * later sets straight into the old generation (allocation-site pretenuring),
 * and the JSON set that ran last took 94–106 ms for the engine and 8.8–9.3 ms
 * for JSON.parse, against 44 and 5.3 ms with pretenuring off
 * (docs/performance.md, "The in-process sets, one process each").
 *
 *   { repoRoot, engine, paths, language, relativeTo: [corpusDir, root], rounds, anchor }
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative as relativePath } from 'node:path';
import { loadAnchors } from './lib/repo.mjs';

const set = JSON.parse(readFileSync(0, 'utf8'));
const require = createRequire(join(set.repoRoot, 'package.json'));
const { lint, languageForPath } = require(set.engine);
const { parseAllDocuments, LineCounter } = require('yaml');
const [corpusDir, root] = set.relativeTo;

const floorOne =
  set.language === 'json'
    ? (path) => JSON.parse(readFileSync(path, 'utf8'))
    : (path) => parseAllDocuments(readFileSync(path, 'utf8'), { keepSourceTokens: true, lineCounter: new LineCounter() });
// As the CLI names them: corpus files from the corpus folder, single files as single/<name>. Worked out before
// the timing, as the floor's file names are: path.relative took 1-2 ms a round of the 382 JSON files, a fifth of
// the JSON floor, and is neither reading nor linting.
const fileNames = new Map(set.paths.map((path) => [path, relativePath(path.startsWith(corpusDir) ? corpusDir : root, path)]));
const engineOne = (path) => lint(readFileSync(path, 'utf8'), languageForPath(path), {}, { fileName: fileNames.get(path) });

const anchors = set.anchor ? await loadAnchors() : {};
const yls = anchors.ylsLibrary ? ylsValidator(anchors.ylsLibrary) : undefined;
const timers = {
  floor: () => set.paths.forEach(floorOne),
  engine: () => set.paths.forEach(engineOne),
  anchor: yls
    ? async () => {
        for (const path of set.paths) await yls(path);
      }
    : undefined,
};
const samples = { floor: [], engine: [], anchor: [] };
for (const fn of Object.values(timers)) await fn?.(); // warm-up: JIT, file cache
for (let round = 0; round < set.rounds; round++) {
  for (const [key, fn] of Object.entries(timers)) {
    if (!fn) continue;
    const start = performance.now();
    await fn();
    samples[key].push(performance.now() - start);
  }
}
process.stdout.write(JSON.stringify({ ...samples, anchored: yls !== undefined }));

/** yaml-language-server's validation as a library, with no schemas (syntax and YAML checks only). */
function ylsValidator({ getLanguageService, TextDocument }) {
  const service = getLanguageService({ schemaRequestService: async () => '{}', workspaceContext: { resolveRelativePath: (path) => path } });
  service.configure({ validate: true, hover: false, completion: false, format: false, isKubernetes: false, schemas: [], customTags: [] });
  let version = 0;
  return (path) => service.doValidation(TextDocument.create(`file://${path}`, 'yaml', ++version, readFileSync(path, 'utf8')), false);
}
