/**
 * Parsed YAML documents kept between versions of one file, one entry per
 * `---`-separated segment. Typing in one document of a 50-document
 * Kubernetes file then re-parses that document only. Entries not used by the
 * latest parse are dropped, so the cache never outgrows the file.
 *
 * A segment is matched by place: the text before the edit and the text after
 * it are unchanged (text-change.ts), so a segment lying wholly in either is
 * the segment that was there, at the same offset or `delta` further on. Only
 * the segments around the edit are looked up by their text, among the
 * entries that lay there. Hashing every segment's text on every keystroke was
 * most of what a lint of a long file cost. After a parse that the time limit
 * stopped, offsets are mixed, and segments are matched by text alone.
 *
 * Within one parse every entry is handed out at most once: two equal segments
 * (the same document pasted twice) get two entries, each at its own offset,
 * never one set of nodes shifted from the first place to the second.
 *
 * Nothing handed out changes while it is held. A segment that moved (typing in
 * an earlier document) is moved in place only when every caller it was handed
 * to has given it back (release; lint() does, as nothing it returns refers to
 * a node); otherwise it gets a shifted copy (shift.ts) and the holder keeps
 * the original as it was. The copy shares the original's shape key, so the
 * roles of its scalars are not worked out again (visits.ts).
 */
import type { ParsedDocument } from './tree';
import { keepShape, shiftDocument, shiftedCopy } from './shift';
import { shiftDocumentLater } from './deferred-shift';
import { textChange, type TextChange } from './text-change';
import { LineIndex } from '../line-index';

interface Entry {
  documents: ParsedDocument[];
  /** Offset in the file at which the documents' offsets are correct. */
  base: number;
  /** The segment's text: a slice of the file's text as last parsed (no copy), replaced on every parse so that no older text is kept. */
  segment: string;
  /** How many callers hold the documents (handed out, not given back): while any does, they are never changed. */
  loans: number;
  /** The parse that last claimed or made the entry: an entry is handed out once per parse. */
  generation: number;
}

export class ParseCache {
  /** The previous parse's entries; those whose generation is older than the current parse's are unclaimed. */
  private previous: Entry[] = [];
  /** Previous entries by base, while their bases are offsets in `previousText`. */
  private byBase: Map<number, Entry> | undefined;
  /** The text of the last parse that completed, while `byBase` is valid. */
  private previousText: string | undefined;
  /** From `previousText` to the text being parsed. */
  private change: TextChange | undefined;
  /** Candidates for a segment not matched by place, by text: made when first needed in a parse. */
  private byText: Map<string, Entry[]> | undefined;
  private current: Entry[] = [];
  private generation = 0;
  /** Between begin() and end(): a begin() that finds this set follows a parse that threw. */
  private parsing = false;
  /** The list of documents the latest parse returned, until it is given back (release). */
  private handedOut: readonly ParsedDocument[] | undefined;
  /** The line index of the text last asked for (lines()). */
  private lastLines: { text: string; lines: LineIndex } | undefined;
  /** The change changeBetween worked out last. */
  private lastChange: { from: string; to: string; change: TextChange } | undefined;
  /** The entry each document handed out came from, for release. */
  private readonly entryOf = new WeakMap<ParsedDocument, Entry>();
  /** Segments parsed (not reused) by the latest parse; for tests and benchmarks. */
  parsedSegments = 0;
  /** Segments the latest parse had to copy because a caller still held them where they were; for tests and benchmarks. */
  copiedSegments = 0;

  /** Call before a parse of `text`: starts a new generation. */
  begin(text: string): void {
    this.parsedSegments = 0;
    this.copiedSegments = 0;
    if (this.parsing) {
      // The last parse threw (the time limit): what it claimed is at that text's offsets, the rest at the text before.
      this.previous = [...this.previous.filter((entry) => entry.generation !== this.generation), ...this.current];
      this.byBase = undefined;
      this.previousText = undefined;
    }
    this.generation++;
    this.parsing = true;
    this.current = [];
    this.byText = undefined;
    this.change = this.previousText === undefined ? undefined : this.changeBetween(this.previousText, text);
  }

  /** Documents for the segment `[start, end)` of `text`, parsing it with `parse` unless an entry for the same text is unclaimed. */
  get(text: string, start: number, end: number, parse: (segment: string) => ParsedDocument[]): ParsedDocument[] {
    const segment = text.slice(start, end);
    let entry = this.claimByPlace(start, end) ?? this.claimByText(segment, start);
    if (!entry) {
      this.parsedSegments++;
      const documents = parse(segment);
      for (const document of documents) {
        shiftDocument(document, start); // nobody holds these yet
        keepShape(document);
      }
      entry = this.made(documents, start, segment);
    } else if (entry.base !== start && entry.loans > 0) {
      this.copiedSegments++;
      const delta = start - entry.base;
      entry = this.made(
        entry.documents.map((document) => shiftedCopy(document, delta)),
        start,
        segment,
      );
    } else if (entry.base !== start) {
      // Its tree is moved when next read, if ever: typing above a document moves it on every keystroke (deferred-shift.ts).
      for (const document of entry.documents) shiftDocumentLater(document, start - entry.base);
      entry.base = start;
    }
    entry.segment = segment;
    entry.loans++;
    this.current.push(entry);
    return entry.documents;
  }

  /** A new entry; its documents belong to it for good (release finds it from them). */
  private made(documents: ParsedDocument[], base: number, segment: string): Entry {
    const entry: Entry = { documents, base, segment, loans: 0, generation: this.generation };
    for (const document of documents) this.entryOf.set(document, entry);
    return entry;
  }

  /** Call after a parse of `text` that handed out `documents`: keeps only what the parse used. */
  end(text: string, documents: readonly ParsedDocument[]): void {
    this.parsing = false;
    this.handedOut = documents;
    this.previous = this.current;
    this.current = [];
    this.previousText = text;
    this.byBase = new Map();
    for (const entry of this.previous) this.byBase.set(entry.base, entry);
  }

  /**
   * The caller is done with these documents and keeps no reference to any part
   * of them: the cache may move them in place for a later parse. Give back only
   * what you were handed, once.
   */
  release(documents: readonly ParsedDocument[]): void {
    if (documents === this.handedOut) {
      // The latest parse's own list (lint() gives it back whole): its entries, without looking each document up.
      this.handedOut = undefined;
      for (const entry of this.previous) entry.loans = Math.max(0, entry.loans - 1);
      return;
    }
    const entries = new Set<Entry>();
    for (const document of documents) {
      const entry = this.entryOf.get(document);
      if (entry) entries.add(entry);
    }
    for (const entry of entries) entry.loans = Math.max(0, entry.loans - 1);
  }

  /** The text's line index, made from the previous one's where the text is unchanged (a keystroke in a long file). */
  lines(text: string): LineIndex {
    const last = this.lastLines;
    if (last?.text === text) return last.lines;
    const lines = last ? last.lines.changed(text, this.changeBetween(last.text, text)) : new LineIndex(text);
    this.lastLines = { text, lines };
    return lines;
  }

  /** The change between two texts; the last one is kept, as the parse and the line index of one lint ask for the same. */
  private changeBetween(from: string, to: string): TextChange {
    const last = this.lastChange;
    if (last?.from === from && last.to === to) return last.change;
    const change = textChange(from, to);
    this.lastChange = { from, to, change };
    return change;
  }

  /** The previous entry that lay where the segment lies, when the segment lies wholly in text the change did not touch. */
  private claimByPlace(start: number, end: number): Entry | undefined {
    if (!this.change || !this.byBase) return undefined;
    const { prefix, newEnd, delta } = this.change;
    const oldStart = end <= prefix ? start : start >= newEnd ? start - delta : undefined;
    if (oldStart === undefined) return undefined;
    const entry = this.byBase.get(oldStart);
    if (!entry || entry.generation === this.generation || entry.segment.length !== end - start) return undefined;
    entry.generation = this.generation;
    return entry;
  }

  /** An unclaimed entry for the same text, the one already at `base` if there is one. */
  private claimByText(segment: string, base: number): Entry | undefined {
    this.byText ??= this.textCandidates();
    const candidates = this.byText.get(segment)?.filter((candidate) => candidate.generation !== this.generation);
    if (!candidates || candidates.length === 0) return undefined;
    const entry = candidates.find((candidate) => candidate.base === base) ?? candidates[0];
    entry.generation = this.generation;
    return entry;
  }

  /** Unclaimed entries by text: those around the change (the others are matched by place), or all when offsets are mixed. */
  private textCandidates(): Map<string, Entry[]> {
    const candidates = new Map<string, Entry[]>();
    const change = this.change;
    for (const entry of this.previous) {
      if (entry.generation === this.generation) continue;
      if (change && this.byBase && (entry.base > change.oldEnd || entry.base + entry.segment.length < change.prefix)) continue;
      const list = candidates.get(entry.segment);
      if (list) list.push(entry);
      else candidates.set(entry.segment, [entry]);
    }
    return candidates;
  }
}
