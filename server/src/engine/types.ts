/**
 * The engine's public vocabulary. Everything here is plain data so that the
 * LSP layer can ship it inside `Diagnostic.data` and the CLI can print it.
 * Offsets and `character` are UTF-16 code units, as in JavaScript strings and
 * in the LSP default position encoding.
 */

export type Severity = 'error' | 'warning' | 'info';
export type SeveritySetting = Severity | 'off';

export interface Position {
  /** 0-based line. */
  line: number;
  /** 0-based UTF-16 column. */
  character: number;
  /** 0-based UTF-16 offset into the whole text. */
  offset: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A replacement of `length` code units at `offset` by `newText`. */
export interface TextEdit {
  offset: number;
  length: number;
  newText: string;
}

/**
 * How far a fix can be trusted, after ruff's fix safety:
 * - `safe`: the fixed config keeps working wherever the old one worked
 *   (a manifest enum typo, a catalogue's internet name for the same
 *   service). Applied by `--fix`, fix-all and fix-on-save; the editor's
 *   preferred quick fix.
 * - `unsafe`: the fix is what the rule asks for but changes what the service
 *   does (`http://` → `https://` to a server that may not speak TLS,
 *   verification on without the CA in place). Offered in the editor; applied
 *   by the CLI only with `--unsafe-fixes`.
 * - `display-only`: one of several alternatives, or a value only the team
 *   knows (placeholders, a secret name). Offered in the editor, never applied
 *   automatically.
 */
export type Applicability = 'safe' | 'unsafe' | 'display-only';

export interface Fix {
  title: string;
  edits: TextEdit[];
  /** The rule's name for this kind of fix, declared in its `meta.fixes`. */
  kind: string;
  /** From the rule's declaration of the kind, filled in by the engine. */
  applicability: Applicability;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: Severity;
  range: Range;
  /** The values the message was built from (e.g. a schema's allowed values), for quick fixes and tooling. */
  data?: Record<string, string | number>;
  fixes?: Fix[];
  /** Set when the finding lies in a local context (a developer's stack, a test, an example): why its severity was lowered. */
  context?: DeploymentContext;
}

/**
 * Whether a file or Compose service is deployed or only run locally (a
 * developer's stack, a test, an example), and the evidence that decided it.
 */
export interface DeploymentContext {
  kind: 'deployed' | 'local';
  reason: string;
  /**
   * The file's values are sample data (an example, a sample or demo, a
   * documentation snippet, a test fixture): illustrations, not settings
   * anything connects with. Rules with `skipsSampleData` say nothing there.
   */
  sample?: boolean;
}

export type LanguageId = 'yaml' | 'json' | 'jsonc';

/** The mapping form of a rule's setting. No rule takes options (ESLint's `schema: []`), so `options` is a config error. */
export interface RuleSetting {
  severity?: SeveritySetting;
}

export interface LintConfig {
  /** Per rule id: a severity override. Unknown ids are ignored by the engine. */
  rules?: Record<string, SeveritySetting | RuleSetting>;
  /**
   * Hosts, `*.domain` wildcards, IP addresses and CIDR ranges the project
   * treats as public (config file `allow`): rules do not report them as
   * private or non-public.
   */
  allow?: string[];
  /** Private or legacy host name -> the internet name replacing it (config file `hostMap`), for quick fixes. */
  hostMap?: Record<string, string>;
  /** The file is a service manifest because the config file's `manifests` globs say so. */
  manifest?: boolean;
  /** The file's context as the config file's `context` globs state it; overrides what the engine would decide. */
  context?: DeploymentContext;
}

export interface LintOptions {
  /** Path or URI of the file, used for manifest detection by name and for context (e.g. dev files). */
  fileName?: string;
  /**
   * The file's path inside its repository or workspace root, `/`-separated.
   * The only path used to tell tests, examples and local stacks apart; without
   * it only the base name of fileName is used (an absolute path says where the
   * checkout lives, not what the file is).
   */
  relativePath?: string;
  /** Reuse parsed YAML documents between versions of one file (the editor passes one per document). */
  cache?: import('./parse/cache').ParseCache;
  /**
   * With `cache`, keep each YAML document's findings between versions of one
   * file: a lint then runs the rules only on documents that changed (the
   * editor passes one per open document; see document-findings.ts).
   */
  findingsCache?: import('./document-findings').DocumentFindings;
  /** Today as YYYY-MM-DD, for suppressions with `until=` and manifest exemptions' `expires`; defaults to the current UTC date. */
  today?: string;
  /**
   * Milliseconds for linting this file, parse included (absent or 0: no
   * limit). Past it no further rule starts and the running one stops; the
   * findings so far are kept and one parse-error finding at the top of the
   * file counts the rules not checked (see budget.ts).
   */
  budgetMs?: number;
  /** The clock the budget reads, in milliseconds; `performance.now` unless given (tests pass a fake one). */
  clock?: () => number;
  /** When given, each finding a live waiver drops is appended here, with the waiver's reason and expiry (for estate reports). */
  waived?: WaivedFinding[];
}

/** A finding a suppression comment waived: SARIF reports it as a suppressed result. */
export interface WaivedFinding {
  finding: Finding;
  reason?: string;
  /** The latest `until=` of the live waivers; absent when one of them never expires. */
  until?: string;
}
