/**
 * One parsed file plus the analyses every rule shares, each computed once per
 * lint: the list of scalar values with their path and role, the document's
 * format, and the network targets found in each value. Rules read from here
 * instead of walking the tree themselves.
 */
import type { DeploymentContext, LanguageId, LintConfig } from './types';
import { locate, type ParsedDocument, type ParsedFile, type ScalarNode } from './parse/tree';
import { shapeKey } from './parse/shift';
import { LineIndex } from './line-index';
import { namesHosts, type Role } from './roles';
import { documentVisits, type ScalarVisit } from './visits';
import { baseName, detectFormat, type DocumentFormat } from './formats';
import { composeContext, fileContext, type ComposeContext } from './deployment-context';
import type { NetworkTarget } from './targets';
import { NO_TARGETS, mayHoldTarget, memoisedTargets } from './target-memo';
import { compileAllow, type AllowMatcher } from './net/allow';
import { parseSuppressions, type Suppression } from './suppressions';
import { isManifestDocument, modelineNamesManifest } from './schema/detect';
import { textMatches } from './text-search';

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
  /** Each document's visits (visitsOf), on the whole file; a Map, which goes with this file (see analysis). */
  private readonly visitLists = new Map<ParsedDocument, readonly ScalarVisit[]>();
  private readonly analyses = new Map<AnalysisKey<unknown>, unknown>();

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
    /** The text's line index when the caller has it (a parse cache makes it from the previous version's). */
    lines?: LineIndex,
  ) {
    this.whole = whole ?? this;
    this.lines = whole?.lines ?? lines ?? new LineIndex(text);
    this.pathInRepository = relativePath ?? baseName(fileName);
    this.deployment = whole?.deployment ?? config.context ?? fileContext(this.pathInRepository, (search) => textMatches(parsed, search));
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
      // Only a document it keeps (one with a shape key) can come back; a fresh parse's is neither looked up nor kept.
      const kept = shapeKey(document) !== undefined;
      if (kept) this.formatFacts ??= JSON.stringify([this.config.manifest === true, this.fileName, this.parsed.language, firstNamesManifest(this.documents)]);
      const known = kept ? FORMATS.get(document) : undefined;
      if (known && known.facts === this.formatFacts) format = known.format;
      else {
        const manifest = this.config.manifest === true || isManifestDocument(this, document);
        format = manifest ? 'manifest' : detectFormat(document, this.fileName);
        if (kept) FORMATS.set(document, { facts: this.formatFacts!, format });
      }
      this.formats.set(document, format);
    }
    return format;
  }

  /**
   * Every scalar value (not keys) in every document, in text order. Loops
   * over it (here and in rules) are indexed: until V8 optimises a `for…of`,
   * every step makes an iterator result, a quarter of the first lint's
   * allocations on the 10k-line file.
   */
  scalars(): ScalarVisit[] {
    if (!this.scalarList) {
      this.scalarList = [];
      for (const document of this.documents) {
        const visits = this.visitsOf(document);
        for (let i = 0; i < visits.length; i++) this.scalarList.push(visits[i]);
      }
    }
    return this.scalarList;
  }

  /** One document's scalar values, walked once per lint of the whole file (and kept longer with a document the parse cache keeps, visits.ts). */
  visitsOf(document: ParsedDocument): readonly ScalarVisit[] {
    if (this.whole !== this) return this.whole.visitsOf(document);
    let list = this.visitLists.get(document);
    if (!list) {
      // The walk reads nothing outside the document but its format.
      list = document.root ? documentVisits(document, document.root, this.format(document)) : [];
      this.visitLists.set(document, list);
    }
    return list;
  }

  /**
   * Analyses that other modules make once per file (tls/settings.ts), kept
   * with the file. Not in a module's WeakMap keyed by the file: V8's
   * young-generation collections keep a WeakMap's values alive until a full
   * collection, and these values hold the file's whole tree.
   */
  analysis<T>(key: AnalysisKey<T>, make: (file: LintFile) => T): T {
    let value = this.analyses.get(key) as T | undefined;
    if (value === undefined) {
      value = make(this);
      this.analyses.set(key, value);
    }
    return value;
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
    const value = node.value;
    if (typeof value !== 'string') return NO_TARGETS;
    const mayListHosts = visit.role === 'endpoint' || visit.role === 'public-endpoint';
    // Most values (names, levels, paths) can hold no target at all: answered without a lookup by the value.
    if (!mayListHosts && !mayHoldTarget(value)) return NO_TARGETS;
    const cache = (this.targetCache ??= new Map());
    let targets = cache.get(node);
    if (!targets) {
      targets = memoisedTargets(value, mayListHosts && namesHosts(visit.key));
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
      const scalars = this.scalars();
      for (let i = 0; i < scalars.length; i++) {
        const scalar = scalars[i];
        if (!roles.has(scalar.role)) continue;
        const targets = this.targets(scalar);
        for (let j = 0; j < targets.length; j++) {
          const target = targets[j];
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

/** Names one kind of analysis (LintFile.analysis); `T` is what it makes, which is never undefined. */
export interface AnalysisKey<T> {
  readonly name: string;
  /** Never set: ties the key to its value's type. */
  readonly valueType?: T;
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
