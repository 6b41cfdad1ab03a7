/**
 * Parsed YAML documents kept between versions of one file, keyed by the text
 * of the `---`-separated segment they came from. Typing in one document of a
 * 50-document Kubernetes file then re-parses that document only. Entries not
 * used by the latest parse are dropped, so the cache never outgrows the file.
 *
 * Within one parse every entry is handed out at most once: two equal segments
 * (the same document pasted twice) get two entries, each at its own offset,
 * never one set of nodes shifted from the first place to the second. Nothing
 * handed out is changed afterwards: a segment that moved (typing in an earlier
 * document) gets a shifted copy of its documents (shift.ts), which shares its
 * shape key with the original, so the roles of its scalars are not worked out
 * again (context.ts). A caller may keep a parse as long as it likes.
 */
import type { ParsedDocument } from './tree';
import { keepShape, shiftDocument, shiftedCopy } from './shift';

interface Entry {
  readonly documents: ParsedDocument[];
  /** Offset in the file at which the documents were parsed, where their offsets are correct. */
  readonly base: number;
}

export class ParseCache {
  /** Entries of the previous parse not yet claimed by the current one, by segment text. */
  private previous = new Map<string, Entry[]>();
  private current = new Map<string, Entry[]>();
  /** Segments parsed (not reused) by the latest parse; for tests and benchmarks. */
  parsedSegments = 0;

  /** Documents for a segment at `base`, parsing it with `parse` unless an unclaimed entry for the same text is cached. */
  get(segment: string, base: number, parse: (segment: string) => ParsedDocument[]): ParsedDocument[] {
    let entry = this.claim(segment, base);
    if (!entry) {
      this.parsedSegments++;
      const documents = parse(segment);
      // Nobody holds these yet: moved in place.
      for (const document of documents) {
        shiftDocument(document, base);
        keepShape(document);
      }
      entry = { documents, base };
    }
    const claimed = this.current.get(segment);
    if (claimed) claimed.push(entry);
    else this.current.set(segment, [entry]);
    if (entry.base === base) return entry.documents;
    // The entry keeps the documents as first parsed and each parse gets its own copy, which the cache does not keep:
    // copies of a 10,000-line file live for one lint and die young, where keeping each to copy from the next time
    // made the garbage collector move every one of them to the old generation (about 40% more CPU per keystroke).
    return entry.documents.map((document) => shiftedCopy(document, base - entry.base));
  }

  /** Call before a parse: starts a new generation. */
  begin(): void {
    this.parsedSegments = 0;
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
