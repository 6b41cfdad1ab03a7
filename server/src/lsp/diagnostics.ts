/**
 * Engine findings -> LSP diagnostics. The fixes travel inside
 * `Diagnostic.data`, already converted to LSP ranges, so that the code-action
 * handler can build edits from the request alone (no fix cache, no matching on
 * message text), as ruff does.
 */
import { Diagnostic, DiagnosticSeverity, Range, TextEdit } from './protocol-library';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { docsUrl, type Finding, type Fix, type Severity } from '../engine';

export const DIAGNOSTIC_SOURCE = 'internet-first';

export interface FixData {
  title: string;
  /** Only a safe fix is preferred (applied by "Auto Fix" and fix-all); unsafe and display-only ones are offered for a person to choose. */
  isPreferred: boolean;
  edits: TextEdit[];
}

export interface DiagnosticData {
  /**
   * The document version the edits were computed for. The code-action handler
   * uses them only while the document is still at this version; otherwise it
   * lints again, because offsets from an older text would corrupt the new one.
   */
  version: number;
  fixes: FixData[];
}

const severityToLsp: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

export function toLspFix(fix: Fix, document: TextDocument): FixData {
  return {
    title: fix.title,
    isPreferred: fix.applicability === 'safe',
    edits: fix.edits.map((edit) =>
      TextEdit.replace(Range.create(document.positionAt(edit.offset), document.positionAt(edit.offset + edit.length)), edit.newText),
    ),
  };
}

/** The finding's range in the document's own line model, so it matches the fix edits exactly. */
export function findingRange(finding: Finding, document: TextDocument): Range {
  return Range.create(document.positionAt(finding.range.start.offset), document.positionAt(finding.range.end.offset));
}

export function toDiagnostic(finding: Finding, document: TextDocument): Diagnostic {
  const data: DiagnosticData = {
    version: document.version,
    fixes: (finding.fixes ?? []).map((fix) => toLspFix(fix, document)),
  };
  return {
    range: findingRange(finding, document),
    severity: severityToLsp[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export namespace DiagnosticData {
  /** Reads `Diagnostic.data` back from a client; undefined when missing or not ours (clients may drop or mangle it). */
  export function from(value: unknown): DiagnosticData | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const candidate = value as Partial<Record<keyof DiagnosticData, unknown>>;
    if (!Number.isInteger(candidate.version) || !Array.isArray(candidate.fixes)) return undefined;
    const fixes: FixData[] = [];
    for (const fix of candidate.fixes as unknown[]) {
      const parsed = fixFrom(fix);
      if (parsed === undefined) return undefined;
      fixes.push(parsed);
    }
    return { version: candidate.version as number, fixes };
  }

  function fixFrom(value: unknown): FixData | undefined {
    if (typeof value !== 'object' || value === null) return undefined;
    const fix = value as Partial<Record<keyof FixData, unknown>>;
    if (typeof fix.title !== 'string' || typeof fix.isPreferred !== 'boolean' || !Array.isArray(fix.edits)) {
      return undefined;
    }
    if (!fix.edits.every((edit) => TextEdit.is(edit))) return undefined;
    return { title: fix.title, isPreferred: fix.isPreferred, edits: fix.edits as TextEdit[] };
  }
}
