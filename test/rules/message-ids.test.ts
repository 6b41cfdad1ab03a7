/**
 * Message ids are typed per rule (`Rule<FixKinds, MessageIds>`, as
 * typescript-eslint's RuleCreator does): a typo in one is a compile error.
 * The `@ts-expect-error` lines are the test: if a rule's reports accepted any
 * string again, the directive would be unused and `tsc -b` would fail.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Report, RuleContext } from '../../server/src/engine/rule';
import { insecureUrl } from '../../server/src/engine/rules/insecure-url';
import { reservedAddress } from '../../server/src/engine/rules/reserved-address';

type ReportOf<R> = R extends { check(context: RuleContext<infer K, infer M>): void } ? Report<K, M> : never;

test('a message id the rule declares compiles; a typo does not', () => {
  const reports: ReportOf<typeof insecureUrl>[] = [{ messageId: 'insecureScheme', offset: 0, length: 1 }];
  // @ts-expect-error -- 'insecureSchem' is not one of insecure-url's message ids
  reports.push({ messageId: 'insecureSchem', offset: 0, length: 1 });
  // @ts-expect-error -- another rule's message id is not this rule's
  reports.push({ messageId: 'multicast', offset: 0, length: 1 });
  const reserved: ReportOf<typeof reservedAddress>[] = [{ messageId: 'multicast', offset: 0, length: 1 }];
  assert.equal(reports.length + reserved.length, 4);
});
