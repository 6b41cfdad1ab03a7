/**
 * How sure we are of a piece of HSCN knowledge, after the catalogue's
 * markers: [C] confirmed in a primary source, [T] from a secondary source
 * only, [U] inferred and not confirmed. Findings say it in words, and rules
 * report the [T] and [U] ones more quietly (the catalogue asks that they be
 * verified before they ship as errors).
 */
import type { Severity } from '../types';

export type Certainty = 'confirmed' | 'secondary' | 'inferred';

export interface Sourced {
  certainty: Certainty;
  /** Where the fact comes from, in words a reader can look up (messages quote it for confirmed and inferred facts). */
  source: string;
}

/** A phrase for a message: "confirmed by …", "reported by a third-party source, not confirmed by NHS England", "inferred from …, not confirmed". */
export function describeCertainty(fact: Sourced): string {
  switch (fact.certainty) {
    case 'confirmed':
      return `confirmed by ${fact.source}`;
    case 'secondary':
      return 'reported by a third-party source, not confirmed by NHS England';
    case 'inferred':
      return `inferred from ${fact.source}, not confirmed`;
  }
}

/** Confirmed facts keep the rule's default severity; the others are warnings. */
export function severityFor(fact: Sourced): Severity | undefined {
  return fact.certainty === 'confirmed' ? undefined : 'warning';
}
