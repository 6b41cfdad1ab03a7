/**
 * The aggregated figures of an estate: what `report --format json` writes and
 * what the HTML and Markdown views are drawn from. Bounded by design: counts
 * per service and rule, capped lists for people to read, and one short hash
 * per open finding so the next report can tell fixed, new and still open.
 */

export const REPORT_SCHEMA_VERSION = 1;
/** The longest list (HSCN, waivers, parse failures, sample findings) the report keeps; the count beyond is kept too. */
export const LIST_LIMIT = 2000;
/** Findings kept per service for the table's links. */
export const SAMPLE_LIMIT = 10;
/** Waivers and exemptions ending within this many days are listed. */
export const EXPIRY_WINDOW_DAYS = 90;

export type Level = 'error' | 'warning' | 'note';

export interface LevelCounts {
  error: number;
  warning: number;
  note: number;
}

export interface FindingRef {
  ruleId: string;
  level: Level;
  file: string;
  line: number;
  message: string;
  /** Link to the file and line on the forge, when the SARIF names the repository. */
  url?: string;
}

export interface ServiceFigures {
  repository: string;
  service: string;
  repositoryUrl?: string;
  revision?: string;
  counts: LevelCounts;
  /** Findings a waiver suppressed (not counted above). */
  waived: number;
  /** Files the linter could not check. */
  parseFailures: number;
  byRule: Record<string, number>;
  ready: boolean;
  sample: FindingRef[];
}

export interface HscnDependency extends FindingRef {
  repository: string;
  service: string;
  host: string;
  /** The internet name that replaces it, where the linter knows one. */
  internetEquivalent?: string;
}

export interface ExpiringItem extends Omit<FindingRef, 'level' | 'message'> {
  kind: 'waiver' | 'exemption';
  repository: string;
  service: string;
  /** YYYY-MM-DD, or the text written when it is not a date. */
  expires: string;
  expired: boolean;
  reason?: string;
}

export interface ParseFailure {
  repository: string;
  service: string;
  file: string;
  message: string;
  url?: string;
}

/** A SARIF file that could not be read, or a path that does not exist. */
export interface InputProblem {
  input: string;
  message: string;
}

export interface Totals {
  services: number;
  ready: number;
  repositories: number;
  errors: number;
  warnings: number;
  notes: number;
  waived: number;
  hscnDependencies: number;
  expiring: number;
  parseFailures: number;
}

export interface CappedList<T> {
  items: T[];
  /** How many more there were than `items` holds. */
  omitted: number;
}

export interface TrendPoint extends Totals {
  date: string;
}

export interface Changes {
  /** The report compared with (the latest --previous). */
  since: string;
  /** Current minus previous, per figure. */
  delta: Totals;
  fixed: number;
  new: number;
  stillOpen: number;
}

export interface EstateReport {
  schemaVersion: number;
  tool: { name: string; version: string };
  /** YYYY-MM-DD the report is for. */
  date: string;
  totals: Totals;
  byRule: Record<string, LevelCounts>;
  byCategory: Record<string, number>;
  services: ServiceFigures[];
  hscn: CappedList<HscnDependency>;
  expiring: CappedList<ExpiringItem>;
  parseFailures: CappedList<ParseFailure>;
  inputs: { read: number; problems: InputProblem[] };
  /** Earlier reports then this one, oldest first. */
  trend: TrendPoint[];
  changes?: Changes;
  /** One 16-hex-digit hash per open finding (repository, file and fingerprint), sorted. */
  fingerprints: string[];
}

/** Rule -> the policy area a programme lead tracks. */
export const CATEGORIES: Record<string, string> = {
  'private-address': 'Addresses',
  'loopback-address': 'Addresses',
  'reserved-address': 'Addresses',
  'unspecified-address': 'Addresses',
  'documentation-address': 'Addresses',
  'non-public-hostname': 'DNS names',
  'hscn-only-endpoint': 'HSCN dependencies',
  'insecure-url': 'TLS',
  'tls-disabled': 'TLS',
  'tls-verification-disabled': 'TLS',
  'weak-tls-version': 'TLS',
  'missing-tls': 'TLS',
  'network-location-trust': 'Trust by location',
};
export const CATEGORY_ORDER = ['Addresses', 'DNS names', 'HSCN dependencies', 'TLS', 'Trust by location', 'Other'];

export function categoryOf(ruleId: string): string {
  return CATEGORIES[ruleId] ?? 'Other';
}

export function emptyTotals(): Totals {
  return { services: 0, ready: 0, repositories: 0, errors: 0, warnings: 0, notes: 0, waived: 0, hscnDependencies: 0, expiring: 0, parseFailures: 0 };
}
