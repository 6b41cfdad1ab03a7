/**
 * A string that holds no larger string it was cut from, for what outlives the
 * lint that read it: the keys and values of memos shared across files.
 *
 * Why: V8 makes a slice of 13 characters or more (`text.slice`, and so every
 * parsed scalar) a view of the string it was cut from, which then lives as
 * long as the slice. A memo keeping one value of a file therefore kept the
 * file's whole text: the value-targets memo alone held 1,629 of the bench's
 * 2,000 texts (3.9 MB) at the end of a CLI run. Joined to another string, the
 * value is copied into a new one (V8 flattens the pair before slicing it), so
 * the slice that comes back holds only that copy.
 */
const SHORTEST_VIEW = 13;

export function ownCopy(value: string): string {
  return value.length < SHORTEST_VIEW ? value : ` ${value}`.slice(1);
}
