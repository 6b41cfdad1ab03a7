/**
 * One finding per real syntax defect, and the rest of the file still checked.
 * A YAML parser that meets a mistake reports it, then usually more errors that
 * are only its own confusion (often the first on a comment line). So each
 * round takes the first error, moves it off blank and comment lines to where
 * the text really went wrong, sets that line and the lines nested under it
 * aside (same-length spaces, so offsets stay right) and parses again, until
 * the text parses. Template files have their tags set aside first.
 */
import { parseYamlDocuments, type ParseMeter } from './yaml';
import { parseYamlInPieces } from './yaml-pieces';
import { parseOrdinaryYaml, skippingSteps } from './yaml-fast';
import { blankTemplateTags, firstTemplateTag } from './template-text';
import type { ParsedDocument, SyntaxProblem } from './tree';

/** Enough for any file a person would fix by hand; bounds the re-parses of a hopeless one. */
const MAX_DEFECTS = 20;
/** Errors after which the parser's tree is still right: each one is its own defect, nothing to set aside. */
const SELF_CONTAINED = new Set(['DUPLICATE_KEY', 'BAD_ALIAS', 'TAG_RESOLVE_FAILED', 'BAD_DIRECTIVE', 'RESOURCE_EXHAUSTION']);

export function parseYamlSegment(text: string, meter?: ParseMeter): ParsedDocument[] {
  // A huge plain document is read in pieces (memory); whenever that might differ from the whole parse, it is parsed whole.
  const pieces = parseYamlInPieces(text, meter);
  if (pieces) return pieces;
  // Ordinary YAML is built straight from the syntax tree (yaml-fast.ts); anything else is composed, its lexemes metered once in all.
  const fast = { steps: 0 };
  const ordinary = parseOrdinaryYaml(text, meter, fast);
  if (ordinary) return ordinary;
  let documents = parseYamlDocuments(text, skippingSteps(meter, fast.steps));
  if (!documents.some((document) => document.problems.some(isCascading))) return documents;

  let working = text;
  const template = firstTemplateTag(text);
  if (template) {
    working = blankTemplateTags(text);
    documents = parseYamlDocuments(working, meter);
  }
  const defects: SyntaxProblem[] = [];
  const setAside = new Set<number>();
  let previous: { problem: SyntaxProblem; end: number } | undefined;
  for (let round = 0; round < MAX_DEFECTS; round++) {
    const first = documents
      .flatMap((document) => document.problems)
      .filter(isCascading)
      .sort((a, b) => a.offset - b.offset)[0];
    if (!first) break;
    const line = contentLineFrom(working, first.offset);
    if (setAside.has(line.start)) break;
    setAside.add(line.start);
    // The same error again on the very next line is the same defect still unfolding (an unclosed `[` swallows line after line).
    const continues = previous !== undefined && previous.problem.code === first.code && working.slice(previous.end, line.start).trim() === '';
    if (!continues)
      defects.push({
        ...first,
        offset: Math.max(first.offset, line.start + line.indent),
        length: first.offset >= line.start ? first.length : line.end - line.start - line.indent,
      });
    working = setAsideBlock(working, line);
    previous = { problem: first, end: blockEnd(working, line) };
    documents = parseYamlDocuments(working, meter);
  }
  for (const document of documents) {
    const end = document.offset + document.length;
    const mine = defects.filter(
      (defect, index) => (defect.offset >= document.offset && defect.offset < end) || (index === 0 && document === documents[0] && defect.offset >= end),
    );
    document.problems = [...mine, ...document.problems.filter((problem) => !isCascading(problem))].sort((a, b) => a.offset - b.offset);
    if (template) document.template = { ...template };
  }
  return documents;
}

function isCascading(problem: SyntaxProblem): boolean {
  return problem.kind === undefined && problem.code !== undefined && !SELF_CONTAINED.has(problem.code);
}

interface Line {
  start: number;
  end: number;
  indent: number;
}

/** The line holding `offset`, or the next line with content when that one is blank or a comment. */
function contentLineFrom(text: string, offset: number): Line {
  let start = text.lastIndexOf('\n', offset - 1) + 1;
  let fallback: Line | undefined;
  while (start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline < 0 ? text.length : newline;
    const content = text.slice(start, end);
    const indent = content.length - content.trimStart().length;
    const line = { start, end, indent };
    fallback ??= line;
    if (content.trim() !== '' && !content.trimStart().startsWith('#')) return line;
    start = end + 1;
  }
  return fallback ?? { start: offset, end: offset, indent: 0 };
}

/** Where the block set aside with `line` ends: the lines after it indented as far or further (its children, and siblings orphaned with it). */
function blockEnd(text: string, line: Line): number {
  let end = line.end;
  while (end < text.length) {
    const next = text.indexOf('\n', end + 1);
    const lineEnd = next < 0 ? text.length : next;
    const content = text.slice(end + 1, lineEnd);
    const indent = content.length - content.trimStart().length;
    // At the left margin the next line is a new top-level entry, never an orphan of this one.
    if (content.trim() !== '' && !content.trimStart().startsWith('#') && (indent < line.indent || (indent === 0 && line.indent === 0))) break;
    end = lineEnd;
  }
  return end;
}

/** Spaces over the block, keeping line breaks. */
function setAsideBlock(text: string, line: Line): string {
  const end = blockEnd(text, line);
  return text.slice(0, line.start) + text.slice(line.start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
