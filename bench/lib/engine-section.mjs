/**
 * The engine in-process against the floor: read + `yaml`'s parseAllDocuments
 * (source tokens kept, a LineCounter) for YAML, read + JSON.parse for JSON.
 * Each set runs in a fresh process (engine-set.mjs), where each round times
 * the floor, the engine and the anchor (yaml-language-server's doValidation
 * as a library) back to back on the same files, so load on the machine falls
 * on all three alike, and no set runs in the heap an earlier one left.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const SET_SCRIPT = join(import.meta.dirname, '..', 'engine-set.mjs');

export async function engineSection({ repo, corpus, files, anchors, rounds, table, log }) {
  const yamlFiles = files.filter((f) => !f.endsWith('.json')).map((f) => join(corpus.corpusDir, f));
  const jsonFiles = files.filter((f) => f.endsWith('.json')).map((f) => join(corpus.corpusDir, f));
  const sets = [
    ['1k-line file', [corpus.single['1k']], 'yaml'],
    ['10k-line file', [corpus.single['10k']], 'yaml', { max: 1.0, label: '≤1.0 × floor' }],
    ['50k-line file', [corpus.single['50k']], 'yaml', { max: 1.0, label: '≤1.0 × floor' }],
    // No anchor here: yaml-language-server's doValidation ran for over 5 minutes on this file.
    ['512 KB alias/merge file', [corpus.single.aliases], 'yaml', undefined, { noAnchor: true }],
    [`corpus YAML (${yamlFiles.length} files)`, yamlFiles, 'yaml', { max: 1.1, label: '≤1.1 × floor' }],
    [`corpus JSON (${jsonFiles.length} files)`, jsonFiles, 'json', { max: 8, label: '≤8 × JSON.parse' }],
  ];
  for (const [name, paths, language, target, { noAnchor = false } = {}] of sets) {
    const anchored = Boolean(anchors.ylsLibrary) && language === 'yaml' && !noAnchor;
    const relativeTo = [corpus.corpusDir, corpus.root];
    const samples = runSet({ repoRoot: repo.root, engine: repo.engine, paths, language, relativeTo, rounds, anchor: anchored });
    const floorLabel = language === 'json' ? 'floor: read + JSON.parse' : 'floor: read + parseAllDocuments';
    const floor = table.add('engine in-process', `${name}: ${floorLabel}`, samples.floor);
    const anchor = samples.anchored
      ? table.add('engine in-process', `${name}: anchor yaml-language-server doValidation`, samples.anchor, { floor })
      : language === 'yaml' && !noAnchor
        ? null
        : undefined;
    table.add('engine in-process', `${name}: engine (read + lint)`, samples.engine, { floor, anchor, target });
    log(`engine: ${name} done`);
  }
}

function runSet(set) {
  const result = spawnSync(process.execPath, [SET_SCRIPT], { input: JSON.stringify(set), encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 });
  if (result.status !== 0) throw new Error(`engine-set failed: ${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** The in-process engine's findings on the corpus, for the findings check. */
export function engineFindings(repo, corpus, files) {
  const { lint, languageForPath } = repo.engineApi;
  return files.flatMap((file) => {
    const text = readFileSync(join(corpus.corpusDir, file), 'utf8');
    return lint(text, languageForPath(file), {}, { fileName: file }).map((f) => ({
      file,
      line: f.range.start.line + 1,
      column: f.range.start.character + 1,
      ruleId: f.ruleId,
    }));
  });
}
