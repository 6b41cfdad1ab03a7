/**
 * Parsed YAML documents kept between versions of one file, keyed by the text
 * of the `---`-separated segment they came from. Typing in one document of a
 * 50-document Kubernetes file then re-parses that document only. Entries not
 * used by the latest parse are dropped, so the cache never outgrows the file.
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

interface Entry {
  documents: ParsedDocument[];
  /** Offset in the file at which the documents' offsets are correct. */
  base: number;
  /** How many callers hold the documents (handed out, not given back): while any does, they are never changed. */
  loans: number;
}

export class ParseCache {
  /** Entries of the previous parse not yet claimed by the current one, by segment text. */
  private previous = new Map<string, Entry[]>();
  private current = new Map<string, Entry[]>();
  /** The entry each document handed out came from, for release. */
  private readonly entryOf = new WeakMap<ParsedDocument, Entry>();
  /** Segments parsed (not reused) by the latest parse; for tests and benchmarks. */
  parsedSegments = 0;
  /** Segments the latest parse had to copy because a caller still held them where they were; for tests and benchmarks. */
  copiedSegments = 0;

  /** Documents for a segment at `base`, parsing it with `parse` unless an unclaimed entry for the same text is cached. */
  get(segment: string, base: number, parse: (segment: string) => ParsedDocument[]): ParsedDocument[] {
    let entry = this.claim(segment, base);
    if (!entry) {
      this.parsedSegments++;
      const documents = parse(segment);
      for (const document of documents) {
        shiftDocument(document, base); // nobody holds these yet
        keepShape(document);
      }
      entry = { documents, base, loans: 0 };
    } else if (entry.base !== base && entry.loans > 0) {
      this.copiedSegments++;
      entry = { documents: entry.documents.map((document) => shiftedCopy(document, base - entry!.base)), base, loans: 0 };
    } else if (entry.base !== base) {
      // Its tree is moved when next read, if ever: typing above a document moves it on every keystroke (deferred-shift.ts).
      for (const document of entry.documents) shiftDocumentLater(document, base - entry.base);
      entry.base = base;
    }
    entry.loans++;
    for (const document of entry.documents) this.entryOf.set(document, entry);
    const claimed = this.current.get(segment);
    if (claimed) claimed.push(entry);
    else this.current.set(segment, [entry]);
    return entry.documents;
  }

  /**
   * The caller is done with these documents and keeps no reference to any part
   * of them: the cache may move them in place for a later parse. Give back only
   * what you were handed, once.
   */
  release(documents: readonly ParsedDocument[]): void {
    const entries = new Set<Entry>();
    for (const document of documents) {
      const entry = this.entryOf.get(document);
      if (entry) entries.add(entry);
    }
    for (const entry of entries) entry.loans = Math.max(0, entry.loans - 1);
  }

  /** Call before a parse: starts a new generation. */
  begin(): void {
    this.parsedSegments = 0;
    this.copiedSegments = 0;
    this.previous = mergeUnclaimed(this.previous, this.current);
    this.current = new Map();
  }

  /** Call after a parse: keeps only what the parse used. */
  end(): void {
    this.previous = new Map();
  }

  /** An entry of the previous parse for this text, the one already at `base` if there is one, removed so nothing else claims it. */
  private claim(segment: string, base: number): Entry | undefined {
    const candidates = this.previous.get(segment);
    if (!candidates || candidates.length === 0) return undefined;
    const exact = candidates.findIndex((candidate) => candidate.base === base);
    const [entry] = candidates.splice(exact >= 0 ? exact : 0, 1);
    if (candidates.length === 0) this.previous.delete(segment);
    return entry;
  }
}

/**
 * What the next parse may reuse: the entries the last completed parse used.
 * After a parse that threw (no end()), `previous` still holds its unclaimed
 * entries and `current` the claimed ones; both are whole, unshared documents.
 */
function mergeUnclaimed(previous: Map<string, Entry[]>, current: Map<string, Entry[]>): Map<string, Entry[]> {
  if (previous.size === 0) return current;
  for (const [segment, entries] of current) {
    const list = previous.get(segment);
    if (list) list.push(...entries);
    else previous.set(segment, entries);
  }
  return previous;
}
