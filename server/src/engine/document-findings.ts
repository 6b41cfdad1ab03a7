/**
 * Rule reports kept per YAML document between lints of one open file, so
 * that typing in one document of a 50-document Kubernetes file runs the
 * rules on that document only (the parse cache already re-parses only it).
 *
 * What a rule reports on one document depends on that document, its format
 * and a few facts of the whole file: the configuration, the file's name and
 * path, the date, its deployment context, its line ending (for fixes),
 * whether it is an NHS file, and the stack's own networks (LintFile.whole).
 * Kept reports are used again only while all of those are unchanged. A rule that reads other documents
 * (`meta.readsWholeFile`) is never run this way.
 *
 * The parse cache hands out the same document object while its text is
 * unchanged, moved when text before it changed: kept reports are keyed by
 * that object and move with it (as copies: findings already handed out keep
 * their offsets). The per-rule filters (silenced, duplicates, the cap) run
 * again over the merged reports, so the findings are the whole-file lint's.
 */
import type { Finding, LintConfig, TextEdit } from './types';
import type { ParsedDocument } from './parse/tree';
import type { DocumentFormat } from './formats';
import type { AnyRule, Report } from './rule';
import { RuleReports, ruleSetting, runRule, toFinding, truncationNote, type RuleRun } from './rule-reports';
import { MAX_FINDINGS_PER_RULE } from './limits';
import { isNhsContext } from './nhs';
import { stackIdentity } from './rules/address/stack-network';
import { lineEnding } from './fixes/layout';

interface FileFacts {
  rules: readonly AnyRule[];
  /** Everything else a document's reports depend on, as one string. */
  key: string;
}

interface Entry {
  facts: FileFacts;
  format: DocumentFormat;
  /** The document's offset when these reports were made. */
  offset: number;
  /** Per rule, in the order run: the reports kept on this document and how many were past the cap. */
  reports: Array<{ kept: readonly Report<string>[]; dropped: number }>;
  /**
   * Every report lies within the document's own text, so none can be the
   * same finding as another document's: the findings need no comparing.
   */
  inside: boolean;
  /** The rules (their indices) that reported something on the document or dropped something past the cap: none on most documents of a long file. */
  reporting: number[];
  /** The findings made from the reports, per rule, and where the document was (offset, line) when they were made. */
  made?: { offset: number; line: number; character: number; findings: Finding[][] };
}

export class DocumentFindings {
  private readonly entries = new WeakMap<ParsedDocument, Entry>();
  private facts: FileFacts | undefined;
  /** Documents whose rules ran (their reports were not kept from before) in the latest lint; for tests and benchmarks. */
  checkedDocuments = 0;

  /** The findings of these rules (enabled, none reading the whole file) on every document of the run's file. */
  check(run: RuleRun, rules: readonly AnyRule[]): Finding[] {
    const { file } = run;
    const facts = this.factsOf(run, rules);
    const kept = file.documents.map((document) => this.kept(document, facts, file.format(document)));
    const changed = file.documents.filter((_, index) => kept[index] === undefined);
    this.checkedDocuments = changed.length;
    const made = this.checkChanged(run, facts, changed);
    const entries = file.documents.map((document, index) => kept[index] ?? made.get(document)!);
    return entries.every((entry) => entry.inside) ? this.concatenated(run, rules, entries) : this.compared(run, rules, entries);
  }

  /**
   * Each rule's findings, document after document, up to the per-rule cap:
   * when every report lies within its own document no two can be one
   * finding, so each document's findings are made once and only moved after.
   */
  private concatenated(run: RuleRun, rules: readonly AnyRule[], entries: readonly Entry[]): Finding[] {
    const { file, config } = run;
    const perRule = rules.map(() => [] as Finding[]);
    const dropped = rules.map(() => 0);
    entries.forEach((entry, index) => {
      // Nothing to add, and no need to find where the document now starts.
      if (entry.reporting.length === 0) return;
      const made = findingsOf(run, rules, file.documents[index], entry);
      for (const rule of entry.reporting) {
        const findings = made[rule];
        const room = Math.max(0, MAX_FINDINGS_PER_RULE - perRule[rule].length);
        for (let i = 0; i < findings.length && i < room; i++) perRule[rule].push(findings[i]);
        dropped[rule] += entry.reports[rule].dropped + Math.max(0, findings.length - room);
      }
    });
    return rules.flatMap((rule, index) =>
      dropped[index] > 0 ? [...perRule[index], ...truncationNote(file, config, rule.meta.id, dropped[index])] : perRule[index],
    );
  }

  /** Each rule's findings from all documents' reports, compared as a whole-file lint compares them (a report outside its document). */
  private compared(run: RuleRun, rules: readonly AnyRule[], entries: readonly Entry[]): Finding[] {
    const { file, config } = run;
    const merged = rules.map((rule) => new RuleReports(file, rule));
    const dropped = rules.map(() => 0);
    entries.forEach((entry, index) => {
      reportsAt(entry, file.documents[index].offset).forEach(({ kept, dropped: past }, rule) => {
        for (const report of kept) merged[rule].report(report);
        dropped[rule] += past;
      });
    });
    return merged.flatMap((reports, index) => reports.findings(config, reports.dropped + dropped[index]));
  }

  /** The entry kept for the document; undefined when it or a fact it depends on changed. */
  private kept(document: ParsedDocument, facts: FileFacts, format: DocumentFormat): Entry | undefined {
    const kept = this.entries.get(document);
    return kept && kept.facts === facts && kept.format === format ? kept : undefined;
  }

  /**
   * Runs the rules on the changed documents, rule by rule as a whole-file
   * lint does, so that when the time limit stops a rule the ones before it
   * are complete everywhere. A document's reports are kept for the next lint
   * only when every rule finished on it and all of them lie within it.
   */
  private checkChanged(run: RuleRun, facts: FileFacts, documents: readonly ParsedDocument[]): Map<ParsedDocument, Entry> {
    const views = documents.map((document) => run.file.forDocument(document));
    const results = views.map(() => [] as RuleReports[]);
    for (const rule of facts.rules) views.forEach((view, index) => results[index].push(runRule(run, rule, view)));
    const made = new Map<ParsedDocument, Entry>();
    documents.forEach((document, index) => {
      const reports = results[index].map(({ kept, dropped }) => ({ kept, dropped }));
      const inside = reports.every(({ kept }) => kept.every((report) => within(document, report)));
      const reporting = reports.flatMap(({ kept, dropped }, rule) => (kept.length > 0 || dropped > 0 ? [rule] : []));
      const entry: Entry = { facts, format: run.file.format(document), offset: document.offset, reports, inside, reporting };
      made.set(document, entry);
      // A report outside its document belongs to the file, not to the document: it would not move with it, so it is not kept.
      if (inside && results[index].every((result) => result.complete)) this.entries.set(document, entry);
      else this.entries.delete(document);
    });
    return made;
  }

  /** This lint's facts: the previous object while nothing changed, so that kept entries compare by identity. */
  private factsOf(run: RuleRun, rules: readonly AnyRule[]): FileFacts {
    const { file } = run;
    const facts = [configKey(run.config), file.languageId, file.fileName, file.pathInRepository, run.today, file.deployment];
    // Fixes write the file's line ending (fixes/layout.ts), whichever document they are in.
    const key = JSON.stringify([...facts, lineEnding(file.text), isNhsContext(file), stackIdentity(file)]);
    const previous = this.facts;
    if (previous && previous.key === key && sameRules(previous.rules, rules)) return previous;
    return (this.facts = { rules, key });
  }
}

/** A configuration's content: read on every lint, as a caller may change the object it passed before. */
function configKey(config: LintConfig): string {
  return JSON.stringify(config);
}

function sameRules(a: readonly AnyRule[], b: readonly AnyRule[]): boolean {
  return a.length === b.length && a.every((rule, index) => rule === b[index]);
}

/** Whether the report's range lies in the document's text (an empty range at its very end belongs to the next). */
function within(document: ParsedDocument, report: Report<string>): boolean {
  const end = document.offset + document.length;
  return report.offset >= document.offset && report.offset < end && report.offset + report.length <= end;
}

/** The entry's reports moved to the document's offset (as copies; the entry keeps them there). */
function reportsAt(entry: Entry, offset: number): Entry['reports'] {
  if (entry.offset !== offset) {
    const delta = offset - entry.offset;
    entry.reports = entry.reports.map(({ kept, dropped }) => ({ kept: kept.map((report) => moved(report, delta)), dropped }));
    entry.offset = offset;
  }
  return entry.reports;
}

/**
 * The entry's findings for the document where it is now: the ones made
 * before when it has not moved, moved copies when it moved by whole lines
 * (a document starts a line, so its columns are unchanged), else made anew.
 */
function findingsOf(run: RuleRun, rules: readonly AnyRule[], document: ParsedDocument, entry: Entry): Finding[][] {
  const { file, config } = run;
  const start = file.lines.position(document.offset);
  const made = entry.made;
  // The same place: offset, line and column (a `---` after a U+2028 starts a document mid-line, where the text before it may change).
  if (made && made.offset === document.offset && made.line === start.line && made.character === start.character) return made.findings;
  let findings: Finding[][];
  if (made && start.character === 0 && made.character === 0) {
    // Both at a line start: the document moved by whole lines, and every column in it is as it was.
    // Empty lists (most rules, on most documents) are shared, not copied: nothing adds to them.
    findings = made.findings.map((list) =>
      list.length === 0 ? list : list.map((finding) => movedFinding(finding, document.offset - made.offset, start.line - made.line)),
    );
  } else {
    findings = reportsAt(entry, document.offset).map(({ kept }, index) => {
      const severity = ruleSetting(config, rules[index].meta.id).severity;
      return kept.map((report) => toFinding(file, rules[index], report, severity));
    });
  }
  entry.made = { offset: document.offset, line: start.line, character: start.character, findings };
  return findings;
}

function movedFinding(finding: Finding, delta: number, lines: number): Finding {
  const { start, end } = finding.range;
  const copy: Finding = {
    ...finding,
    range: {
      start: { line: start.line + lines, character: start.character, offset: start.offset + delta },
      end: { line: end.line + lines, character: end.character, offset: end.offset + delta },
    },
  };
  if (finding.fixes) copy.fixes = movedFixes(finding.fixes, delta);
  return copy;
}

/** A copy of the report `delta` characters further on, its fixes' edits too. */
function moved(report: Report<string>, delta: number): Report<string> {
  const copy = { ...report, offset: report.offset + delta };
  if (report.fixes) copy.fixes = movedFixes(report.fixes, delta);
  return copy;
}

/** Copies of fixes (a finding's or a report's) with every edit `delta` characters further on. */
function movedFixes<F extends { edits: readonly TextEdit[] }>(fixes: readonly F[], delta: number): F[] {
  return fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, offset: edit.offset + delta })) }));
}
