/**
 * What the engine knows about N3 and HSCN: names that resolve only on HSCN,
 * known HSCN infrastructure addresses, the private ranges N3 used, the known
 * pairs of HSCN and internet names, and how sure we are of each (catalogue §4).
 */
export { describeCertainty, severityFor, type Certainty, type Sourced } from './certainty';
export { hscnName, INTERNET_NAME_PAIRS, SDS_LDAP, type HscnName } from './names';
export { hscnInfrastructure, isN3Range, n3RangeOf, HSCN_INFRASTRUCTURE, type HscnAddress } from './addresses';
export { isNhsContext } from './context';
