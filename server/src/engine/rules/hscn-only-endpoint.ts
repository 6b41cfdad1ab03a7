import type { ProposedFix, Rule, RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { Role } from '../roles';
import type { NetworkTarget } from '../targets';
import { forEachTarget, hostText, spanOf } from './scan';
import { describeCertainty, hscnInfrastructure, hscnName, SDS_LDAP, severityFor, type HscnName, type Sourced } from '../nhs';
import { hostFix, INTERNET_NAME_FIXES, knownInternetName, type InternetNameFix } from '../fixes/internet-name';

/** The kinds of fix this rule makes (see meta.fixes). */
type HscnFix = 'catalogueName' | 'reportedName' | InternetNameFix;

/** Roles where a host is something the service or its callers connect to. */
const NAME_ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']);
/** An HSCN DNS resolver listed under `nameservers` / `dnsServers` (the network role) is a dependency too. */
const ADDRESS_ROLES: ReadonlySet<Role> = new Set([...NAME_ROLES, 'network']);

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'nwwName' | 'spinePair' | 'ncrsName' | 'hscnAddress' | 'sdsLdap' | 'sspUrl';

export const hscnOnlyEndpoint: Rule<HscnFix, Message> = {
  meta: {
    id: 'hscn-only-endpoint',
    defaultSeverity: 'error',
    description: 'A host that exists only on HSCN: an `nww.` name under nhs.uk, a Spine name under ncrs.nhs.uk, or a known HSCN infrastructure address.',
    rationale:
      'These names resolve, and these addresses answer, only inside the Health and Social Care Network. Under Internet ' +
      'First a service and its dependencies are reached over the internet, so a configuration that needs them ' +
      'still needs the private network.',
    fixable: true,
    fixes: {
      catalogueName: {
        applicability: 'safe',
        reason:
          "NHS England's own guidance (the built-in catalogue, certainty confirmed) pairs the HSCN name with the " +
          'internet name of the same service, which answers from HSCN as well as from the internet.',
      },
      reportedName: {
        applicability: 'unsafe',
        reason: "The pair comes from a secondary source, not NHS England's own guidance, so the internet name may not be the same service.",
      },
      ...INTERNET_NAME_FIXES,
    },
    messages: {
      nwwName: "{host} is HSCN-only (nww. names): use the service's internet name",
      spinePair: '{host} is HSCN-only: use {internetName}',
      ncrsName: "{host} is probably HSCN-only: use the service's internet endpoint",
      hscnAddress: '{address} is {what}: {instead}',
      sdsLdap: '{host} is SDS LDAP, HSCN-only: use the SDS FHIR API',
      sspUrl: "ssp:// to {host} goes via HSCN: use the proxy's internet name",
    },
  },
  check(context) {
    forEachTarget(context, ADDRESS_ROLES, (scalar, target) => {
      if (target.scheme === 'ssp' && NAME_ROLES.has(scalar.role)) reportSsp(context, scalar, target);
      if (target.address && target.kind !== 'cidr') reportAddress(context, scalar, target);
      else if (target.hostname && NAME_ROLES.has(scalar.role)) reportName(context, scalar, target);
    });
  },
};

function reportAddress(context: RuleContext<HscnFix, Message>, scalar: ScalarVisit, target: NetworkTarget): void {
  const known = hscnInfrastructure(target.address!);
  if (!known) return;
  const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
  const data = { address: hostText(scalar, target), what: known.what, certainty: describeCertainty(known), instead: known.instead };
  context.report({ messageId: 'hscnAddress', data, ...span, severity: severityFor(known), fixes: declaredNameFix(context, scalar, target) });
}

function reportName(context: RuleContext<HscnFix, Message>, scalar: ScalarVisit, target: NetworkTarget): void {
  const written = hostText(scalar, target);
  const known = hscnName(target.hostname!.name);
  if (!known) return;
  const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
  const data = { host: written, certainty: describeCertainty(known), service: known.service ?? '', internetName: known.internetName ?? '' };
  const severity = severityFor(known);
  // An LDAP URL to Spine's HSCN names is SDS LDAP, which has no internet name at all.
  if ((target.scheme === 'ldap' || target.scheme === 'ldaps') && known.kind !== 'nww') {
    context.report({
      messageId: 'sdsLdap',
      data: { host: written, certainty: describeCertainty(SDS_LDAP) },
      ...span,
      severity: severityFor(SDS_LDAP),
      fixes: declaredNameFix(context, scalar, target),
    });
    return;
  }
  if (known.kind === 'spine-pair') {
    context.report({
      messageId: 'spinePair',
      data,
      ...span,
      severity,
      fixes: declaredNameFix(context, scalar, target) ?? [internetNameFix(context, scalar, target, known)],
    });
  } else {
    context.report({ messageId: known.kind === 'nww' ? 'nwwName' : 'ncrsName', data, ...span, severity, fixes: declaredNameFix(context, scalar, target) });
  }
}

/**
 * `ssp://host/…` (NRL pointers, GP Connect): the consumer fetches
 * `https://<SSP host>/https://host/…`, so the request goes through the Spine
 * Secure Proxy, and the proxy's known address is on HSCN ([T]: a warning).
 */
function reportSsp(context: RuleContext<never, Message>, scalar: ScalarVisit, target: NetworkTarget): void {
  const span = spanOf(context, scalar, target.schemeStart ?? target.hostStart, target.hostEnd);
  context.report({ messageId: 'sspUrl', data: { host: hostText(scalar, target), certainty: describeCertainty(SSP) }, ...span, severity: severityFor(SSP) });
}

const SSP: Sourced = { certainty: 'secondary', source: 'public NHS-adjacent code (rules catalogue §8, [T])' };

/** The team's own mapping (config `hostMap`, a manifest's `publicDnsNames`) wins over the built-in pairs; nww and ncrs names have no built-in answer. */
function declaredNameFix(context: RuleContext<never, Message>, scalar: ScalarVisit, target: NetworkTarget): ProposedFix<InternetNameFix>[] | undefined {
  const known = knownInternetName(context.file, scalar, target);
  return known ? [hostFix(context, scalar, target, known)] : undefined;
}

/** The host (without a trailing dot, which is kept) replaced by its internet name; the rest of the URL stays. */
function internetNameFix(
  context: RuleContext<never, Message>,
  scalar: ScalarVisit,
  target: NetworkTarget,
  known: HscnName,
): ProposedFix<'catalogueName' | 'reportedName'> {
  const end = hostText(scalar, target).endsWith('.') ? target.hostEnd - 1 : target.hostEnd;
  const span = spanOf(context, scalar, target.hostStart, end);
  return {
    title: `Use the internet name ${known.internetName}`,
    edits: [{ ...span, newText: known.internetName! }],
    kind: known.certainty === 'confirmed' ? 'catalogueName' : 'reportedName',
  };
}
