/**
 * Code actions for our diagnostics: the rule's own fixes, then "Disable
 * <rule> for this line" and "Show documentation for <rule>" for every
 * finding, "Fix all safe problems" when the file has several safe
 * fixes, and the `source.fixAll.internetFirst` action asked for on save.
 *
 * A diagnostic is trusted when its `data` was computed for the document's
 * current version. Otherwise (Neovim 0.7 drops `data`; a diagnostic from an
 * older version has stale offsets) the document is linted again and the
 * finding with the same rule id and the same range stands in for it. When
 * nothing matches, no action is offered: a missing action is better than an
 * edit in the wrong place.
 */
import { type CodeAction, CodeActionKind, type Diagnostic, type TextEdit } from './protocol-library';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Finding, LanguageId, ParseCache } from '../engine';
import { DIAGNOSTIC_SOURCE, DiagnosticData, findingRange, toLspFix, type FixData } from './diagnostics';
import { workspaceEdit } from './edits';
import { FIX_ALL_KIND } from './protocol';
import { documentationAction, fixAllCommandAction, waiverAction } from './waiver-actions';

export interface CodeActionRequest {
  document: TextDocument;
  /** Our language for the document (undefined: not ours). */
  languageId: LanguageId | undefined;
  /** The document's parse cache (spares the waiver check a parse of the unchanged text). */
  parseCache?: ParseCache;
  /** The diagnostics the client sent in the request's context. */
  diagnostics: readonly Diagnostic[];
  /** `context.only` from the request. */
  only?: readonly string[];
  /** Whether the client accepts `documentChanges` (versioned edits) in a WorkspaceEdit. */
  supportsDocumentChanges: boolean;
  /** A client-side command that opens a URL (VS Code's `vscode.open`); otherwise the server's own command. */
  openUrlCommand: string | undefined;
  /** Findings with a safe fix in the document's latest lint: "Fix all" is offered when there are two or more. */
  fixableCount: number;
  /** Lints a document snapshot; called at most once per request, and only when needed. */
  lint: (snapshot: TextDocument) => Promise<readonly Finding[]>;
  /** The single edit that applies every safe fix to a snapshot, or undefined when there is none. */
  fixAll: (snapshot: TextDocument) => Promise<TextEdit | undefined>;
}

/** A diagnostic read back against the current text. */
interface ResolvedDiagnostic {
  diagnostic: Diagnostic;
  ruleId: string;
  line: number;
  fixes: FixData[];
}

/** Whether `kind` is among the kinds asked for; with `explicitOnly`, an unfiltered request does not count. */
export function wantsKind(only: readonly string[] | undefined, kind: string, explicitOnly = false): boolean {
  if (only === undefined) return !explicitOnly;
  return only.some((asked) => asked === CodeActionKind.Empty || asked === kind || kind.startsWith(`${asked}.`));
}

/** True when the client asked for no particular kinds, or for a kind that covers quick fixes. */
export function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  return wantsKind(only, CodeActionKind.QuickFix);
}

export async function codeActions(request: CodeActionRequest): Promise<CodeAction[]> {
  // The open document is updated in place as edits arrive, also while this handler awaits the
  // settings. All edits are computed on, and versioned for, the text as it was at the request.
  const document = snapshotOf(request.document);
  const actions: CodeAction[] = [];
  if (wantsQuickFixes(request.only)) actions.push(...(await quickFixes(request, document)));
  if (wantsKind(request.only, FIX_ALL_KIND, true)) {
    const edit = await request.fixAll(document);
    if (edit !== undefined) {
      actions.push({
        title: 'Fix all safe Internet First problems',
        kind: FIX_ALL_KIND,
        edit: workspaceEdit(document, [edit], request.supportsDocumentChanges),
      });
    }
  }
  return actions;
}

async function quickFixes(request: CodeActionRequest, document: TextDocument): Promise<CodeAction[]> {
  const ours = request.diagnostics.filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE);
  if (ours.length === 0) return [];
  let findings: Promise<readonly Finding[]> | undefined;
  const lintOnce = (): Promise<readonly Finding[]> => (findings ??= request.lint(document));

  const resolved: ResolvedDiagnostic[] = [];
  for (const diagnostic of ours) {
    const found = await resolve(diagnostic, document, lintOnce);
    if (found !== undefined) resolved.push(found);
  }

  const actions: CodeAction[] = [];
  for (const { diagnostic, fixes } of resolved) {
    for (const fix of fixes) {
      if (fix.edits.length === 0) continue;
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.isPreferred,
        edit: workspaceEdit(document, fix.edits, request.supportsDocumentChanges),
      });
    }
  }
  if (request.fixableCount > 1 && resolved.some(({ fixes }) => fixes.some((fix) => fix.isPreferred))) {
    actions.push(fixAllCommandAction(document));
  }
  // One waiver per rule and line, one documentation link per rule, each naming every diagnostic it covers.
  const byRuleAndLine = groupBy(resolved, ({ ruleId, line }) => `${ruleId}\u0000${line}`);
  for (const group of byRuleAndLine) {
    const diagnostics = group.map((r) => r.diagnostic);
    const action = waiverAction(document, request.languageId, group[0].ruleId, group[0].line, diagnostics, request.supportsDocumentChanges, request.parseCache);
    if (action !== undefined) actions.push(action);
  }
  for (const group of groupBy(resolved, ({ ruleId }) => ruleId)) {
    actions.push(
      documentationAction(
        group[0].ruleId,
        group.map((r) => r.diagnostic),
        request.openUrlCommand,
      ),
    );
  }
  return actions;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.values()];
}

function snapshotOf(document: TextDocument): TextDocument {
  return TextDocument.create(document.uri, document.languageId, document.version, document.getText());
}

async function resolve(
  diagnostic: Diagnostic,
  document: TextDocument,
  lintDocument: () => Promise<readonly Finding[]>,
): Promise<ResolvedDiagnostic | undefined> {
  const ruleId = String(diagnostic.code);
  const data = DiagnosticData.from(diagnostic.data);
  if (data !== undefined && data.version === document.version) {
    return { diagnostic, ruleId, line: diagnostic.range.start.line, fixes: data.fixes };
  }
  const finding = (await lintDocument()).find((candidate) => candidate.ruleId === ruleId && sameRange(findingRange(candidate, document), diagnostic.range));
  if (finding === undefined) return undefined;
  return { diagnostic, ruleId, line: diagnostic.range.start.line, fixes: (finding.fixes ?? []).map((fix) => toLspFix(fix, document)) };
}

function sameRange(a: Diagnostic['range'], b: Diagnostic['range'] | undefined): boolean {
  return (
    b !== undefined &&
    a.start.line === b.start.line &&
    a.start.character === b.start.character &&
    a.end.line === b.end.line &&
    a.end.character === b.end.character
  );
}
