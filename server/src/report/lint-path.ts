/**
 * A path named to `report` that is not SARIF: lint it as the CLI would,
 * from its own folder (so file paths are relative to the repository), and
 * hand back the SARIF text the CLI would have written. Provenance comes
 * from the folder's own git, never from GITHUB_* (which describes the
 * repository running the report, not the one linted).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ruleMetas } from '../engine';
import { parseCliArgs } from '../cli/args';
import { formatSarif } from '../cli/formatters/sarif';
import { lintRun } from '../cli/pipeline';
import { repositoryProvenance } from './provenance';

export async function lintToSarif(target: string, version: string): Promise<string> {
  const folder = fs.statSync(target).isDirectory() ? target : path.dirname(target);
  const options = parseCliArgs(
    [path.relative(folder, target) || '.', '--format', 'sarif'],
    ruleMetas().map((meta) => meta.id),
  );
  const { report } = await lintRun(options, {
    cwd: folder,
    warn: () => undefined,
    stdout: () => undefined,
    // No progress line: the report command prints its own messages only.
    progress: { isTTY: false, write: () => true },
  });
  const tool = { name: 'internet-first-lint', version, informationUri: 'https://github.com/internet-first/internet-first-lint' };
  return formatSarif(report, { color: false, tool, config: options.config, provenance: repositoryProvenance({}, folder) });
}
