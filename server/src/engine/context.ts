/**
 * One parsed file plus the analyses every rule shares, each computed once per
 * lint: the list of scalar values with their path and role, the document's
 * format, and the network targets found in each value. Rules read from here
 * instead of walking the tree themselves.
 */
import type { DeploymentContext, LanguageId, LintConfig } from './types';
import { locate, type ParsedDocument, type ParsedFile, type ScalarNode } from './parse/tree';
import { LineIndex } from './line-index';
import { namesHosts, type Role } from './roles';
import { documentVisits, type ScalarVisit } from './visits';
import { baseName, detectFormat, type DocumentFormat } from './formats';
import { composeContext, fileContext, type ComposeContext } from './deployment-context';
import { extractTargets, type NetworkTarget } from './targets';
import { ownCopy } from './own-copy';
import { compileAllow, type AllowMatcher } from './net/allow';
import { parseSuppressions, type Suppression } from './suppressions';
import { isManifestDocument, modelineNamesManifest } from './schema/detect';

export type { PathSegment, ScalarVisit } from './visits';

export class LintFile {
  readonly lines: LineIndex;
  private scalarList: ScalarVisit[] | undefined;
  private suppressionList: Suppression[] | undefined;
  private allowMatcher: AllowMatcher | undefined;
  private readonly formats = new Map<ParsedDocument, DocumentFormat>();
  /** What decides a document's format besides the document itself (see FORMATS). */
  private formatFacts: string | undefined;
  /** A Map, not a WeakMap: it lives no longer than this file, which holds the nodes anyway, and a WeakMap costs more to make and to read. */
  private targetCache: Map<ScalarNode, NetworkTarget[]> | undefined;
  private readonly checkedTargetLists = new Map<string, CheckedTargets>();

  /** Deployed, or only a developer's stack, a test or an example (see deployment-context.ts); Compose services may differ. */
  readonly deployment: DeploymentContext;
  private readonly composeContexts = new Map<ParsedDocument, ComposeContext>();

  constructor(
    readonly text: string,
    readonly languageId: LanguageId,
    readonly parsed: ParsedFile,
    readonly fileName: string | undefined,
    /** The effective configuration for this file (rules, allow, hostMap, manifest). */
    readonly config: LintConfig = {},
    /** Path inside the repository root; the only path that decides the deployment context. */
    relativePath?: string,
    /** Set for a one-document view (forDocument): the file it is part of. */
    whole?: LintFile,
  ) {
    this.whole = whole ?? this;
    this.lines = whole?.lines ?? new LineIndex(text);
    this.pathInRepository = relativePath ?? baseName(fileName);
    this.deployment = whole?.deployment ?? config.context ?? fileContext(this.pathInRepository, text);
  }

  /**
   * The whole file. A one-document view (forDocument) reads the facts that
   * span documents from it: the NHS context, the stack's own networks, each
   * document's format (a modeline in the first applies to all).
   */
  readonly whole: LintFile;

  /**
   * The same file with one document only: offsets, lines, context and
   * formats are the whole file's. The editor's per-document findings cache
   * (document-findings.ts) runs rules on these.
   */
  forDocument(document: ParsedDocument): LintFile {
    const parsed: ParsedFile = { language: this.parsed.language, text: this.text, documents: [document] };
    return this.view(this.text, this.languageId, parsed, this.fileName, this.config, this.pathInRepository, this.whole);
  }

  /** Makes a view of this class (a budgeted file's views share its budget). */
  protected view(...parts: ConstructorParameters<typeof LintFile>): LintFile {
    return new LintFile(...parts);
  }

  /** The path inside the repository (or just the base name): what folder-based judgements may read, never the absolute path. */
  readonly pathInRepository: string;

  /** The context at a place in the file: the file's, unless a Compose service there says it is local. */
  contextAt(offset: number): DeploymentContext {
    if (this.deployment.kind === 'local' || this.config.context) return this.deployment;
    const document = documentAt(this.documents, offset);
    if (!document || this.format(document) !== 'compose') return this.deployment;
    let compose = this.composeContexts.get(document);
    if (!compose) this.composeContexts.set(document, (compose = composeContext(document)));
    if (compose.project) return compose.project;
    for (const [service, context] of compose.services) if (offset >= service.offset && offset < service.offset + service.length) return context;
    return this.deployment;
  }

  get documents(): ParsedDocument[] {
    return this.parsed.documents;
  }

  format(document: ParsedDocument): DocumentFormat {
    if (this.whole !== this) return this.whole.format(document);
    let format = this.formats.get(document);
    if (!format) {
      // The parse cache hands back the same document while its text is unchanged: its format is known unless what else decides it changed.
      this.formatFacts ??= JSON.stringify([this.config.manifest === true, this.fileName, this.parsed.language, firstNamesManifest(this.documents)]);
      const known = FORMATS.get(document);
      if (known?.facts === this.formatFacts) format = known.format;
      else {
        const manifest = this.config.manifest === true || isManifestDocument(this, document);
        format = manifest ? 'manifest' : detectFormat(document, this.fileName);
        FORMATS.set(document, { facts: this.formatFacts, format });
      }
      this.formats.set(document, format);
    }
    return format;
  }

  /** Every scalar value (not keys) in every document, in text order. */
  scalars(): ScalarVisit[] {
    if (!this.scalarList) {
      this.scalarList = [];
      for (const document of this.documents) {
        if (!document.root) continue;
        const format = this.format(document);
        // Kept per document (visits.ts): the walk reads nothing outside the document but its format.
        for (const visit of documentVisits(document, document.root, format)) this.scalarList.push(visit);
      }
    }
    return this.scalarList;
  }

  /** Whether a target's host is on the config's `allow` list (treated as public). */
  isAllowed(target: NetworkTarget): boolean {
    this.allowMatcher ??= compileAllow(this.config.allow);
    return this.allowMatcher({ name: target.hostname?.name, address: target.address?.canonical });
  }

  /** Suppression comments, parsed once; the linter marks which ones were used. */
  get suppressions(): Suppression[] {
    return (this.suppressionList ??= parseSuppressions(this));
  }

  /**
   * URLs, hosts, addresses and CIDRs in a scalar's value, with offsets in the
   * value. Bare host names count only where the role says the value names a
   * host (so prose never yields one).
   */
  targets(visit: ScalarVisit): NetworkTarget[] {
    const node = visit.node;
    const cache = (this.targetCache ??= new Map());
    let targets = cache.get(node);
    if (!targets) {
      const hostList = (visit.role === 'endpoint' || visit.role === 'public-endpoint') && namesHosts(visit.key);
      targets = typeof node.value === 'string' ? memoisedTargets(node.value, hostList) : [];
      cache.set(node, targets);
    }
    return targets;
  }

  /**
   * Every target a rule checks in scalars of these roles, in text order:
   * not templated, not on the allow list. Most scalars hold none, and half
   * the rules ask for the same roles, so the list is made once per set.
   */
  checkedTargets(roles: ReadonlySet<Role>): CheckedTargets {
    const key = roleSetKey(roles);
    let list = this.checkedTargetLists.get(key);
    if (!list) {
      list = { scalars: [], targets: [] };
      for (const scalar of this.scalars()) {
        if (!roles.has(scalar.role)) continue;
        for (const target of this.targets(scalar)) {
          if (target.templated || this.isAllowed(target)) continue;
          list.scalars.push(scalar);
          list.targets.push(target);
        }
      }
      this.checkedTargetLists.set(key, list);
    }
    return list;
  }

  /** Text offsets of a part `[start, end)` of a scalar's value. */
  locate(node: ScalarNode, start: number, end: number): { offset: number; length: number } {
    return locate(this.text, node, start, end);
  }
}

/**
 * Each document's format, kept with the document across lints: besides the
 * document it depends only on the manifest setting, the file's name and
 * language, and whether the first document has a manifest modeline (which
 * applies to all; schema/detect.ts), together `facts`.
 */
const FORMATS = new WeakMap<ParsedDocument, { facts: string; format: DocumentFormat }>();

function firstNamesManifest(documents: readonly ParsedDocument[]): boolean {
  return documents.length > 0 && modelineNamesManifest(documents[0]);
}

/** A role set's key, made once per set: rules pass the same constant sets on every lint, and sorting them each time showed in profiles. */
const ROLE_SET_KEYS = new WeakMap<ReadonlySet<Role>, string>();

function roleSetKey(roles: ReadonlySet<Role>): string {
  let key = ROLE_SET_KEYS.get(roles);
  if (key === undefined) ROLE_SET_KEYS.set(roles, (key = [...roles].sort().join()));
  return key;
}

/**
 * The targets a rule checks, as two lists of one length: the i-th target is
 * in the i-th scalar. Not a pair object each: those took 40 bytes a target,
 * 10 MB a list in a file of 262,000 URLs, and a file keeps two such lists.
 */
export interface CheckedTargets {
  readonly scalars: ScalarVisit[];
  readonly targets: NetworkTarget[];
}

/**
 * Targets by value: extractTargets is a pure function of the string (offsets
 * are into the value), and configs repeat values, and a file being edited
 * repeats all but one document's. Bounded: cleared when full; long values are
 * not kept (at most about 10 MB of keys). Callers only read the targets.
 */
const TARGET_MEMO_ENTRIES = 20_000;
const TARGET_MEMO_VALUE_LENGTH = 512;
/** One map per kind of value (host list or not), keyed by the value itself: a prefixed key was a new string to hash every time. */
const HOST_LIST_TARGETS = new Map<string, NetworkTarget[]>();
const VALUE_TARGETS = new Map<string, NetworkTarget[]>();

function memoisedTargets(value: string, hostList: boolean): NetworkTarget[] {
  if (value.length > TARGET_MEMO_VALUE_LENGTH) return extractTargets(value, { hostList });
  const memo = hostList ? HOST_LIST_TARGETS : VALUE_TARGETS;
  let targets = memo.get(value);
  if (!targets) {
    if (HOST_LIST_TARGETS.size + VALUE_TARGETS.size >= TARGET_MEMO_ENTRIES) {
      HOST_LIST_TARGETS.clear();
      VALUE_TARGETS.clear();
    }
    // The memo outlives the file: its key, and the targets' pieces of it, must not hold the file's text (own-copy.ts).
    const own = ownCopy(value);
    targets = extractTargets(own, { hostList });
    memo.set(own, targets);
  }
  return targets;
}

/** The document holding `offset` (documents are in text order and do not overlap): a binary search, as every finding asks. */
function documentAt(documents: readonly ParsedDocument[], offset: number): ParsedDocument | undefined {
  let low = 0;
  let high = documents.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const document = documents[middle];
    if (offset < document.offset) high = middle - 1;
    else if (offset >= document.offset + document.length) low = middle + 1;
    else return document;
  }
  return undefined;
}
