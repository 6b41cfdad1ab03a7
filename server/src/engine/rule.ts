/**
 * The contract between a rule and the engine, after ESLint's `meta` + `create`:
 * a rule declares what it is (id, severity, fixability, message ids) and the
 * engine enforces it: an unknown message id, a fix from a rule not marked
 * fixable or a fix of a kind the rule did not declare is a programming error
 * and throws, so it is caught by the tests. The fix kinds and the message ids
 * are also type parameters (`Rule<'useTls', 'insecureScheme' | 'noSecureForm'>`,
 * as typescript-eslint's `RuleCreator` types its message ids), so an undeclared
 * kind, a message id the rule does not declare, or a typo in one does not compile.
 */
import type { Applicability, Severity, TextEdit } from './types';
import type { LintFile } from './context';

export const DOCS_BASE = 'https://github.com/internet-first/internet-first-lint/blob/main/docs/rules/';

/** The documentation page of a rule, derived from its id (never typed by hand). */
export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}${ruleId}.md`;
}

/** A kind of fix a rule makes, and why it is as safe as it says (also in the rule's docs page). */
export interface FixKind {
  applicability: Applicability;
  /** One sentence: what could change for the service when the fix is applied (or why nothing can). */
  reason: string;
}

export interface RuleMeta<K extends string = never, M extends string = string> {
  /** Stable public id, used in configs, suppressions and CI results. */
  id: string;
  defaultSeverity: Severity;
  /** One line: what the rule finds. */
  description: string;
  /** One or two sentences: why it matters under Internet First. */
  rationale: string;
  fixable: boolean;
  /** Every kind of fix the rule reports, by name; a fixable rule declares at least one. */
  fixes?: Record<K, FixKind>;
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
  silentWhenLocal?: readonly M[];
  /**
   * Not reported at all in sample data (an example, a sample, a documentation
   * snippet, a test fixture: DeploymentContext.sample): its addresses, names
   * and TLS switches illustrate a shape and configure nothing. HSCN names and
   * manifest validation keep reporting there.
   */
  skipsSampleData?: boolean;
  /**
   * Runs after every other rule's findings have met the suppression comments,
   * so it can judge the comments themselves (`unused-suppression`).
   */
  reviewsSuppressions?: boolean;
  /**
   * Reads more than one document at a time (`parse-error` names a template
   * once per file). Such a rule always runs on the whole file; the others may
   * run one document at a time while a file is edited (document-findings.ts).
   */
  readsWholeFile?: boolean;
  /** Message templates keyed by message id; `{name}` is replaced from the report's data. */
  messages: Record<M, string>;
}

/** A fix as a rule proposes it: the engine adds the applicability its kind declares. */
export interface ProposedFix<K extends string = string> {
  title: string;
  edits: TextEdit[];
  kind: K;
}

/** `M`: the rule's message ids; the default (any string) is for helpers shared by several rules. */
export interface Report<K extends string = never, M extends string = string> {
  messageId: M;
  data?: Record<string, string | number>;
  /** Where the finding is, as an offset range in the file. */
  offset: number;
  length: number;
  fixes?: ProposedFix<K>[];
  /**
   * A quieter default for this sub-case (e.g. the cloud metadata address is
   * `info`). Used only while the user has not set the rule's severity.
   */
  severity?: Severity;
}

/** `K`: the fix kinds the rule declares; the default (none) is for rules and helpers that report no fix. */
export interface RuleContext<K extends string = never, M extends string = string> {
  file: LintFile;
  /** Today as YYYY-MM-DD (UTC unless the caller says), for dates in the file such as an exemption's `expires`. */
  today: string;
  report(report: Report<K, M>): void;
  /**
   * Whether this rule has made as many findings as one rule may: further
   * reports are only counted, so a fix proposed with them is never built and
   * need not be made (a generated file reports hundreds of thousands).
   */
  readonly capped?: () => boolean;
}

export interface Rule<K extends string = never, M extends string = string> {
  meta: RuleMeta<K, M>;
  check(context: RuleContext<K, M>): void;
}

/** Any rule, whatever fix kinds it declares (the engine's view). */
export type AnyRule = Rule<string, string>;

/** Fill `{name}` placeholders; a missing value is left visible rather than hidden. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  const parts = templateParts(template);
  let message = parts[0];
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i];
    message += (name in data ? String(data[name]) : `{${name}}`) + parts[i + 1];
  }
  return message;
}

/**
 * A template split at its placeholders: text, name, text, …, text. Every
 * finding fills one, and a replace with a callback per placeholder showed in
 * profiles; the templates are the rules' own few, so the split is kept
 * (bounded all the same: cleared when full, long templates not kept).
 */
const TEMPLATE_PARTS = new Map<string, readonly string[]>();
const TEMPLATE_MEMO_ENTRIES = 1000;
const TEMPLATE_MEMO_LENGTH = 1000;

function templateParts(template: string): readonly string[] {
  let parts = TEMPLATE_PARTS.get(template);
  if (parts === undefined) {
    const split: string[] = [];
    const placeholder = /\{(\w+)\}/g;
    let from = 0;
    for (let match = placeholder.exec(template); match; match = placeholder.exec(template)) {
      split.push(template.slice(from, match.index), match[1]);
      from = match.index + match[0].length;
    }
    split.push(template.slice(from));
    parts = split;
    if (template.length <= TEMPLATE_MEMO_LENGTH) {
      if (TEMPLATE_PARTS.size >= TEMPLATE_MEMO_ENTRIES) TEMPLATE_PARTS.clear();
      TEMPLATE_PARTS.set(template, parts);
    }
  }
  return parts;
}
