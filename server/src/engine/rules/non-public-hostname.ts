import type { Severity } from '../types';
import type { Rule } from '../rule';
import type { Role } from '../roles';
import type { HostnameClass } from '../net/hostname';
import { forEachTarget, hostClass, hostText, spanOf } from './scan';
import { hostFix, INTERNET_NAME_FIXES, knownInternetName, type InternetNameFix } from '../fixes/internet-name';

const ROLES: ReadonlySet<Role> = new Set(['endpoint', 'public-endpoint', 'other']);

/**
 * Per class: the message, the severity of the sub-case, and whether it is
 * reported only where the name must resolve publicly. In-cluster and
 * single-label names are how services find each other inside a cluster or a
 * Compose project; they matter only in a public role.
 */
const CLASSES: Partial<Record<HostnameClass, { messageId: string; severity: Severity; publicOnly: boolean }>> = {
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
const FILE_EXTENSIONS = /\.(json|ya?ml|xml|txt|jar|war|pem|key|crt|cer|pfx|p12|jks|log|conf|cfg|ini|properties|html?|css|js|ts|exe|dll|zip|gz|tgz|tar|csv|md|sql|env|lock|toml)$/;

export const nonPublicHostname: Rule<InternetNameFix> = {
  meta: {
    id: 'non-public-hostname',
    defaultSeverity: 'error',
    description: 'A host name that cannot resolve in public DNS: private-use and special-use names, cluster and cloud-private DNS, single-label names and unknown TLDs.',
    rationale:
      'Internet First services are found through public DNS. A name that resolves only on a private resolver (a corporate zone, a cluster, a cloud VPC) ties the configuration to that network.',
    developmentSeverity: 'info',
    fixable: true,
    fixes: { ...INTERNET_NAME_FIXES },
    messages: {
      privateUseTld: '{host} uses the private-use name {reason}, which does not resolve in public DNS.',
      specialUse: '{host} uses the special-use name {reason}, which resolves only on the local network.',
      specialNetwork: '{host} uses {reason}, which is not reachable through public DNS.',
      documentation: '{host} is a reserved documentation name ({reason}): it never resolves to a real service.',
      unknownTld: '{host} ends in {reason}, which is not a top-level domain in the Public Suffix List, so it will not resolve in public DNS.',
      platformInternal: '{host} is {reason}: it resolves only inside that platform, but this value must be reachable from the internet.',
      singleLabel: '{host} is a single-label name: it resolves only through a local search domain, but this value must be reachable from the internet.',
    },
  },
  check(context) {
    forEachTarget(context, ROLES, (scalar, target) => {
      const hostname = target.hostname;
      if (!hostname) return;
      const cls = hostClass(scalar, hostname);
      const sub = CLASSES[cls];
      if (!sub || (sub.publicOnly && scalar.role !== 'public-endpoint')) return;
      if (target.kind === 'host' && FILE_EXTENSIONS.test(hostname.name)) return;
      // Prose-like keys of the `other` role yield only URLs; bare names there are too ambiguous.
      if (scalar.role === 'other' && target.kind !== 'url' && target.kind !== 'connection-string') return;
      const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
      const reason = cls === hostname.class ? hostname.reason : 'a Kubernetes service short name (<service>.<namespace>)';
      // Only a name the team declared (hostMap, the manifest's publicDnsNames); otherwise no guess.
      const known = knownInternetName(context.file, scalar, target);
      const fixes = known ? [hostFix(context, scalar, target, known)] : undefined;
      context.report({ messageId: sub.messageId, data: { host: hostText(scalar, target), reason }, ...span, severity: sub.severity, fixes });
    });
  },
};
