#!/usr/bin/env node
/**
 * floor-cli: the least a linter process can do with the files the CLI is
 * given: start node, read each file, parse YAML with `yaml`'s
 * parseAllDocuments (source tokens kept, a LineCounter) and JSON with
 * JSON.parse. The bench runs it as a whole process beside the CLI.
 *
 *   IFL_BENCH_YAML=<path of the yaml package> node bench/floor-cli.mjs <files...>
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { parseAllDocuments, LineCounter } = require(process.env.IFL_BENCH_YAML ?? 'yaml');
let documents = 0;
for (const path of process.argv.slice(2)) {
  const text = readFileSync(path, 'utf8');
  if (path.endsWith('.json')) {
    JSON.parse(text);
    documents++;
  } else {
    documents += parseAllDocuments(text, { keepSourceTokens: true, lineCounter: new LineCounter() }).length;
  }
}
process.stdout.write(`${documents} documents\n`);
