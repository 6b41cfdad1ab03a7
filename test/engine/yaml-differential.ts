/**
 * The two halves of the YAML shortcuts' differential tests
 * (yaml-fast.property.test.ts, yaml-block.property.test.ts): a shortcut's
 * documents for a segment against the composer's, and parseText and lint of
 * a whole file with only that shortcut on against both off.
 */
import assert from 'node:assert/strict';
import { lint } from '../../server/src/engine';
import { parseText } from '../../server/src/engine/parse';
import type { ParsedDocument } from '../../server/src/engine/parse/tree';
import { parseYamlDocuments } from '../../server/src/engine/parse/yaml';
import { setYamlFastPath } from '../../server/src/engine/parse/yaml-fast';
import { setLineScanner } from '../../server/src/engine/parse/yaml-block';
import { yamlSegments } from '../../server/src/engine/parse';
import { makeCase, type SeedInput } from './fuzz-cases';

const LINT_OPTIONS = { today: '2026-01-01', fileName: 'values.yaml' };

/** Runs with the line scanner and the CST fast path on or off as asked; both on afterwards, as in use. */
function withShortcuts<T>(scanner: boolean, fast: boolean, run: () => T): T {
  setLineScanner(scanner);
  setYamlFastPath(fast);
  try {
    return run();
  } finally {
    setLineScanner(true);
    setYamlFastPath(true);
  }
}

export interface Differential {
  /** Whether the shortcut accepts the segment; if so its documents equal the composer's. */
  compareSegment(text: string, name: string): boolean;
  /** parseText (and, if asked, lint) of the whole text with only this shortcut on equal those with both off. */
  compareFile(text: string, name: string, withLint: boolean): void;
  /** Both comparisons on each YAML seed's segments and the seed whole (with lint); how many segments there were and how many the shortcut took. */
  onSeeds(seeds: readonly SeedInput[]): { segments: number; accepted: number };
  /** Both comparisons on `count` fuzz cases (lint on every eighth); how many were YAML and how many segments the shortcut took. */
  onFuzzCases(seeds: readonly SeedInput[], fuzzSeed: number, count: number): { cases: number; accepted: number };
}

export function differential(shortcut: 'scanner' | 'fast', parse: (text: string) => ParsedDocument[] | undefined): Differential {
  const read = (text: string, withLint: boolean) => [parseText(text, 'yaml'), withLint ? lint(text, 'yaml', {}, LINT_OPTIONS) : undefined];
  const differential: Differential = {
    compareSegment(text, name) {
      const documents = parse(text);
      if (documents === undefined) return false;
      assert.deepStrictEqual(documents, parseYamlDocuments(text), `${name}: ${shortcut} tree differs`);
      return true;
    },
    compareFile(text, name, withLint) {
      const [slowParse, slowFindings] = withShortcuts(false, false, () => read(text, withLint));
      const [parsed, findings] = withShortcuts(shortcut === 'scanner', shortcut === 'fast', () => read(text, withLint));
      assert.deepStrictEqual(parsed, slowParse, `${name}: parse differs`);
      if (withLint) assert.deepStrictEqual(findings, slowFindings, `${name}: findings differ`);
    },
    onSeeds(seeds) {
      let segments = 0;
      let accepted = 0;
      for (const seed of seeds) {
        if (seed.language !== 'yaml') continue;
        for (const { start, end } of yamlSegments(seed.text)) {
          segments++;
          if (differential.compareSegment(seed.text.slice(start, end), `${seed.name} @${start}`)) accepted++;
        }
        differential.compareFile(seed.text, seed.name, true);
      }
      return { segments, accepted };
    },
    onFuzzCases(seeds, fuzzSeed, count) {
      let cases = 0;
      let accepted = 0;
      for (let index = 0; index < count; index++) {
        const fuzzCase = makeCase(seeds, fuzzSeed, index, { maxGrowth: 512 });
        if (fuzzCase.language !== 'yaml') continue;
        cases++;
        const name = `case ${index} (${fuzzCase.mutation}, ${fuzzCase.seed.name})`;
        for (const { start, end } of yamlSegments(fuzzCase.text)) if (differential.compareSegment(fuzzCase.text.slice(start, end), name)) accepted++;
        differential.compareFile(fuzzCase.text, name, index % 8 === 0);
      }
      return { cases, accepted };
    },
  };
  return differential;
}
