/**
 * Parsed YAML documents kept between versions of one file, keyed by the text
 * of the `---`-separated segment they came from. Typing in one document of a
 * 50-document Kubernetes file then re-parses that document only. Entries not
 * used by the latest parse are dropped, so the cache never outgrows the file.
 */
import type { ParsedDocument } from './tree';
import { shiftDocument } from './shift';

interface Entry {
  documents: ParsedDocument[];
  /** Offset in the file at which the cached documents' offsets are currently correct. */
  base: number;
}

export class ParseCache {
  private entries = new Map<string, Entry>();
  private next = new Map<string, Entry>();
  /** Segments parsed (not reused) by the latest parse; for tests and benchmarks. */
  parsedSegments = 0;

  /** Documents for a segment at `base`, parsing it with `parse` unless cached. */
  get(segment: string, base: number, parse: (segment: string) => ParsedDocument[]): ParsedDocument[] {
    let entry = this.entries.get(segment) ?? this.next.get(segment);
    if (!entry) {
      this.parsedSegments++;
      entry = { documents: parse(segment), base: 0 };
    }
    if (entry.base !== base) {
      for (const document of entry.documents) shiftDocument(document, base - entry.base);
      entry.base = base;
    }
    this.next.set(segment, entry);
    return entry.documents;
  }

  /** Call before a parse: starts a new generation. */
  begin(): void {
    this.parsedSegments = 0;
    this.next = new Map();
  }

  /** Call after a parse: keeps only what the parse used. */
  end(): void {
    this.entries = this.next;
  }
}
