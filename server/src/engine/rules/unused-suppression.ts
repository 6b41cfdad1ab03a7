import type { Rule } from '../rule';
import { getRule } from './index';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'unused' | 'unusedAll' | 'unknownRule';

export const unusedSuppression: Rule<never, Message> = {
  meta: {
    id: 'unused-suppression',
    defaultSeverity: 'warning',
    description: 'A suppression comment that waives nothing, or names a rule that does not exist.',
    rationale:
      'A waiver that no longer waives anything hides the next real finding on that line; like ESLint’s --report-unused-disable-directives,' +
      ' stale waivers are reported so they are removed.',
    fixable: false,
    reviewsSuppressions: true,
    messages: {
      unused: 'This waiver of {rule} suppresses nothing: remove it',
      unusedAll: 'This waiver suppresses nothing: remove it',
      unknownRule: '{rule} is not an Internet First rule: fix the rule id or remove the waiver',
    },
  },
  check(context) {
    for (const suppression of context.file.suppressions) {
      if (suppression.rules.length === 0) {
        if (!suppression.used.has('*')) context.report({ messageId: 'unusedAll', offset: suppression.offset, length: suppression.length });
        continue;
      }
      for (const rule of suppression.rules) {
        if (!getRule(rule.id)) context.report({ messageId: 'unknownRule', data: { rule: rule.id }, offset: rule.offset, length: rule.length });
        else if (!suppression.used.has(rule.id)) context.report({ messageId: 'unused', data: { rule: rule.id }, offset: rule.offset, length: rule.length });
      }
    }
  },
};
