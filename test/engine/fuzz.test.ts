/**
 * A slice of the fuzz target (bench/fuzz.mjs, issue 11) in npm test: the same
 * mutator on the real corpora, examples/ and fixtures, with a fixed seed, in
 * this process. No case may throw (lint, lint through the ParseCache, fix-all),
 * and the cached lint after an edit sequence must equal a fresh lint. No
 * timing is asserted. IFL_FUZZ_CASES and IFL_FUZZ_SEED change the run.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { lint, ParseCache } from '../../server/src/engine';
import { hasEqualSegments, loadSeeds, makeCase, type CaseOptions, type SeedInput } from './fuzz-cases';
import { difference, runCase, StepError } from './fuzz-check';
import { MUTATION_CLASSES } from './fuzz-mutator';

const CASES = Number(process.env.IFL_FUZZ_CASES ?? 3000);
const SEED = Number(process.env.IFL_FUZZ_SEED ?? 1);
/**
 * Smaller than the bench's (16 KB, sometimes 1 MB) and small seeds only, so the run stays under a
 * minute on a busy machine (about 10 s of CPU per 1,000 cases).
 */
const OPTIONS: CaseOptions = { maxGrowth: 2048 };
const MAX_SEED_CHARS = 8 * 1024;
/** Fix-all lints up to eleven times; once in this many cases is enough to find a throw in it. */
const FIX_ALL_EVERY = 20;

interface Failure {
  index: number;
  mutation: string;
  seed: string;
  detail: string;
}

describe(`fuzz: ${CASES} mutated real configs, seed ${SEED}`, () => {
  let seeds: SeedInput[] = [];
  const throws: Failure[] = [];
  const mismatches: Failure[] = [];
  const equalSegmentMismatches: Failure[] = [];
  const changedByClass = new Map<string, number>();

  before(() => {
    seeds = loadSeeds().seeds.filter((seed) => seed.text.length <= MAX_SEED_CHARS);
    for (let index = 0; index < CASES; index++) {
      const fuzzCase = makeCase(seeds, SEED, index, OPTIONS);
      if (fuzzCase.text !== fuzzCase.seed.text) changedByClass.set(fuzzCase.mutation, (changedByClass.get(fuzzCase.mutation) ?? 0) + 1);
      const where = { index, mutation: fuzzCase.mutation, seed: fuzzCase.seed.name };
      try {
        const outcome = runCase(fuzzCase, { fixAll: index % FIX_ALL_EVERY === 0 });
        if (outcome.mismatch) (outcome.equalSegments ? equalSegmentMismatches : mismatches).push({ ...where, detail: outcome.mismatch });
      } catch (error) {
        throws.push({ ...where, detail: error instanceof StepError ? (error.stack ?? error.message) : String(error) });
      }
    }
  });

  const report = (failures: Failure[]) =>
    failures
      .slice(0, 5)
      .map((f) => `case ${f.index} (${f.mutation} of ${f.seed}): ${f.detail.split('\n').slice(0, 6).join('\n')}`)
      .join('\n') +
    `\nRebuild one: node bench/fuzz.mjs --seed ${SEED} --only <index> does so for the bench's seed list; ` +
    `here the seeds are those ≤ ${MAX_SEED_CHARS} characters.`;

  test('the mutator finds its seed inputs and changes them in every class', () => {
    assert.ok(seeds.length >= 20, `only ${seeds.length} seed inputs`);
    for (const mutation of MUTATION_CLASSES) {
      const changed = changedByClass.get(mutation) ?? 0;
      assert.ok(changed >= (CASES / MUTATION_CLASSES.length) * 0.8, `${mutation} changed its seed in only ${changed} cases`);
    }
  });

  test('the same seed and index give the same case', () => {
    for (const index of [0, 7, CASES - 1]) assert.deepEqual(makeCase(seeds, SEED, index, OPTIONS), makeCase(seeds, SEED, index, OPTIONS));
    assert.notEqual(makeCase(seeds, SEED, 0, OPTIONS).text, makeCase(seeds, SEED + 1, 0, OPTIONS).text);
  });

  test('no case throws: lint, lint through a ParseCache, fix-all', () => {
    assert.equal(throws.length, 0, report(throws));
  });

  test('a lint through the ParseCache after an edit sequence equals a fresh lint', () => {
    assert.equal(mismatches.length, 0, report(mismatches));
  });

  // Kept apart so a failure names the ParseCache's equal-segment handling (issue 11) at once.
  test('... also when two YAML documents are the same text', () => {
    assert.equal(equalSegmentMismatches.length, 0, report(equalSegmentMismatches));
  });

  test('the known equal-segment case: the cached lint reports both documents', () => {
    const text = '---\nurl: http://10.0.0.1\n---\nurl: http://10.0.0.1\n';
    assert.ok(hasEqualSegments(text, 'yaml'));
    const fresh = lint(text, 'yaml');
    assert.equal(fresh.length, 4);
    assert.equal(difference(fresh, lint(text, 'yaml', {}, { cache: new ParseCache() })), undefined);
  });
});
