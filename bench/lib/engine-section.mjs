/**
 * The engine in-process against the floor: read + `yaml`'s parseAllDocuments
 * (source tokens kept, a LineCounter) for YAML, read + JSON.parse for JSON.
 * Each round times the floor, the engine and the anchor (yaml-language-server's
 * doValidation as a library) back to back on the same files, so load on the
 * machine falls on all three alike.
 */
import { readFileSync } from 'node:fs';
import { join, relative as relativePath } from 'node:path';

export async function engineSection({ repo, corpus, files, anchors, rounds, table, log }) {
  const { lint, languageForPath } = repo.engineApi;
  const { parseAllDocuments, LineCounter } = repo.yaml;
  const floorYaml = (path) => {
    const lineCounter = new LineCounter();
    return parseAllDocuments(readFileSync(path, 'utf8'), { keepSourceTokens: true, lineCounter });
  };
  const floorJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
  const engine = (path, relative) => lint(readFileSync(path, 'utf8'), languageForPath(path), {}, { fileName: relative });
  const yls = anchors.ylsLibrary ? ylsValidator(anchors.ylsLibrary) : undefined;

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
    const floorOne = language === 'json' ? floorJson : floorYaml;
    // As the CLI names them: corpus files from the corpus folder, single files as single/<name>.
    const relative = (path) => relativePath(path.startsWith(corpus.corpusDir) ? corpus.corpusDir : corpus.root, path);
    const timers = {
      floor: () => paths.forEach(floorOne),
      engine: () => paths.forEach((p) => engine(p, relative(p))),
      anchor:
        yls && language === 'yaml' && !noAnchor
          ? async () => {
              for (const p of paths) await yls(p);
            }
          : undefined,
    };
    const samples = { floor: [], engine: [], anchor: [] };
    for (const fn of Object.values(timers)) await fn?.(); // warm-up: JIT, file cache
    for (let round = 0; round < rounds; round++) {
      for (const [key, fn] of Object.entries(timers)) {
        if (!fn) continue;
        const start = performance.now();
        await fn();
        samples[key].push(performance.now() - start);
      }
    }
    const floorLabel = language === 'json' ? 'floor: read + JSON.parse' : 'floor: read + parseAllDocuments';
    const floor = table.add('engine in-process', `${name}: ${floorLabel}`, samples.floor);
    const anchor = timers.anchor
      ? table.add('engine in-process', `${name}: anchor yaml-language-server doValidation`, samples.anchor, { floor })
      : language === 'yaml' && !noAnchor
        ? null
        : undefined;
    table.add('engine in-process', `${name}: engine (read + lint)`, samples.engine, { floor, anchor, target });
    log(`engine: ${name} done`);
  }
}

/** yaml-language-server's validation as a library, with no schemas (syntax and YAML checks only). */
function ylsValidator({ getLanguageService, TextDocument }) {
  const service = getLanguageService({ schemaRequestService: async () => '{}', workspaceContext: { resolveRelativePath: (path) => path } });
  service.configure({ validate: true, hover: false, completion: false, format: false, isKubernetes: false, schemas: [], customTags: [] });
  let version = 0;
  return (path) => service.doValidation(TextDocument.create(`file://${path}`, 'yaml', ++version, readFileSync(path, 'utf8')), false);
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
