/**
 * The contract between a rule and the engine, after ESLint's `meta` + `create`:
 * a rule declares what it is (id, severity, fixability, message ids) and the
 * engine enforces it: an unknown message id or a fix from a rule not marked
 * fixable is a programming error and throws, so it is caught by the tests.
 */
import type { Fix, Severity } from './types';
import type { LintFile } from './context';

export const DOCS_BASE = 'https://github.com/internet-first/internet-first-lint/blob/main/docs/rules/';

/** The documentation page of a rule, derived from its id (never typed by hand). */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

export interface RuleMeta {
  /** Stable public id, used in configs, suppressions and CI results. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** One or two sentences: why it matters under Internet First. */
  rationale: string;
  fixable: boolean;
  /**
   * The severity in a local context (deployment-context.ts: a developer's
   * stack, a test, an example), where such values are expected; `warning`
   * when unset. Applies while the user has not set the rule's severity;
   * never raises it.
   */
  developmentSeverity?: Severity;
  /**
   * Message ids not reported at all in a local context: loopback and
   * in-stack names are how a local stack's parts reach each other.
   */
  silentWhenLocal?: readonly string[];
  /**
   * Runs after every other rule's findings have met the suppression comments,
   * so it can judge the comments themselves (`unused-suppression`).
   */
  reviewsSuppressions?: boolean;
  /** Message templates keyed by message id; `{name}` is replaced from the report's data. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where the finding is, as an offset range in the file. */
  offset: number;
  length: number;
  fixes?: Fix[];
  /**
   * A quieter default for this sub-case (e.g. the cloud metadata address is
   * `info`). Used only while the user has not set the rule's severity.
   */
  severity?: Severity;
}

export interface RuleContext {
  file: LintFile;
  /** Options for this rule from the config (`rules.<id>.options`), never undefined. */
  options: Record<string, unknown>;
  report(report: Report): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Fill `{name}` placeholders; a missing value is left visible rather than hidden. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
