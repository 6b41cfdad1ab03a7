import type { Rule } from '../rule';
import type { ScalarVisit } from '../context';
import { isPublicRole, normaliseKey } from '../roles';
import { hostText, spanOf } from './scan';
import { forEachAddress, inAddressRole, subjectOf } from './address/scope';
import { followsListenFlag } from './address/value-context';
import { findWildcardHosts } from './address/wildcard-hosts';

/** Keys whose `*` is a pattern ("any origin", a CSP source), not a Kestrel listen wildcard. */
const PATTERN_KEY = /(policy|csp|origin|pattern|allow|match|glob|filter|cors|redirect|exclude|include)/;

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'unspecified' | 'wildcardHost';

export const unspecifiedAddress: Rule<never, Message> = {
  meta: {
    id: 'unspecified-address',
    defaultSeverity: 'error',
    skipsSampleData: true,
    description: 'The unspecified address (0.0.0.0, ::) or a listen wildcard (`http://+:80`, `http://*:80`) used as a destination.',
    rationale:
      'These mean "every interface" to a server that listens; they name no host to connect to. As a destination ' +
      'they reach the local machine on some systems and fail on others, and never reach the dependency on the internet.',
    developmentSeverity: 'warning',
    fixable: false,
    messages: {
      unspecified: 'Unspecified address {subject}: use a public DNS name',
      wildcardHost: '"{host}" in {url} is a listen wildcard, not a host: use a public DNS name',
    },
  },
  check(context) {
    forEachAddress(
      context,
      { bareInOther: false },
      (address) => address.class === 'unspecified',
      (scalar, target, address) => {
        const data = { subject: subjectOf(hostText(scalar, target), target), rfc: address.range?.rfc ?? '' };
        context.report({ messageId: 'unspecified', data, ...spanOf(context, scalar, target.hostStart, target.hostEnd) });
      },
    );
    const scalars = context.file.scalars();
    for (let i = 0; i < scalars.length; i++) {
      const scalar = scalars[i];
      if (!inAddressRole(scalar) || typeof scalar.node.value !== 'string') continue;
      for (const wildcard of findWildcardHosts(scalar.node.value)) {
        if (wildcard.host === '*' && isPattern(scalar)) continue;
        if (followsListenFlag(context, scalar, wildcard.start)) continue;
        const data = {
          host: wildcard.host,
          url: scalar.node.value.slice(wildcard.start, wildcard.end),
          meaning: wildcard.host === '+' ? 'every host name, on every address' : 'every address not bound more specifically',
        };
        context.report({ messageId: 'wildcardHost', data, ...spanOf(context, scalar, wildcard.hostStart, wildcard.hostStart + 1) });
      }
    }
  },
};

/** A `*` in a public role (allowed origins, redirect URIs) or a pattern-holding key is "anything", not a listen wildcard. */
function isPattern(scalar: ScalarVisit): boolean {
  return isPublicRole(scalar.role) || PATTERN_KEY.test(normaliseKey(scalar.key ?? ''));
}
