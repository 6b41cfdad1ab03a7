/**
 * One remembered value per object, kept on the object itself (under a symbol
 * no other code knows) instead of in a WeakMap keyed by it. Like a WeakMap's
 * entry it lives exactly as long as the object; unlike one, the young
 * generation's collector frees it with the object.
 *
 * Why: V8's scavenger (the collection that runs every few megabytes of
 * allocation) treats a WeakMap's values as strong, and only a full
 * mark-compact drops an entry whose key nothing else holds. A value that
 * refers back to its key (a document's visits hold the document, a file's TLS
 * settings locate their text through the file) therefore kept its key,
 * and with it the file's whole parse tree, alive through every scavenge: each
 * tree was promoted to the old generation and freed only at the next
 * mark-compact. On the bench's 2,000 files that was 40 of the 60 MB the CLI
 * promoted, and most of its peak RSS (docs/performance.md, "Memory").
 *
 * For values that do not refer back to their key a WeakMap is as good.
 */
export class MemoOnKey<K extends object, V> {
  private readonly slot: symbol;

  constructor(description: string) {
    this.slot = Symbol(description);
  }

  get(key: K): V | undefined {
    return (key as Record<symbol, V | undefined>)[this.slot];
  }

  set(key: K, value: V): void {
    // Not enumerable: a copy made by spreading the key (parse/shift.ts's shiftedCopy) must not take the memo along.
    Object.defineProperty(key, this.slot, { value, writable: true, configurable: true, enumerable: false });
  }
}
