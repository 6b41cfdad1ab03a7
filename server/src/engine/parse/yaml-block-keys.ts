/**
 * Repeated keys for the line scanner (yaml-block.ts), which gives up on one:
 * the Composer reports it. Keys are equal as keyIdentity says (the same type
 * and text), compared directly while a map is small and through a set of
 * identities once it is not, so that ordinary maps make no identity strings.
 */
import type { Pair, ScalarValue } from './tree';
import { keyIdentity } from './yaml';

const COMPARED_UP_TO = 16;
const identities = new WeakMap<Pair[], Set<string>>();

/** Whether a key equal to `value` is among the pairs (each key is checked before its pair is added). */
export function repeatsKey(pairs: Pair[], value: ScalarValue): boolean {
  if (pairs.length < COMPARED_UP_TO) {
    for (const pair of pairs) if (sameKey(pair.key.value, value)) return true;
    return false;
  }
  let seen = identities.get(pairs);
  if (!seen) {
    seen = new Set(pairs.map((pair) => keyIdentity(pair.key.value)));
    identities.set(pairs, seen);
  }
  const identity = keyIdentity(value);
  if (seen.has(identity)) return true;
  seen.add(identity);
  return false;
}

/** keyIdentity(a) === keyIdentity(b), without the strings: `===`, except that NaN equals NaN. */
function sameKey(a: ScalarValue, b: ScalarValue): boolean {
  return a === b || (typeof a === 'number' && typeof b === 'number' && Number.isNaN(a) && Number.isNaN(b));
}
