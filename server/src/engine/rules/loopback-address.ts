import { brief } from '../brief';
import type { Rule, RuleContext } from '../rule';
import type { ScalarVisit } from '../context';
import type { NetworkTarget } from '../targets';
import { hostText, spanOf } from './scan';
import { embeddingName, forEachAddress, forEachHostname, subjectOf } from './address/scope';
import { placeholderDefaultOf } from './address/value-context';
import { sameHostByDesign } from './address/same-host';
import { isPublicRole } from '../roles';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'loopbackAddress' | 'localhost' | 'loopbackDomain' | 'embedded' | 'publicRole' | 'corsOrigin' | 'placeholderDefault';

export const loopbackAddress: Rule<never, Message> = {
  meta: {
    id: 'loopback-address',
    defaultSeverity: 'warning',
    skipsSampleData: true,
    description:
      'A loopback address or name (127.0.0.0/8, ::1, localhost, *.localhost) where the service expects to reach a dependency or be reached by clients.',
    rationale:
      'A loopback destination only ever reaches the machine the code runs on. Under Internet First each dependency ' +
      'is reached by its public DNS name; a leftover `localhost` works on a developer laptop and fails, or silently ' +
      'hits the wrong process, once deployed.',
    developmentSeverity: 'info',
    silentWhenLocal: ['loopbackAddress', 'localhost', 'loopbackDomain', 'embedded', 'publicRole', 'placeholderDefault'],
    fixable: false,
    messages: {
      loopbackAddress: 'Loopback address {subject}: use a public DNS name',
      localhost: 'Loopback name {subject}: use a public DNS name',
      loopbackDomain: '{subject} is loopback: use a public DNS name',
      embedded: '{subject} is loopback {ipv4} ({form} form): use a public DNS name',
      publicRole: "{where} gives clients {subject}: use the service's public DNS name",
      corsOrigin: "Loopback CORS origin {subject}: allow the front end's public origin",
      placeholderDefault: '{variable} falls back to loopback {subject}: set it in every deployment',
    },
  },
  check(context) {
    // A CI workflow's job runs on the runner beside its service containers: loopback is how it reaches them.
    const report = (scalar: ScalarVisit, target: NetworkTarget, messageId: Message, data: Record<string, string>): void => {
      if (scalar.format === 'github-workflow' || sameHostByDesign(scalar, target)) return;
      reportLoopback(context, scalar, target, messageId, data);
    };
    forEachAddress(
      context,
      { bareInOther: false },
      (address) => address.class === 'loopback',
      (scalar, target, address) => {
        const data = {
          subject: subjectOf(hostText(scalar, target), target, { embedding: false }),
          range: address.range?.cidr ?? '',
          rfc: address.range?.rfc ?? '',
          ipv4: address.embedded?.ipv4 ?? '',
          form: embeddingName(address),
          kind: 'address',
        };
        report(scalar, target, address.embedded ? 'embedded' : 'loopbackAddress', data);
      },
    );
    forEachHostname(
      context,
      { bareInOther: false },
      (hostname) => hostname.class === 'localhost',
      (scalar, target) => {
        const { name, reason } = target.hostname!;
        const viaPublicDns = reason !== 'localhost';
        report(scalar, target, viaPublicDns ? 'loopbackDomain' : 'localhost', {
          subject: subjectOf(hostText(scalar, target), target),
          name: viaPublicDns ? reason : name === 'localhost' ? 'localhost' : '*.localhost',
          kind: 'name',
        });
      },
    );
  },
};

/** The sub-case message, unless the role (public) or a placeholder default says more. */
function reportLoopback(
  context: RuleContext<never, Message>,
  scalar: ScalarVisit,
  target: NetworkTarget,
  messageId: Message,
  data: Record<string, string>,
): void {
  const span = spanOf(context, scalar, target.hostStart, target.hostEnd);
  const variable = placeholderDefaultOf(String(scalar.node.value), target.start);
  if (variable) {
    // Only a fallback: the deployment is expected to set the variable. Worth knowing, not a defect.
    context.report({ messageId: 'placeholderDefault', data: { ...data, variable }, ...span, severity: 'info' });
  } else if (scalar.role === 'cors-origin') {
    context.report({ messageId: 'corsOrigin', data, ...span });
  } else if (isPublicRole(scalar.role)) {
    context.report({ messageId: 'publicRole', data: { ...data, where: publicPlace(scalar) }, ...span });
  } else {
    context.report({ messageId, data, ...span });
  }
}

/** How the message names the public place: an OpenAPI server, or the key (`issuer`, `redirect_uris`). */
function publicPlace(scalar: ScalarVisit): string {
  if (scalar.format === 'openapi') return 'an OpenAPI server URL';
  return scalar.key ? `"${brief(scalar.key, 30)}"` : 'This value';
}
