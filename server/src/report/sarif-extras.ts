/**
 * The SARIF pieces the estate report reads beyond what code scanning needs:
 * the repository the tree comes from, and waivers as suppressed results.
 */
import type * as Sarif from 'sarif';
import type { Provenance } from './provenance';

export interface SarifResult {
  ruleId: string;
  level: Sarif.Result.level;
  message: { text: string };
  [key: string]: unknown;
}

/** The rules whose `data` the estate report reads: an HSCN host's internet name, an exemption's expiry. */
const REPORT_DATA_RULES: ReadonlySet<string> = new Set(['hscn-only-endpoint', 'network-location-trust']);

/** `data` for the estate report, only where it reads it (the rest would only make every SARIF file bigger). */
export function reportData(finding: { ruleId: string; data?: Record<string, string | number> }): { data?: Record<string, string | number> } {
  return finding.data && REPORT_DATA_RULES.has(finding.ruleId) ? { data: finding.data } : {};
}

/**
 * `mappedTo` says where the repository root lies relative to `%SRCROOT%` (the
 * folder the tool ran in), so `mappedTo` + a result's URI is its path in the repository.
 */
export function versionControlDetails(provenance: Provenance): Sarif.VersionControlDetails {
  const depth = provenance.prefix.split('/').filter(Boolean).length;
  return {
    repositoryUri: provenance.repositoryUri,
    ...(provenance.revisionId ? { revisionId: provenance.revisionId } : {}),
    ...(provenance.branch ? { branch: provenance.branch } : {}),
    mappedTo: { uri: depth === 0 ? './' : '../'.repeat(depth), uriBaseId: '%SRCROOT%' },
    // The reverse, which a reader needs to build a link from a result's URI.
    properties: { srcRootInRepository: provenance.prefix },
  };
}

/** A suppression comment as SARIF's in-source suppression; `until` is this tool's own property. */
export function waiverSuppression(waiver: { reason?: string; until?: string }): Sarif.Suppression {
  return {
    kind: 'inSource',
    status: 'accepted',
    ...(waiver.reason ? { justification: waiver.reason } : {}),
    ...(waiver.until ? { properties: { until: waiver.until } } : {}),
  };
}

/**
 * Waived findings go in the run's property bag, each a complete result with
 * its `suppressions`, not in `results`: GitHub code scanning ignores SARIF
 * suppressions and would open an alert for every waiver (docs/cli.md). A
 * consumer that honours suppressions can append them to `results` as they are.
 */
export function waivedProperty(waived: readonly SarifResult[]): { properties?: { waivedResults: readonly SarifResult[] } } {
  return waived.length > 0 ? { properties: { waivedResults: waived } } : {};
}
