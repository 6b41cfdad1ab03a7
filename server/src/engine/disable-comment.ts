/**
 * "Disable <rule> for this line" as an edit that an editor applies in one
 * keystroke: the suppression comment of docs/suppressions.md, written where
 * the engine will read it back. In order of preference:
 *
 *   1. a waiver already covering the line gets the rule added to its list;
 *   2. `  # internet-first-disable-line <rule> -- <reason>` appended to the line;
 *   3. `# internet-first-disable-next-line <rule> -- <reason>` on a new line
 *      above, at the line's own indentation;
 *   4. failing all of those (a line inside a block scalar or a multi-line
 *      string, where no comment can go), `internet-first-disable-file` at the
 *      top of the file.
 *
 * Every candidate is checked by parsing the edited text: it must add no
 * syntax error, leave every key and value as it was, keep every other waiver
 * on its line, and yield a waiver that covers the line and names the rule.
 * So a comment that would land inside a block scalar or a quoted string, or
 * break a flow collection, is never offered. Plain `.json` has no comments
 * (VS Code flags them), so nothing is offered there.
 */
import { LintFile } from './context';
import { LineIndex } from './line-index';
import { MAX_FILE_BYTES } from './limits';
import { parseText } from './parse';
import type { ParseCache } from './parse/cache';
import type { Node, ParsedDocument } from './parse/tree';
import { getRule } from './rules';
import type { Suppression, SuppressionScope } from './suppressions';
import type { Fix, LanguageId, TextEdit } from './types';

/** Written after ` -- ` for the person to replace with the real reason. */
export const REASON_PLACEHOLDER = '<reason>';

export interface DisableCommentRequest {
  text: string;
  languageId: LanguageId;
  /** 0-based line the finding starts on (the line a waiver must cover). */
  line: number;
  ruleId: string;
  /** The document's parse cache, when `text` is the document's own text: spares one parse. */
  cache?: ParseCache;
}

interface Candidate {
  title: string;
  edit: TextEdit;
  /** The waiver the edited text must hold. */
  expect: { scope: SuppressionScope; line: number };
  /** Line before which every existing waiver moved down one line (the edit inserted a line there). */
  insertedLineAt?: number;
  /** True when the edit extends an existing waiver rather than adding one. */
  extends: boolean;
}

interface Analysis {
  file: LintFile;
  problems: number;
  fingerprint: string;
}

/** The fix that waives `ruleId` on `line`, or undefined when no comment can do it safely. */
export function disableRuleFix(request: DisableCommentRequest): Fix | undefined {
  const { text, languageId, ruleId } = request;
  const rule = getRule(ruleId);
  // Findings about the waivers themselves are judged after waivers apply: a comment cannot silence them.
  if (rule === undefined || rule.meta.reviewsSuppressions || languageId === 'json' || text.length > MAX_FILE_BYTES) return undefined;
  const original = analyse(text, languageId, request.cache);
  if (request.line < 0 || request.line >= original.file.lines.lineCount) return undefined;
  for (const candidate of candidates(request, original)) {
    if (holds(candidate, request, original)) return { title: candidate.title, edits: [candidate.edit], kind: 'waiver', applicability: 'display-only' };
  }
  return undefined;
}

function* candidates(request: DisableCommentRequest, original: Analysis): Generator<Candidate> {
  const { languageId, ruleId, line } = request;
  const { file } = original;
  const marker = languageId === 'yaml' ? '#' : '//';
  const lineTitle = `Disable ${ruleId} for this line`;
  const waivers = file.suppressions;
  const extendable = (s: Suppression): boolean => s.rules.length > 0 && s.until === undefined && !s.rules.some((r) => r.id === ruleId);

  const coveringLine = waivers.find((s) => s.scope !== 'file' && s.line === line && extendable(s));
  if (coveringLine) yield extension(coveringLine, ruleId, lineTitle, { scope: coveringLine.scope, line });

  const lineStart = file.lines.lineStart(line);
  const lineText = file.lines.lineText(line);
  const lineEnd = lineStart + lineText.length;
  const hasComment = file.documents.some((d) => d.comments.some((c) => c.offset < lineEnd && c.offset + c.length > lineStart));
  if (!hasComment) {
    const contentEnd = lineStart + lineText.trimEnd().length;
    yield {
      title: lineTitle,
      edit: { offset: contentEnd, length: lineEnd - contentEnd, newText: `  ${marker} ${directive('line', ruleId)}` },
      expect: { scope: 'line', line },
      extends: false,
    };
  }

  // A next-line waiver above already targets this line; a new line between them would break it.
  if (!waivers.some((s) => s.scope === 'next-line' && s.line === line)) {
    const indentation = /^[ \t]*/.exec(lineText)![0];
    yield {
      title: lineTitle,
      edit: { offset: lineStart, length: 0, newText: `${indentation}${marker} ${directive('next-line', ruleId)}${lineBreakOf(file.text, line)}` },
      expect: { scope: 'next-line', line: line + 1 },
      insertedLineAt: line,
      extends: false,
    };
  }

  const fileTitle = `Disable ${ruleId} for this file`;
  const fileWaiver = waivers.find((s) => s.scope === 'file' && extendable(s));
  if (fileWaiver) yield extension(fileWaiver, ruleId, fileTitle, { scope: 'file', line: 0 });
  yield {
    title: fileTitle,
    edit: { offset: 0, length: 0, newText: `${marker} ${directive('file', ruleId)}${lineBreakOf(file.text, 0)}` },
    expect: { scope: 'file', line: 0 },
    insertedLineAt: 0,
    extends: false,
  };
}

function directive(scope: SuppressionScope, ruleId: string): string {
  return `internet-first-disable-${scope} ${ruleId} -- ${REASON_PLACEHOLDER}`;
}

/** `, rule` after the last rule the waiver names. */
function extension(waiver: Suppression, ruleId: string, title: string, expect: Candidate['expect']): Candidate {
  const last = waiver.rules[waiver.rules.length - 1];
  return { title, edit: { offset: last.offset + last.length, length: 0, newText: `, ${ruleId}` }, expect, extends: true };
}

/** The line break the file uses after `line` (or its first one), so a new line matches its neighbours. */
function lineBreakOf(text: string, line: number): string {
  const lines = new LineIndex(text);
  const end = line + 1 < lines.lineCount ? lines.lineStart(line + 1) : text.length;
  const own = /\r\n|\r|\n$/.exec(text.slice(lines.lineStart(line), end))?.[0];
  return own ?? /\r\n|\r|\n/.exec(text)?.[0] ?? '\n';
}

function holds(candidate: Candidate, request: DisableCommentRequest, original: Analysis): boolean {
  const { edit } = candidate;
  const edited = request.text.slice(0, edit.offset) + edit.newText + request.text.slice(edit.offset + edit.length);
  const after = analyse(edited, request.languageId);
  if (after.problems > original.problems || after.fingerprint !== original.fingerprint) return false;

  const waives = after.file.suppressions.some(
    (s) =>
      s.scope === candidate.expect.scope &&
      (s.scope === 'file' || s.line === candidate.expect.line) &&
      s.until === undefined &&
      s.rules.some((r) => r.id === request.ruleId),
  );
  if (!waives) return false;

  // Every waiver that was there still covers the same line (moved down with it when a line was inserted above).
  const added = candidate.extends ? 0 : 1;
  if (after.file.suppressions.length !== original.file.suppressions.length + added) return false;
  if (candidate.extends) return true;
  const shifted = (line: number): number => (candidate.insertedLineAt !== undefined && line >= candidate.insertedLineAt ? line + 1 : line);
  const remaining = new Set(after.file.suppressions.map(signature));
  return original.file.suppressions.every((s) => remaining.has(signature({ ...s, line: shifted(s.line) })));
}

function signature(waiver: Pick<Suppression, 'scope' | 'line' | 'rules' | 'until'>): string {
  const line = waiver.scope === 'file' ? '' : String(waiver.line);
  return `${waiver.scope}:${line}:${waiver.rules.map((r) => r.id).join(',')}:${waiver.until ?? ''}`;
}

function analyse(text: string, languageId: LanguageId, cache?: ParseCache): Analysis {
  const parsed = parseText(text, languageId, cache);
  const file = new LintFile(text, languageId, parsed, undefined);
  const problems = parsed.documents.reduce((total, document) => total + document.problems.length, 0);
  return { file, problems, fingerprint: parsed.documents.map(documentFingerprint).join('\n---\n') };
}

/** Keys and values without positions: equal before and after an edit that only added a comment. */
function documentFingerprint(document: ParsedDocument): string {
  const parts: string[] = [];
  const stack: Array<Node | string> = document.root ? [document.root] : [];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.anchor !== undefined) parts.push(`&${item.anchor}`);
    if (item.kind === 'scalar') parts.push(`s${item.tag ?? ''}${JSON.stringify(item.value)}`);
    else if (item.kind === 'alias') parts.push(`*${item.source}`);
    else if (item.kind === 'seq') stack.push(']', ...[...item.items].reverse(), '[');
    else {
      stack.push('}');
      for (let i = item.pairs.length - 1; i >= 0; i--) {
        const pair = item.pairs[i];
        stack.push(pair.value ?? 'null', `k${JSON.stringify(pair.key.value)}`);
      }
      stack.push('{');
    }
  }
  return parts.join(' ');
}
