import type { Severity } from '../types';
import type { Rule } from '../rule';
import type { RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { NetworkTarget } from '../targets';
import { isPublicRole, type Role } from '../roles';
import type { HostnameClass } from '../net/hostname';
import { classifyAddress } from '../net/address';
import { forEachTarget, hostClass, hostText, spanOf } from './scan';
import { hostFix, INTERNET_NAME_FIXES, knownInternetName, type InternetNameFix } from '../fixes/internet-name';
import { PRIVATE_CLASSES, describePrivate, isPrivateDestination } from './private-address';
import { inDisabledBlock } from './address/disabled-block';
import { placeholderDefaultOf } from './address/value-context';

const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'cors-origin', 'other']);

/**
 * Per class: the message, the severity of the sub-case, and whether it is
 * reported only where the name must resolve publicly. In-cluster and
 * single-label names are how services find each other inside a cluster or a
 * Compose project, and names in a cloud private zone (`*.compute.internal`,
 * `db.prod.example.internal`) how they find each other inside a VPC; they
 * matter only in a public role.
 */
const CLASSES: Partial<Record<HostnameClass, { messageId: Message; severity: Severity; publicOnly: boolean }>> = {
  'private-use-tld': { messageId: 'privateUseTld', severity: 'error', publicOnly: false },
  mdns: { messageId: 'specialUse', severity: 'error', publicOnly: false },
  'home-arpa': { messageId: 'specialUse', severity: 'error', publicOnly: false },
  'special-network': { messageId: 'specialNetwork', severity: 'warning', publicOnly: false },
  documentation: { messageId: 'documentation', severity: 'info', publicOnly: false },
  'unknown-tld': { messageId: 'unknownTld', severity: 'warning', publicOnly: false },
  'platform-internal': { messageId: 'platformInternal', severity: 'error', publicOnly: true },
  'single-label': { messageId: 'singleLabel', severity: 'error', publicOnly: true },
};

/** Endings that are file names, not hosts, when a value like `app.jar` sits under a host-like key. */
const FILE_EXTENSIONS =
  /\.(json|ya?ml|xml|txt|jar|war|pem|key|crt|cer|pfx|p12|jks|log|conf|cfg|ini|properties|html?|css|js|ts|exe|dll|zip|gz|tgz|tar|csv|md|sql|env|lock|toml)$/;

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message =
  | 'privateUseTld'
  | 'specialUse'
  | 'specialNetwork'
  | 'documentation'
  | 'unknownTld'
  | 'platformInternal'
  | 'privateAddressName'
  | 'corsOrigin'
  | 'placeholderDefault'
  | 'singleLabel';

export const nonPublicHostname: Rule<InternetNameFix, Message> = {
  meta: {
    id: 'non-public-hostname',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description:
      'A host name that cannot resolve in public DNS: private-use and special-use names, cluster and cloud-private DNS, single-label names and unknown TLDs.',
    rationale:
      'Internet First services are found through public DNS. A name that resolves only on a private resolver (a ' +
      'corporate zone, a cluster, a cloud VPC) ties the configuration to that network.',
    developmentSeverity: 'info',
    // Compose service and cluster short names are how a local stack's parts find each other.
    silentWhenLocal: ['singleLabel', 'platformInternal'],
    fixable: true,
    fixes: { ...INTERNET_NAME_FIXES },
    messages: {
      privateUseTld: '{host} uses the private-use name {reason}: use a public DNS name',
      specialUse: '{host}: {reason} is local-only; use a public DNS name',
      specialNetwork: '{host} uses {reason}, not public DNS: use a public DNS name',
      documentation: '{host}: {reason} is for documentation; use the real DNS name',
      unknownTld: '{host}: {reason} is not a public top-level domain; use a public DNS name',
      platformInternal: '{host} resolves only inside its platform: use a public DNS name',
      privateAddressName: '{host} is a private AWS name: use a public DNS name',
      corsOrigin: "Non-public CORS origin {host}: allow the front end's public origin",
      placeholderDefault: '{variable} falls back to {host}: set it in every deployment',
      singleLabel: '{host} is a single-label name: use a fully qualified public DNS name',
    },
  },
  check(context) {
    forEachTarget(context, ROLES, (scalar, target) => {
      const hostname = target.hostname;
      if (!hostname) return;
      if (hostname.encodedIpv4 && !isPublicRole(scalar.role)) {
        reportEncodedAddress(context, scalar, target, hostname.encodedIpv4);
        return;
      }
      const cls = hostClass(scalar, hostname);
      const sub = CLASSES[cls];
      if (!sub || (sub.publicOnly && !isPublicRole(scalar.role))) return;
      if (target.kind === 'host' && FILE_EXTENSIONS.test(hostname.name)) return;
      // Prose-like keys of the `other` role yield only URLs; bare names there are too ambiguous.
      if (scalar.role === 'other' && target.kind !== 'url' && target.kind !== 'connection-string') return;
      // A switched-off block (`ingress: {enabled: false, hosts: [chart-example.local]}`) configures nothing.
      if (inDisabledBlock(scalar)) return;
      // A name that says it is a placeholder (`app-hostname.local`, `your-domain.local`, `changeme.internal`) waits to be replaced.
      if (isPlaceholderName(hostname.name)) return;
      const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
      const reason = cls === hostname.class ? hostname.reason : 'a Kubernetes service short name (<service>.<namespace>)';
      // Only a name the team declared (hostMap, the manifest's publicDnsNames); otherwise no guess.
      const known = knownInternetName(context.file, scalar, target);
      const fixes = known ? [hostFix(context, scalar, target, known)] : undefined;
      // A documentation name is a placeholder wherever it stands; its own message says so.
      const data = { host: hostText(scalar, target), reason };
      const variable = placeholderDefaultOf(String(scalar.node.value), target.start);
      if (variable) {
        // Only a fallback (`${SELFSERVICE_URL:-https://selfservice.pymnt.localdomain}`): the deployment is expected to set the
        // variable, as loopback-address says of `localhost`.
        context.report({ messageId: 'placeholderDefault', data: { ...data, variable }, ...span, severity: 'info', fixes });
        return;
      }
      const messageId = scalar.role === 'cors-origin' && cls !== 'documentation' ? 'corsOrigin' : sub.messageId;
      context.report({ messageId, data, ...span, severity: sub.severity, fixes });
    });
  },
};

/**
 * `ip-10-0-1-17.eu-west-2.compute.internal` is 10.0.1.17 by another name: it
 * is reported exactly where private-address would report the address itself,
 * and as severely, so that writing the name is never quieter than the address.
 */
function reportEncodedAddress(context: RuleContext<never, Message>, scalar: ScalarVisit, target: NetworkTarget, ipv4: string): void {
  const address = classifyAddress(ipv4);
  if (!address || !PRIVATE_CLASSES.has(address.class) || !isPrivateDestination(context, scalar, target, address)) return;
  // Bare names in the `other` role are too ambiguous, as for every other name (see the check above).
  if (scalar.role === 'other' && target.kind !== 'url' && target.kind !== 'connection-string') return;
  const data = { ...describePrivate(address, ipv4), host: hostText(scalar, target) };
  context.report({ messageId: 'privateAddressName', data, ...spanOf(context, scalar, target.hostStart, target.hostEnd), severity: 'error' });
}

/** Words that mark a host name as a placeholder in its first label: chart defaults and templates say "override me" so. */
const PLACEHOLDER_LABEL = /(^|-)(hostname|your|changeme|change-me|placeholder|replace|replaceme|tbc|todo|xxx+)(-|$)/;

function isPlaceholderName(name: string): boolean {
  const first = name.toLowerCase().split('.', 1)[0];
  return PLACEHOLDER_LABEL.test(first);
}
