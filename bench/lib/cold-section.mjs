/** Cold start: the first lint of the 10k-line file in a fresh process against a warm lint in the same process. */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { summary } from './table.mjs';

export function coldSection({ repo, corpus, rounds, table, log }) {
  const runs = [];
  for (let round = 0; round < rounds; round++) {
    const result = spawnSync(process.execPath, [join(import.meta.dirname, '..', 'cold-lint.mjs'), repo.engine, corpus.single['10k']], { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`cold-lint failed: ${result.stderr}`);
    runs.push(JSON.parse(result.stdout));
  }
  const section = 'cold start';
  table.add(
    section,
    'engine module load (fresh process)',
    runs.map((r) => r.loadMs),
  );
  const warm = table.add(
    section,
    'warm lint, 10k-line file (median of 5 per process)',
    runs.map((r) => r.warmMs),
  );
  const first = summary(runs.map((r) => r.firstMs));
  table.add(
    section,
    'first lint, 10k-line file (fresh process); ÷ warm',
    runs.map((r) => r.firstMs),
    { floor: warm, target: { max: 1.5, label: '≤1.5 × warm' } },
  );
  log('cold start done');
  return first;
}
