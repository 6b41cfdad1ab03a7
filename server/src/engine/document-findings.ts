/**
 * Rule reports kept per YAML document between lints of one open file, so
 * that typing in one document of a 50-document Kubernetes file runs the
 * rules on that document only (the parse cache already re-parses only it).
 *
 * What a rule reports on one document depends on that document, its format
 * and a few facts of the whole file: the configuration, the file's name and
 * path, the date, its deployment context, its line ending (for fixes),
 * whether it is an NHS file, and the stack's own networks (LintFile.whole). Kept reports are used again only
 * while all of those are unchanged. A rule that reads other documents
 * (`meta.readsWholeFile`) is never run this way.
 *
 * The parse cache hands out the same document object while its text is
 * unchanged, moved when text before it changed: kept reports are keyed by
 * that object and move with it (as copies: findings already handed out keep
 * their offsets). The per-rule filters (silenced, duplicates, the cap) run
 * again over the merged reports, so the findings are the whole-file lint's.
 */
import type { Finding, LintConfig } from './types';
import type { ParsedDocument } from './parse/tree';
import type { DocumentFormat } from './formats';
import type { AnyRule, Report } from './rule';
import { RuleReports, runRule, type RuleRun } from './rule-reports';
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
}

export class DocumentFindings {
  private readonly entries = new WeakMap<ParsedDocument, Entry>();
  private facts: FileFacts | undefined;
  /** Documents whose rules ran (their reports were not kept from before) in the latest lint; for tests and benchmarks. */
  checkedDocuments = 0;

  /** The findings of these rules (enabled, none reading the whole file) on every document of the run's file. */
  check(run: RuleRun, rules: readonly AnyRule[]): Finding[] {
    const { file, config } = run;
    const facts = this.factsOf(run, rules);
    const entries = file.documents.map((document) => this.kept(document, facts, file.format(document)));
    const changed = file.documents.filter((_, index) => entries[index] === undefined);
    this.checkedDocuments = changed.length;
    const made = this.checkChanged(run, facts, changed);
    const merged = rules.map((rule) => new RuleReports(file, rule));
    const dropped = rules.map(() => 0);
    file.documents.forEach((document, index) => {
      const entry = entries[index] ?? made.get(document)!;
      entry.reports.forEach(({ kept, dropped: past }, rule) => {
        for (const report of kept) merged[rule].add(report);
        dropped[rule] += past;
      });
    });
    return merged.flatMap((reports, index) => reports.findings(config, reports.dropped + dropped[index]));
  }

  /** The reports kept for the document, moved to where it is now; undefined when it or a fact it depends on changed. */
  private kept(document: ParsedDocument, facts: FileFacts, format: DocumentFormat): Entry | undefined {
    const kept = this.entries.get(document);
    if (!kept || kept.facts !== facts || kept.format !== format) return undefined;
    if (kept.offset !== document.offset) {
      const delta = document.offset - kept.offset;
      kept.reports = kept.reports.map(({ kept: reports, dropped }) => ({ kept: reports.map((report) => moved(report, delta)), dropped }));
      kept.offset = document.offset;
    }
    return kept;
  }

  /**
   * Runs the rules on the changed documents, rule by rule as a whole-file
   * lint does, so that when the time limit stops a rule the ones before it
   * are complete everywhere. A document's reports are kept for the next lint
   * only when every rule finished on it.
   */
  private checkChanged(run: RuleRun, facts: FileFacts, documents: readonly ParsedDocument[]): Map<ParsedDocument, Entry> {
    const views = documents.map((document) => run.file.forDocument(document));
    const results = views.map(() => [] as RuleReports[]);
    for (const rule of facts.rules) views.forEach((view, index) => results[index].push(runRule(run, rule, view)));
    const made = new Map<ParsedDocument, Entry>();
    documents.forEach((document, index) => {
      const reports = results[index].map(({ kept, dropped }) => ({ kept, dropped }));
      const entry: Entry = { facts, format: run.file.format(document), offset: document.offset, reports };
      made.set(document, entry);
      if (results[index].every((result) => result.complete)) this.entries.set(document, entry);
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

/** A copy of the report `delta` characters further on, its fixes' edits too. */
function moved(report: Report<string>, delta: number): Report<string> {
  const copy = { ...report, offset: report.offset + delta };
  if (report.fixes) copy.fixes = report.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((edit) => ({ ...edit, offset: edit.offset + delta })) }));
  return copy;
}
