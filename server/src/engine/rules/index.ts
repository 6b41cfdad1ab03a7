/**
 * The one registry of rules, sorted by id. Adding a rule touches its file,
 * this list, its fixtures and its doc page; nothing else.
 */
import type { AnyRule, RuleMeta } from '../rule';
import { documentationAddress } from './documentation-address';
import { hscnOnlyEndpoint } from './hscn-only-endpoint';
import { insecureUrl } from './insecure-url';
import { loopbackAddress } from './loopback-address';
import { manifestSchema } from './manifest-schema';
import { missingTls } from './missing-tls';
import { networkLocationTrust } from './network-location-trust';
import { nonPublicHostname } from './non-public-hostname';
import { parseError } from './parse-error';
import { privateAddress } from './private-address';
import { reservedAddress } from './reserved-address';
import { suppressionReason } from './suppression-reason';
import { tlsDisabled } from './tls-disabled';
import { tlsVerificationDisabled } from './tls-verification-disabled';
import { unspecifiedAddress } from './unspecified-address';
import { unusedSuppression } from './unused-suppression';
import { weakTlsVersion } from './weak-tls-version';
import { byCodeUnit } from '../code-unit-order';

export const RULES: readonly AnyRule[] = [
  documentationAddress,
  hscnOnlyEndpoint,
  insecureUrl,
  loopbackAddress,
  manifestSchema,
  missingTls,
  networkLocationTrust,
  nonPublicHostname,
  parseError,
  privateAddress,
  reservedAddress,
  suppressionReason,
  tlsDisabled,
  tlsVerificationDisabled,
  unspecifiedAddress,
  unusedSuppression,
  weakTlsVersion,
].sort((a, b) => byCodeUnit(a.meta.id, b.meta.id));

const byId = new Map(RULES.map((rule) => [rule.meta.id, rule]));

export function ruleMetas(): RuleMeta<string>[] {
  return RULES.map((rule) => rule.meta);
}

export function getRule(id: string): AnyRule | undefined {
  return byId.get(id);
}
