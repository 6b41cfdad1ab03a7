import type { Rule } from '../rule';
import { hostText, spanOf } from './scan';
import { forEachAddress, subjectOf } from './address/scope';
import { isExampleFile } from './address/value-context';

/** How messages name each block (special-ranges.ts names TEST-NET-n without its CIDR). */
const RANGE_NAMES: Record<string, string> = {
  '192.0.2.0/24': 'TEST-NET-1 documentation range 192.0.2.0/24',
  '198.51.100.0/24': 'TEST-NET-2 documentation range 198.51.100.0/24',
  '203.0.113.0/24': 'TEST-NET-3 documentation range 203.0.113.0/24',
  '2001:db8::/32': 'documentation prefix 2001:db8::/32',
  '3fff::/20': 'documentation prefix 3fff::/20',
};

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'testNet' | 'ipv6Documentation';

export const documentationAddress: Rule<never, Message> = {
  meta: {
    id: 'documentation-address',
    defaultSeverity: 'info',
    skipsSampleData: true,
    description: 'An address from a block reserved for documentation (TEST-NET-1/2/3, 2001:db8::/32, 3fff::/20) where a real destination is expected.',
    rationale:
      'Documentation addresses never belong to a real host, so a configuration that still holds one has a placeholder ' +
      'nobody replaced: the service will not reach its dependency on the internet.',
    fixable: false,
    messages: {
      testNet: 'Documentation address {subject}: use a public DNS name',
      ipv6Documentation: 'IPv6 documentation address {subject}: use a public DNS name',
    },
  },
  check(context) {
    // Examples and documentation are where these addresses belong.
    if (isExampleFile(context.file.pathInRepository)) return;
    forEachAddress(
      context,
      { bareInOther: true },
      (address) => address.class === 'documentation' && address.range !== undefined,
      (scalar, target, address) => {
        if (!address.range) return;
        const range = RANGE_NAMES[address.range.cidr] ?? address.range.name;
        const data = { subject: subjectOf(hostText(scalar, target), target, { embedding: false }), range, rfc: address.range.rfc };
        context.report({
          messageId: address.range.cidr.includes(':') ? 'ipv6Documentation' : 'testNet',
          data,
          ...spanOf(context, scalar, target.hostStart, target.hostEnd),
        });
      },
    );
  },
};
