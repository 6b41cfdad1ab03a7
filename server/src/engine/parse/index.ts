/**
 * Text into a ParsedFile. YAML is split into `---` segments first: a line
 * starting with `---` always begins a new document in YAML 1.2 (it ends even a
 * block scalar), so segments parse independently and can be cached.
 */
import type { LanguageId } from '../types';
import type { ParsedDocument, ParsedFile } from './tree';
import { parseJsonDocument } from './json';
import { parseYamlSegment } from './recover';
import type { ParseMeter } from './yaml';
import { shiftDocument } from './shift';
import type { ParseCache } from './cache';

/** `meter`: the linter's time limit for YAML (it throws when the time is up; a cache keeps the segments parsed before). */
export function parseText(text: string, languageId: LanguageId, cache?: ParseCache, meter?: ParseMeter): ParsedFile {
  if (languageId !== 'yaml') return { language: 'json', text, documents: jsonDocuments(text) };
  cache?.begin(text);
  const documents: ParsedDocument[] = [];
  for (const { start, end } of yamlSegments(text)) {
    if (cache) documents.push(...cache.get(text, start, end, (segment) => parseYamlSegment(segment, meter)));
    else documents.push(...parseYamlSegment(text.slice(start, end), meter).map((document) => (shiftDocument(document, start), document)));
  }
  cache?.end(text, documents);
  return { language: 'yaml', text, documents };
}

/** Enough for an import file of concatenated documents; bounds the work on a hopeless one. */
const MAX_JSON_DOCUMENTS = 1000;

/**
 * One JSON value, or several one after another (a MongoDB import file, JSON
 * Lines): each later value becomes its own document, checked like the first,
 * instead of an "end of file expected" error hiding them all.
 */
function jsonDocuments(text: string): ParsedDocument[] {
  const documents: ParsedDocument[] = [];
  let start = 0;
  for (let count = 0; count < MAX_JSON_DOCUMENTS; count++) {
    const document = parseJsonDocument(text.slice(start));
    shiftDocument(document, start);
    documents.push(document);
    const next = document.problems[0];
    if (
      document.root === null ||
      !next ||
      next.code !== 'EndOfFileExpected' ||
      document.problems.length > 1 ||
      !/^[{[]/.test(text.slice(next.offset, next.offset + 1))
    )
      break;
    document.problems = [];
    document.length = next.offset - start;
    start = next.offset;
  }
  return documents;
}

export function yamlSegments(text: string): Array<{ start: number; end: number }> {
  // Directives (`%YAML`, `%TAG`) belong to the document after them; keep such files whole.
  if (hasDirectiveLine(text)) return [{ start: 0, end: text.length }];
  const starts = [0];
  for (let at = text.indexOf('---', 1); at !== -1; at = text.indexOf('---', at + 1)) if (isDocumentStart(text, at)) starts.push(at);
  const segments: Array<{ start: number; end: number }> = [];
  let segmentStart = 0;
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1] : text.length;
    if (end < text.length && !hasContent(text, segmentStart, end)) continue;
    segments.push({ start: segmentStart, end });
    segmentStart = end;
  }
  return segments;
}

/*
 * The two scans below are what `/^%/m` and `/^---(?=[ \t\r\n]|$)/gm` match, found with indexOf: on every keystroke
 * the segments of the whole file are found again, and the regular expressions took 1.5 ms a lint of a 1 MB file
 * (indexOf skips to the next candidate many times faster). `^` and `$` in multiline mode are next to any
 * ECMAScript line terminator, U+2028 and U+2029 included.
 */

/** Whether a line of the text starts with `%` (`/^%/m`). */
function hasDirectiveLine(text: string): boolean {
  for (let at = text.indexOf('%'); at !== -1; at = text.indexOf('%', at + 1)) if (at === 0 || isLineTerminator(text.charCodeAt(at - 1))) return true;
  return false;
}

/** Whether the `---` at `at` starts a line and is followed by a blank, a line break or the end (`/^---(?=[ \t\r\n]|$)/m`). */
function isDocumentStart(text: string, at: number): boolean {
  if (!isLineTerminator(text.charCodeAt(at - 1))) return false;
  const after = at + 3;
  if (after === text.length) return true;
  const code = text.charCodeAt(after);
  return code === 32 || code === 9 || isLineTerminator(code);
}

function isLineTerminator(code: number): boolean {
  return code === 10 || code === 13 || code === 0x2028 || code === 0x2029;
}

/**
 * A segment with nothing but blanks and comments is glued to the next, as the
 * parser would. A line has content when its first character that
 * String.prototype.trim would keep is not `#`. Read in place: copying and
 * splitting every segment on every keystroke was a copy of the whole file.
 */
function hasContent(text: string, start: number, end: number): boolean {
  let atLineStart = true;
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) atLineStart = true;
    else if (atLineStart && !isTrimmedAway(code)) {
      if (code !== 35 /* # */) return true;
      atLineStart = false;
    }
  }
  return false;
}

/** The characters String.prototype.trim removes (white space and line terminators), other than \n and \r. */
function isTrimmedAway(code: number): boolean {
  return (
    code === 9 ||
    code === 11 ||
    code === 12 ||
    code === 32 ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
