/**
 * The report formats, by the name `--format` takes. A format is a function
 * from the finished report to the text written out (in pieces); adding one is
 * a file here and a line in FORMATTERS.
 */
import type { LintConfig } from '../../engine';
import type { LintReport } from '../run';
import type { Provenance } from '../../report/provenance';
import { formatGithub } from './github';
import { formatJson } from './json';
import { formatSarif } from './sarif';
import { formatStylish } from './stylish';

export interface ToolInfo {
  name: string;
  version: string;
  informationUri: string;
}

export interface FormatContext {
  /** Use ANSI colours (only stylish has any). */
  color: boolean;
  tool: ToolInfo;
  /** The configuration the run used (SARIF records the severity overrides). */
  config: LintConfig;
  /** Width to fit (stylish wraps its message column to it); 80 when not given. */
  columns?: number;
  /** The repository the tree comes from, when known (SARIF `versionControlProvenance`). */
  provenance?: Provenance;
}

/** The text in pieces, written one after another: a long report need not be one string in memory (json.ts). */
export type Formatter = (report: LintReport, context: FormatContext) => Iterable<string>;

export const FORMAT_NAMES = ['stylish', 'json', 'sarif', 'github'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

const FORMATTERS: Record<FormatName, Formatter> = {
  stylish: (report, context) => [formatStylish(report, context)],
  json: formatJson,
  sarif: (report, context) => [formatSarif(report, context)],
  github: (report, context) => [formatGithub(report, context)],
};

/** The report's text in pieces, for writing out as they come. */
export function formatReportPieces(name: FormatName, report: LintReport, context: FormatContext): Iterable<string> {
  return FORMATTERS[name](report, context);
}

/** The report's text as one string. */
export function formatReport(name: FormatName, report: LintReport, context: FormatContext): string {
  return [...formatReportPieces(name, report, context)].join('');
}
