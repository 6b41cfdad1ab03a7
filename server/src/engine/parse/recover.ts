/**
 * One finding per real syntax defect, and the rest of the file still checked.
 * A YAML parser that meets a mistake reports it, then usually more errors that
 * are only its own confusion (often the first on a comment line). So each
 * round takes the first error, moves it off blank and comment lines to where
 * the text really went wrong, sets that line and the lines nested under it
 * aside (same-length spaces, so offsets stay right) and parses again, until
 * the text parses; after the first round, only as much of the text as settles
 * where the next defect is (nextProbe). Template files have their tags set
 * aside first.
 */
import { parseYamlDocuments, type ParseMeter, type TextEnd } from './yaml';
import { parseYamlInPieces } from './yaml-pieces';
import { parseOrdinaryYaml, skippingSteps } from './yaml-fast';
import { parseBlockYaml } from './yaml-block';
import { blankTemplateTags, firstTemplateTag } from './template-text';
import { isCascading, type ParsedDocument, type SyntaxProblem } from './tree';

/** Enough for any file a person would fix by hand; bounds the re-parses of a hopeless one. */
const MAX_DEFECTS = 20;

let prefixRounds = true;

/** Turns the prefix parses of later rounds off or on (on by default); the differential tests compare the two. Returns the previous state. */
export function setRecoveryPrefixes(on: boolean): boolean {
  const previous = prefixRounds;
  prefixRounds = on;
  return previous;
}

export function parseYamlSegment(text: string, meter?: ParseMeter): ParsedDocument[] {
  // A huge plain document is read in pieces (memory); whenever that might differ from the whole parse, it is parsed whole.
  const pieces = parseYamlInPieces(text, meter);
  if (pieces) return pieces;
  // Ordinary YAML is read a line at a time (yaml-block.ts), or else built straight from the syntax tree (yaml-fast.ts);
  // anything else is composed. The meter is stepped once for each line or lexeme, whichever is more, in all.
  const lines = { steps: 0 };
  const scanned = parseBlockYaml(text, meter, lines);
  if (scanned) return scanned;
  const fast = { steps: 0 };
  const ordinary = parseOrdinaryYaml(text, skippingSteps(meter, lines.steps), fast);
  if (ordinary) return ordinary;
  let documents = parseYamlDocuments(text, skippingSteps(meter, Math.max(lines.steps, fast.steps)));
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
  // The last parse of `working` or of a prefix of it (none once `working` changed after it): a parse of all of it is the result.
  let probe: Probe | undefined = { documents, end: working.length };
  let first = cascadingFrom(documents, 0);
  for (let round = 0; round < MAX_DEFECTS; round++) {
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
    if (round + 1 === MAX_DEFECTS) {
      probe = undefined;
      break;
    }
    probe = nextProbe(working, line.start, guessNext(probe, previous.end, working.length), meter);
    first = cascadingFrom(probe.documents, 0);
  }
  documents = probe?.end === working.length ? probe.documents : parseYamlDocuments(working, meter);
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

/** The earliest cascading problem at or after `offset`. */
function cascadingFrom(documents: readonly ParsedDocument[], offset: number): SyntaxProblem | undefined {
  let first: SyntaxProblem | undefined;
  for (const document of documents)
    for (const problem of document.problems) if (isCascading(problem) && problem.offset >= offset && (!first || problem.offset < first.offset)) first = problem;
  return first;
}

/** A parse of `text` up to `end` (its length when whole). */
interface Probe {
  documents: ParsedDocument[];
  end: number;
}

/** Where the next defect probably is, from the parse before the block was set aside: its next error, if any (undefined: probably none left). */
function guessNext(stale: Probe, blockEnd: number, length: number): number | undefined {
  const next = cascadingFrom(stale.documents, blockEnd);
  if (next) return next.offset;
  return stale.end < length ? stale.end : undefined;
}

/** Past the guess, a prefix first takes this much more; each prefix that settles nothing is followed by one this many times longer. */
const FIRST_WINDOW = 256;
const GROWTH = 4;

/**
 * The parse that finds the first cascading problem of `text` after the line at `from` was set aside. Block
 * YAML before a line at the left margin (a new top-level entry) parses the same whatever follows it, so a
 * round need only parse a prefix ending there, past the guess. That holds only while no flow collection or
 * root scalar is open at the cut and no line before it starts a document, directive or root flow collection
 * (firstStructuralLine, endsAtRest; recover-prefix.property.test.ts compares with whole-text rounds). A
 * problem reaching into the prefix's last entry might be the cut's own doing (a quoted scalar opened on an
 * indented line runs on over lines at the margin), so only one wholly before it settles the round; otherwise a
 * prefix GROWTH times as long is tried. No prefix is longer than half the text (past that the whole is parsed), so a round
 * costs at most 5/3 of the whole parse each round used to be, and much less when the guess is right and the
 * defects are early or close together (a 2.8 KB file of cascading errors cost 30 times a clean one).
 */
function nextProbe(text: string, from: number, guess: number | undefined, meter: ParseMeter | undefined): Probe {
  if (prefixRounds && guess !== undefined) {
    // A prefix settles nothing unless a line at the margin lies between `from` and its end.
    let cut = Math.max(marginLineAtOrAfter(text, marginLineAtOrAfter(text, from + 1) + 1), marginLineAtOrAfter(text, Math.max(from, guess) + FIRST_WINDOW));
    const limit = firstStructuralLine(text);
    while (cut * 2 <= text.length && cut < limit) {
      const end = { openFlows: 0 };
      const documents = parseYamlDocuments(text.slice(0, cut), meter, end);
      const first = cascadingFrom(documents, 0);
      if (first && first.offset + first.length <= marginLineBefore(text, cut) && endsAtRest(documents, end)) return { documents, end: cut };
      cut = marginLineAtOrAfter(text, cut * GROWTH);
    }
  }
  return { documents: parseYamlDocuments(text, meter), end: text.length };
}

/**
 * The first line at the margin that starts a document or directive, or a flow collection, quoted or block
 * scalar at the root, or closes a flow collection: what follows such a line can change how the text before it
 * parses (a directive's error depends on the document after it), so no prefix reaches it.
 */
function firstStructuralLine(text: string): number {
  for (let start = 0; start < text.length;) {
    const char = text[start];
    if ('%[]{}"\'|>'.includes(char) || ((char === '-' || char === '.') && /^(?:---|\.\.\.)(?:[ \t\r\n]|$)/.test(text.slice(start, start + 4)))) return start;
    const newline = text.indexOf('\n', start);
    if (newline < 0) break;
    start = newline + 1;
  }
  return text.length;
}

/**
 * Whether what follows the prefix cannot change how it parsed: no flow collection is open at the cut (in a
 * JSON-like document lines at the margin sit inside one), and the last document is not a root scalar (a
 * block or plain scalar at the root may go on at the margin).
 */
function endsAtRest(documents: readonly ParsedDocument[], end: TextEnd): boolean {
  const root = documents[documents.length - 1]?.root;
  return end.openFlows === 0 && root?.kind !== 'scalar';
}

/** The start of the first line at or after `offset` that begins with content at the left margin (the text's length if none). */
function marginLineAtOrAfter(text: string, offset: number): number {
  let start = offset <= 0 ? 0 : text.indexOf('\n', offset - 1) + 1;
  while (start > 0 && start < text.length) {
    if (startsAtMargin(text, start)) return start;
    start = text.indexOf('\n', start) + 1;
  }
  return text.length;
}

/** The start of the last line before `cut` that begins with content at the left margin (0 if none). */
function marginLineBefore(text: string, cut: number): number {
  let start = cut;
  do start = start < 2 ? 0 : text.lastIndexOf('\n', start - 2) + 1;
  while (start > 0 && !startsAtMargin(text, start));
  return start;
}

function startsAtMargin(text: string, start: number): boolean {
  const char = text[start];
  return char !== undefined && char !== ' ' && char !== '\t' && char !== '\n' && char !== '\r' && char !== '#';
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
