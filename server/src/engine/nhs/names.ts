/**
 * Host names that resolve only on HSCN (catalogue §4). nhs.uk is
 * split-horizon: HSCN's own DNS answers `nww.` names that public DNS does
 * not know, and Spine's HSCN endpoints live under `ncrs.nhs.uk` while their
 * internet counterparts live under `spineservices.nhs.uk`.
 *
 * Plain label arithmetic, not tldts: nhs.uk is a public suffix, so tldts
 * gives `nww.nhs.uk` an empty subdomain and would miss it.
 */
import type { Sourced } from './certainty';

export interface HscnName extends Sourced {
  kind: 'nww' | 'spine-pair' | 'ncrs';
  /** The service the name belongs to, when known (`MESH`). */
  service?: string;
  /** The same service's name on the internet, for a known pair. */
  internetName?: string;
}

interface NamePair extends Sourced {
  service: string;
  hscn: RegExp;
  /** Replacement for `hscn` (may use its groups). */
  internet: string;
}

/** Known HSCN name → internet name pairs. Only these get a quick fix. */
export const INTERNET_NAME_PAIRS: readonly NamePair[] = [
  {
    // "Messaging URL is msg.[env].spine2.ncrs.nhs.uk/messageexchange" over HSCN; over the internet
    // "msg.[env]spineservices.nhs.uk" (no dot between the environment and spineservices).
    service: 'MESH',
    hscn: /^msg\.([a-z0-9-]+)\.spine2\.ncrs\.nhs\.uk$/,
    internet: 'msg.$1spineservices.nhs.uk',
    certainty: 'confirmed',
    source: "NHS Digital's Path to Live connection guide",
  },
  {
    // NHS England's own MESH client names this pair and warns that HSCN endpoints are being deprecated (catalogue §8).
    service: 'MESH',
    hscn: /^mesh-sync\.national\.ncrs\.nhs\.uk$/,
    internet: 'mesh-sync.spineservices.nhs.uk',
    certainty: 'confirmed',
    source: "NHS England's MESH client (NHSDigital/mesh-client), which deprecates the HSCN endpoints",
  },
  {
    // GP Connect's Spine Secure Proxy: `https://proxy.int.spine2.ncrs.nhs.uk/<target URL>` over HSCN (catalogue §8, [T]).
    service: 'Spine Secure Proxy',
    hscn: /^proxy\.([a-z0-9-]+)\.spine2\.ncrs\.nhs\.uk$/,
    internet: 'proxy.$1spineservices.nhs.uk',
    certainty: 'secondary',
    source: 'public NHS-adjacent code (rules catalogue §8, [T])',
  },
];

/** Spine Directory Service LDAP is not on the internet; its internet equivalent is the SDS FHIR API (catalogue §8, [C]). */
export const SDS_LDAP: Sourced = {
  certainty: 'confirmed',
  source: 'the NHS developer API catalogue (spine-directory-service-ldap)',
};

const NWW: Sourced = { certainty: 'confirmed', source: "NHS Digital's guidance on the split-horizon nhs.uk zone" };
const NCRS: Sourced = { certainty: 'inferred', source: "the naming of Spine's known HSCN endpoints" };

/** What makes `raw` an HSCN-only name, or undefined. Case-insensitive; a trailing dot is allowed. */
export function hscnName(raw: string): HscnName | undefined {
  // Every host of every URL is asked: a name not ending in nhs.uk is told from its last characters, before copying it.
  const end = raw.endsWith('.') ? raw.length - 1 : raw.length;
  if (end < 7 || raw.slice(end - 7, end).toLowerCase() !== '.nhs.uk') return undefined;
  const name = raw.toLowerCase().replace(/\.$/, '');
  if (!name.endsWith('.nhs.uk')) return undefined;
  if (name.startsWith('nww.')) return { kind: 'nww', ...NWW };
  if (name !== 'ncrs.nhs.uk' && !name.endsWith('.ncrs.nhs.uk')) return undefined;
  for (const pair of INTERNET_NAME_PAIRS) {
    if (pair.hscn.test(name)) {
      return {
        kind: 'spine-pair',
        service: pair.service,
        internetName: name.replace(pair.hscn, pair.internet),
        certainty: pair.certainty,
        source: pair.source,
      };
    }
  }
  return { kind: 'ncrs', ...NCRS };
}
