#!/usr/bin/env node
/**
 * One fresh process of the cold-start figure: loads the engine, times the
 * first lint of a file, then the median of five more (warm), and prints
 * { loadMs, firstMs, warmMs } as JSON.
 *
 *   node bench/cold-lint.mjs <engine index.js> <file>
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [enginePath, file] = process.argv.slice(2);
const loadStart = performance.now();
const { lint } = createRequire(import.meta.url)(enginePath);
const loadMs = performance.now() - loadStart;
const text = readFileSync(file, 'utf8');
const time = () => {
  const start = performance.now();
  lint(text, 'yaml', {}, { fileName: 'bench.yaml' });
  return performance.now() - start;
};
const firstMs = time();
const warm = Array.from({ length: 5 }, time).sort((a, b) => a - b);
process.stdout.write(JSON.stringify({ loadMs, firstMs, warmMs: warm[2] }));
