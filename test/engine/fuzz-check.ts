/**
 * What the fuzzer checks on one case, shared by the npm-test property and
 * bench/fuzz.mjs's workers: a fresh lint (its CPU time taken), the same text linted
 * through one ParseCache and DocumentFindings after the case's edit sequence
 * (as the language server lints an open document), and, when asked, fix-all. A throw
 * propagates, tagged with the step that threw.
 */
import { DocumentFindings, fixText, lint, ParseCache, type Finding, type LintOptions } from '../../server/src/engine';
import type { FixStop } from '../../server/src/engine/fix-all';
import { hasEqualSegments, type FuzzCase } from './fuzz-cases';

/** Fixed, so a finding that depends on the date (a waiver's expiry) is the same in every run. */
const TODAY = '2026-01-01';

export type FuzzStep = 'fresh lint' | 'cached lint' | 'fix-all';

export interface CaseOutcome {
  /** UTF-8 bytes of the case's text. */
  bytes: number;
  /** CPU milliseconds of the fresh lint (all the process's threads, so garbage collection counts). */
  freshMs: number;
  findings: number;
  /** Set when the cached lint's findings differ from the fresh lint's: what differs. */
  mismatch?: string;
  /** The text has two equal YAML segments: a mismatch is the known ParseCache bug. */
  equalSegments: boolean;
  fixStop?: FixStop;
}

export class StepError extends Error {
  constructor(
    readonly step: FuzzStep,
    readonly thrown: unknown,
  ) {
    super(`${step} threw: ${thrown instanceof Error ? thrown.message : String(thrown)}`);
    if (thrown instanceof Error) this.stack = `${this.message}\n${thrown.stack ?? ''}`;
  }
}

function step<T>(name: FuzzStep, run: () => T): T {
  try {
    return run();
  } catch (error) {
    throw new StepError(name, error);
  }
}

export function runCase(fuzzCase: FuzzCase, options: { fixAll: boolean }): CaseOutcome {
  const { text, language, fileName } = fuzzCase;
  const lintOptions: LintOptions = { fileName, today: TODAY };
  const started = process.cpuUsage();
  const fresh = step('fresh lint', () => lint(text, language, {}, lintOptions));
  const freshMs = cpuMsSince(started);

  const cache = new ParseCache();
  const findingsCache = new DocumentFindings();
  let cached: Finding[] = [];
  for (const edit of fuzzCase.edits) cached = step('cached lint', () => lint(edit, language, {}, { ...lintOptions, cache, findingsCache }));
  const outcome: CaseOutcome = {
    bytes: Buffer.byteLength(text, 'utf8'),
    freshMs,
    findings: fresh.length,
    mismatch: difference(fresh, cached),
    equalSegments: hasEqualSegments(text, language),
  };
  if (options.fixAll) outcome.fixStop = step('fix-all', () => fixText(text, language, {}, { ...lintOptions, unsafeFixes: true }).stoppedBecause);
  return outcome;
}

/**
 * CPU time rather than wall time: on a machine shared with other work the wall clock measures the
 * queue for a core, not the engine.
 */
export function cpuMsSince(started: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** Undefined when both lists are the same; else a one-line account of the first difference. */
export function difference(fresh: readonly Finding[], cached: readonly Finding[]): string | undefined {
  const a = fresh.map((finding) => JSON.stringify(finding));
  const b = cached.map((finding) => JSON.stringify(finding));
  if (a.length === b.length && a.every((line, i) => line === b[i])) return undefined;
  const at = a.findIndex((line, i) => line !== b[i]);
  const describe = (finding: Finding | undefined) => (finding ? `${finding.ruleId} at ${finding.range.start.offset}-${finding.range.end.offset}` : 'nothing');
  return (
    `fresh ${a.length} findings, cached ${b.length}; first difference at #${at < 0 ? a.length : at}: fresh ${describe(fresh[at < 0 ? a.length : at])}, ` +
    `cached ${describe(cached[at < 0 ? a.length : at])}`
  );
}
