/**
 * The lines of the line scanner (yaml-block.ts): moving from one content line
 * to the next, recording the blank and comment lines between, and where the
 * CST puts those lines: with the scalar before them, with the collection
 * that closes after them, or with its parent (parser.js of yaml 2.x).
 */
import type { Comment } from './tree';
import type { ParseMeter } from './yaml';
import { giveUp } from './yaml-fast-tree';
import { isBlankOrEnd, lineBreakAt, skipSpaces, spacesAt } from './yaml-block-scalars';
import { TAB, CARRIAGE_RETURN, HASH, DASH, DOT } from './char-codes';

/** Blank and comment lines after a collection's last value that no node took (the CST's item of `start` tokens only). */
export interface Loose {
  end: number;
  /** The largest indent of a comment among them; -1 if none. */
  deepestComment: number;
}

export class LineReader {
  protected readonly comments: Comment[] = [];
  /** The current content line: its start, its indent (-1 at the end of the text) and its first character. */
  protected lineStart = 0;
  protected indent = -1;
  protected at = 0;
  /** The blank and comment lines before the current content line: their ends and, for comments, indents (-1 for a blank line). */
  protected readonly skippedEnds: number[] = [];
  protected readonly skippedIndents: number[] = [];
  protected skipped = 0;
  protected loose: Loose | null = null;
  protected rootStarted = false;

  constructor(
    protected readonly text: string,
    protected readonly meter: ParseMeter | undefined,
    protected readonly metered: { steps: number },
  ) {}

  /**
   * Moves to the next content line after a scalar or flow collection whose line
   * ends at `lineEnd`, in a collection at `indent`. Comment lines indented
   * deeper than the collection join the node's end when nothing but blank
   * lines came between (parser.js atIndentedComment); the rest are loose.
   */
  protected endOfLine(lineEnd: number, indent: number): number {
    this.nextLine(lineEnd);
    let end = lineEnd;
    let loose: Loose | null = null;
    for (let i = 0; i < this.skipped; i++) {
      const commentIndent = this.skippedIndents[i];
      if (commentIndent > indent && (loose === null || loose.deepestComment < 0)) {
        end = this.skippedEnds[i];
        loose = null;
      } else if (loose === null) loose = { end: this.skippedEnds[i], deepestComment: commentIndent };
      else {
        loose.end = this.skippedEnds[i];
        loose.deepestComment = Math.max(loose.deepestComment, commentIndent);
      }
    }
    this.loose = loose;
    return end;
  }

  /** The blank and comment lines before the current line, taken together: where the last ends and the deepest comment's indent. */
  protected skippedLines(): Loose | null {
    if (this.skipped === 0) return null;
    let deepestComment = -1;
    for (let i = 0; i < this.skipped; i++) deepestComment = Math.max(deepestComment, this.skippedIndents[i]);
    return { end: this.skippedEnds[this.skipped - 1], deepestComment };
  }

  /**
   * Where a collection at `indent` whose last value ends at `lastEnd` ends as it
   * closes: its loose lines stay with it when its indent is not 0 and one of them
   * is a comment at or right of that indent; otherwise they pass to its parent
   * (parser.js pop).
   */
  protected close(indent: number, lastEnd: number): number {
    const loose = this.loose;
    if (loose === null || indent === 0 || loose.deepestComment < indent) return lastEnd;
    this.loose = null;
    return this.endBeforeContent(loose.end);
  }

  /** The end of tokens that reach the current content line: they take the spaces before its first character too (the CST's `space` token). */
  protected endBeforeContent(end: number): number {
    return this.indent >= 0 ? this.at : end;
  }

  protected atSequenceEntry(): boolean {
    return this.text.charCodeAt(this.at) === DASH && isBlankOrEnd(this.text, this.at + 1);
  }

  /** After a node on a line: blanks, maybe a comment after a blank, then the line's end. Returns where the next line starts. */
  protected finishLine(from: number): number {
    const text = this.text;
    const at = skipSpaces(text, from);
    if (at >= text.length) return text.length;
    const code = text.charCodeAt(at);
    const lineBreak = lineBreakAt(text, at);
    if (lineBreak > 0) return at + lineBreak;
    if (code !== HASH || (at === from && !isBlankOrEnd(text, from - 1))) giveUp();
    return this.comment(at);
  }

  /** Records the comment at `at`; returns where the next line starts. */
  protected comment(at: number): number {
    const text = this.text;
    const newline = text.indexOf('\n', at);
    const end = newline < 0 ? text.length : newline;
    // A CRLF line's comment ends before its \r, as CommentCollector reads the lexer's comment token.
    const bodyEnd = text.charCodeAt(end - 1) === CARRIAGE_RETURN ? end - 1 : end;
    const body = text.slice(at, bodyEnd);
    if (body.includes('\r')) giveUp();
    this.comments.push({ offset: at, length: bodyEnd - at, text: body.slice(1).trim() });
    return newline < 0 ? end : end + 1;
  }

  /** Moves to the first content line from `from`, recording the blank and comment lines before it. */
  protected nextLine(from: number): void {
    const text = this.text;
    const length = text.length;
    this.skipped = 0;
    let line = from;
    while (line < length) {
      this.meter?.step();
      this.metered.steps++;
      const at = line + spacesAt(text, line);
      const code = text.charCodeAt(at);
      const lineBreak = lineBreakAt(text, at);
      if (at >= length || lineBreak > 0) {
        line = at >= length ? length : at + lineBreak;
        this.skip(line, -1);
      } else if (code === HASH) {
        const indent = at - line;
        line = this.comment(at);
        this.skip(line, indent);
      } else {
        if (code === TAB || code === CARRIAGE_RETURN) giveUp();
        if (at === line && (code === DASH || code === DOT) && this.rootStarted && isMarker(text, at)) giveUp();
        this.lineStart = line;
        this.indent = at - line;
        this.at = at;
        return;
      }
    }
    this.lineStart = length;
    this.indent = -1;
    this.at = length;
  }

  protected skip(end: number, commentIndent: number): void {
    this.skippedEnds[this.skipped] = end;
    this.skippedIndents[this.skipped] = commentIndent;
    this.skipped++;
  }
}

/** `---` or `...` followed by a blank or the end: a document marker. */
export function isMarker(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return text.charCodeAt(at + 1) === code && text.charCodeAt(at + 2) === code && isBlankOrEnd(text, at + 3);
}
