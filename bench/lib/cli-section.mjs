/**
 * The built CLI as a whole process on the corpus, at its default concurrency
 * and with `--concurrency off`, against floor-cli (node reading and parsing
 * the same files) and Spectral's CLI with an equivalent ruleset. The corpus
 * lives under .cache/, which is git-ignored and the CLI honours .gitignore,
 * so every file is named on the command line (named files are always linted).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { timedNode } from './process-runs.mjs';

const BENCH = join(import.meta.dirname, '..');

export function cliSection({ repo, corpus, files, anchors, rounds, table, preload, cacheRoot, log }) {
  const yamlPackage = dirname(createRequire(join(repo.root, 'package.json')).resolve('yaml/package.json'));
  const cwd = corpus.corpusDir;
  const outputs = { default: join(cacheRoot, 'cli-default.json'), off: join(cacheRoot, 'cli-off.json') };
  const commands = {
    floor: () => timedNode(preload, [join(BENCH, 'floor-cli.mjs'), ...files], { cwd, env: { ...process.env, IFL_BENCH_YAML: yamlPackage } }),
    default: () => timedNode(preload, [repo.cli, '--no-config', '--format', 'json', '--output', outputs.default, ...files], { cwd }),
    off: () => timedNode(preload, [repo.cli, '--no-config', '--format', 'json', '--output', outputs.off, '--concurrency', 'off', ...files], { cwd }),
    spectral: anchors.spectralCli
      ? () =>
          timedNode(
            preload,
            [
              anchors.spectralCli,
              'lint',
              '--ruleset',
              join(BENCH, 'spectral-ruleset.yaml'),
              '--format',
              'json',
              '--output',
              join(cacheRoot, 'spectral.json'),
              '--quiet',
              ...files,
            ],
            { cwd },
          )
      : undefined,
  };
  const runs = { floor: [], default: [], off: [], spectral: [] };
  for (let round = 0; round < rounds; round++) {
    for (const [key, run] of Object.entries(commands)) {
      if (!run) continue;
      const result = run();
      if (key !== 'spectral' && result.status === 2) throw new Error(`${key} failed (exit 2)`);
      runs[key].push(result);
    }
    log(`cli: round ${round + 1}/${rounds}`);
  }
  const pick = (key, field) => runs[key].map((r) => r[field]);
  const section = `CLI, ${files.length} files`;
  const floorWall = table.add(section, 'floor-cli wall', pick('floor', 'wall'));
  const floorCpu = table.add(section, 'floor-cli CPU', pick('floor', 'cpu'));
  const floorRss = table.add(section, 'floor-cli peak RSS', pick('floor', 'maxRssMb'), { unit: 'MB' });
  const spectralWall = commands.spectral ? table.add(section, 'anchor Spectral CLI wall', pick('spectral', 'wall'), { floor: floorWall }) : null;
  const spectralCpu = commands.spectral ? table.add(section, 'anchor Spectral CLI CPU', pick('spectral', 'cpu'), { floor: floorCpu }) : null;
  if (commands.spectral) table.add(section, 'anchor Spectral CLI peak RSS', pick('spectral', 'maxRssMb'), { unit: 'MB', floor: floorRss });
  if (!commands.spectral) table.value(section, 'anchor Spectral CLI wall', 'n/a');
  const wall = (key, label) =>
    table.add(section, `${label} wall`, pick(key, 'wall'), { floor: floorWall, anchor: spectralWall, target: { max: 0.7, label: '≤0.7 × floor-cli' } });
  const cpu = (key, label) =>
    table.add(section, `${label} CPU`, pick(key, 'cpu'), { floor: floorCpu, anchor: spectralCpu, target: { max: 1.0, label: '≤1.0 × floor-cli' } });
  const defaultWall = wall('default', 'CLI default concurrency');
  cpu('default', 'CLI default concurrency');
  const offWall = wall('off', 'CLI --concurrency off');
  cpu('off', 'CLI --concurrency off');
  table.value(section, 'default wall ÷ off wall', defaultWall.median / offWall.median, { target: { max: 1.05, label: '≤1.05 (never loses by >5%)' } });
  table.add(section, 'CLI default peak RSS', pick('default', 'maxRssMb'), { unit: 'MB', floor: floorRss, target: { max: 1.5, label: '≤1.5 × floor-cli' } });
  table.add(section, 'CLI off peak RSS', pick('off', 'maxRssMb'), { unit: 'MB', floor: floorRss, target: { max: 1.5, label: '≤1.5 × floor-cli' } });
  return { default: JSON.parse(readFileSync(outputs.default, 'utf8')), off: JSON.parse(readFileSync(outputs.off, 'utf8')) };
}
