/**
 * The latest findings per open document, and the status notification built
 * from them. Hover reads the findings (a hover must not lint a large file on
 * every mouse rest) and the code-action handler counts the safe fixes; both
 * use them only while the document is still at the version they were
 * computed for. Edits never come from here: they travel in Diagnostic.data.
 */
import type { Finding, Severity } from '../engine';
import type { DocumentConfig } from './document-config';
import type { StatusParams } from './protocol';

interface Linted {
  version: number;
  findings: readonly Finding[];
}

export class LatestFindings {
  private readonly byUri = new Map<string, Linted>();

  set(uri: string, version: number, findings: readonly Finding[]): void {
    this.byUri.set(uri, { version, findings });
  }

  /** The findings of exactly this version, or undefined when the latest lint was of another. */
  get(uri: string, version: number): readonly Finding[] | undefined {
    const linted = this.byUri.get(uri);
    return linted?.version === version ? linted.findings : undefined;
  }

  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}

export function statusOf(uri: string, version: number | undefined, problems: ReadonlyArray<{ severity: Severity }>, config: DocumentConfig): StatusParams {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const problem of problems) counts[problem.severity]++;
  const status: StatusParams = {
    uri,
    counts,
    configFiles: config.configFiles,
    settingsApplied: config.settingsApplied,
    enabled: config.enable,
  };
  if (version !== undefined) status.version = version;
  if (config.problem !== undefined) status.configProblem = config.problem;
  return status;
}

/** Findings with a safe fix: what fix-all and fix-on-save would change. */
export function countSafeFixes(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.fixes?.some((fix) => fix.applicability === 'safe')).length;
}
