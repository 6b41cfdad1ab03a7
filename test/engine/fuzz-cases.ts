/**
 * The fuzzer's inputs and cases. Seed inputs are the real corpora
 * (../shared/realworld, ../shared/realworld-2, or $IFL_REALWORLD_ROOT, as
 * test/realworld/corpus.ts finds them) plus the repository's examples/ and
 * test fixtures; without the corpora only the latter. Case `index` of run
 * `seed` is always the same text: bench/fuzz.mjs's workers and the npm-test
 * property rebuild cases from those two numbers alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { languageForPath, type LanguageId } from '../../server/src/engine';
import { yamlSegments } from '../../server/src/engine/parse/index';
import { SHARED_ROOT } from '../realworld/corpus';
import { MUTATION_CLASSES, mutate, typingEdit, type MutationClass } from './fuzz-mutator';
import { Random } from './fuzz-random';

export interface SeedInput {
  /** Where it came from, relative to its root: `realworld/…`, `examples/…`, `test/fixtures/…`. */
  name: string;
  text: string;
  language: LanguageId;
}

export interface FuzzCase {
  index: number;
  mutation: MutationClass;
  seed: SeedInput;
  /** The mutated text: what is linted fresh, and what the edit sequence ends on. */
  text: string;
  language: LanguageId;
  /** The file name the engine is given: the seed's base name, so its findings keep their deployed severity. */
  fileName: string;
  /** Texts an editor sees before `text`, linted through one ParseCache: the seed, typing edits, then `text`. */
  edits: string[];
}

export interface CaseOptions {
  /** The largest key, value or repetition a mutation adds (npm test keeps it small, to stay fast). */
  maxGrowth: number;
  /** A share of cases (0–1) that may grow up to `largeGrowth` instead (bench: 1 MB in one case in ten). */
  largeShare?: number;
  largeGrowth?: number;
}

const REPOSITORY = resolve(__dirname, '../../..');
/** Seeds larger than this are skipped: the mutations add the size. */
const MAX_SEED_BYTES = 256 * 1024;

/** Every YAML, JSON and JSONC file under the roots, in a fixed order (the case numbering depends on it). */
export function loadSeeds(): { seeds: SeedInput[]; corpora: boolean } {
  const corpora = ['realworld', 'realworld-2'].map((name) => join(SHARED_ROOT, name)).filter((folder) => existsSync(folder));
  const roots = [
    ...corpora.map((folder) => ({ folder, base: SHARED_ROOT })),
    ...['examples', 'test/fixtures', 'test/e2e/fixtures'].map((name) => ({ folder: join(REPOSITORY, name), base: REPOSITORY })),
  ];
  const seeds: SeedInput[] = [];
  for (const { folder, base } of roots) {
    for (const path of walk(folder)) {
      const language = languageForPath(path);
      if (language === undefined || statSync(path).size > MAX_SEED_BYTES) continue;
      seeds.push({ name: relative(base, path), text: readFileSync(path, 'utf8'), language });
    }
  }
  return { seeds, corpora: corpora.length === 2 };
}

function walk(folder: string): string[] {
  if (!existsSync(folder)) return [];
  return readdirSync(folder, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((entry) => (entry.isDirectory() ? walk(join(folder, entry.name)) : entry.isFile() ? [join(folder, entry.name)] : []));
}

/** Case `index` of the run seeded `runSeed`: the class goes round-robin, so each gets an equal share. */
export function makeCase(seeds: readonly SeedInput[], runSeed: number, index: number, options: CaseOptions): FuzzCase {
  const random = Random.forCase(runSeed, index);
  const mutation = MUTATION_CLASSES[index % MUTATION_CLASSES.length];
  const seed = random.pick(seeds);
  const large = options.largeShare !== undefined && options.largeGrowth !== undefined && random.chance(options.largeShare);
  const text = mutate(mutation, seed.text, seed.language, random, { maxGrowth: large ? options.largeGrowth! : options.maxGrowth });
  const edits = [seed.text];
  if (random.chance(0.5)) edits.push(typingEdit(seed.text, random));
  // Sometimes the editor goes from the final text and back (undo), sometimes straight to it.
  if (random.chance(0.3)) edits.push(text, typingEdit(text, random));
  edits.push(text);
  const fileName = seed.name.slice(seed.name.lastIndexOf('/') + 1);
  return { index, mutation, seed, text, language: seed.language, fileName, edits };
}

/**
 * Whether two YAML segments of the text are the same text: the ParseCache bug
 * (it hands back one parsed object for both and shifts it to the last
 * offset), so the cached lint of such a text differs from a fresh one until
 * perf's fix lands. Known-bug cases are counted apart from real mismatches.
 */
export function hasEqualSegments(text: string, language: LanguageId): boolean {
  if (language !== 'yaml') return false;
  const seen = new Set<string>();
  for (const { start, end } of yamlSegments(text)) {
    const segment = text.slice(start, end);
    if (seen.has(segment)) return true;
    seen.add(segment);
  }
  return false;
}
