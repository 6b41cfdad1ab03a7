/**
 * The two real-world corpora in ../shared/ beside the repository (or $IFL_REALWORLD_ROOT), linted
 * with no configuration file exactly as the CLI lints one file: the CLI's own
 * lint task (reading, language detection, unknown-type handling), with the
 * file's path inside its repository as the name the engine sees. Shared by
 * the snapshot test and scripts/realworld-review.mjs, so both see the same findings.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, type LintOptions } from '../../server/src/engine';
import { DEFAULT_MAX_FILE_BYTES } from '../../server/src/cli/args';
import { runLintTask } from '../../server/src/cli/lint-task';

/** The shared, read-only corpora beside the repository (this file runs from out/test/realworld/); overridable. */
export const SHARED_ROOT = process.env.IFL_REALWORLD_ROOT ?? resolve(__dirname, '../../../../shared');

export interface Corpus {
  /** The name used in the snapshot's `corpus` column. */
  name: 'realworld' | 'realworld-2';
  /** Folder holding SOURCES.tsv. */
  folder: string;
}

export const CORPORA: readonly Corpus[] = [
  { name: 'realworld', folder: join(SHARED_ROOT, 'realworld') },
  { name: 'realworld-2', folder: join(SHARED_ROOT, 'realworld-2') },
];

export interface CorpusFile {
  corpus: Corpus['name'];
  /** SOURCES.tsv `local_path`: the snapshot's `file` column. */
  file: string;
  absolutePath: string;
  /** `owner/name` on GitHub. */
  repo: string;
  /** The path inside the repository, recovered from the corpus layout. */
  repoPath: string;
}

export interface FoundRow {
  corpus: Corpus['name'];
  file: string;
  /** 1-based, as editors and the CLI print it. */
  line: number;
  rule: string;
  severity: string;
  message: string;
}

/**
 * The path inside the repository. realworld-2 keeps it after
 * `files/<owner>__<repo>/`; realworld flattens it, `/` written as `__`, after
 * the `<owner>__<repo>/` folder. Computed from the layout (not SOURCES.tsv's
 * `path` column) so the test also checks the layout the READMEs promise.
 */
export function repoRelativePath(corpus: Corpus['name'], localPath: string): string {
  if (corpus === 'realworld-2') {
    const match = /^files\/[^/]+__[^/]+\/(.+)$/.exec(localPath);
    if (!match) throw new Error(`realworld-2 path not under files/<owner>__<repo>/: ${localPath}`);
    return match[1];
  }
  const match = /^[^/]+__[^/]+\/([^/]+)$/.exec(localPath);
  if (!match) throw new Error(`realworld path not <owner>__<repo>/<flattened>: ${localPath}`);
  return match[1].split('__').join('/');
}

/** Every file SOURCES.tsv lists, in its order. SOURCES.tsv is the corpus's own manifest. */
export function corpusFiles(corpus: Corpus): CorpusFile[] {
  const lines = readFileSync(join(corpus.folder, 'SOURCES.tsv'), 'utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  const header = lines[0].split('\t');
  const localColumn = header.indexOf('local_path');
  const repoColumn = header.indexOf('repo');
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    const file = cells[localColumn];
    return { corpus: corpus.name, file, absolutePath: join(corpus.folder, file), repo: cells[repoColumn], repoPath: repoRelativePath(corpus.name, file) };
  });
}

export function corporaPresent(): boolean {
  return CORPORA.every((corpus) => existsSync(join(corpus.folder, 'SOURCES.tsv')));
}

/** One file's findings, through the CLI's lint task with an empty configuration (no config file). */
export function lintCorpusFile(file: CorpusFile): FoundRow[] {
  // The engine sees the repository path, as when the CLI runs at the repository root.
  // `relativePath` is the engine's coming field for context (local stack / test /
  // example); until it lands the cast passes it along and `fileName` carries the same path.
  const withRepoPath = (text: string, language: Parameters<typeof lint>[1], config: Parameters<typeof lint>[2], options?: LintOptions) =>
    lint(text, language, config, { ...options, fileName: file.repoPath, relativePath: file.repoPath } as LintOptions);
  const result = runLintTask(
    { entry: { absolutePath: file.absolutePath, displayPath: file.repoPath, explicit: true }, config: {}, maxFileBytes: DEFAULT_MAX_FILE_BYTES, fix: false },
    withRepoPath,
  );
  if ('internalError' in result) throw new Error(`${file.corpus}/${file.file}: ${result.internalError}`);
  return result.report.findings.map((finding) => ({
    corpus: file.corpus,
    file: file.file,
    line: finding.range.start.line + 1,
    rule: finding.ruleId,
    severity: finding.severity,
    message: finding.message,
  }));
}

export function lintCorpora(): { files: CorpusFile[]; found: FoundRow[] } {
  const files = CORPORA.flatMap(corpusFiles);
  return { files, found: files.flatMap(lintCorpusFile) };
}
