/**
 * Applying fixes to text: edits sorted, a fix whose edits overlap an earlier
 * fix's is dropped whole (it is applied on a later pass, against fresh
 * findings, if it still applies), and each fix is all or nothing.
 */
import type { Fix, TextEdit } from './types';

export interface AppliedFixes {
  text: string;
  applied: number;
  skipped: number;
}

export function applyFixes(text: string, fixes: readonly Fix[]): AppliedFixes {
  const accepted: TextEdit[] = [];
  let skipped = 0;
  const ordered = [...fixes].sort((a, b) => firstOffset(a) - firstOffset(b));
  for (const fix of ordered) {
    const clash = fix.edits.some((edit) => accepted.some((other) => overlap(edit, other)));
    const valid = fix.edits.every((edit) => edit.offset >= 0 && edit.offset + edit.length <= text.length);
    if (clash || !valid) {
      skipped++;
      continue;
    }
    accepted.push(...fix.edits);
  }
  accepted.sort((a, b) => b.offset - a.offset);
  let result = text;
  for (const edit of accepted) result = result.slice(0, edit.offset) + edit.newText + result.slice(edit.offset + edit.length);
  return { text: result, applied: ordered.length - skipped, skipped };
}

function firstOffset(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.offset));
}

/** Two edits clash when their ranges intersect, or both insert at the same point (order would be a guess). */
function overlap(a: TextEdit, b: TextEdit): boolean {
  if (a.offset === b.offset) return true;
  return a.offset < b.offset + b.length && b.offset < a.offset + a.length;
}
