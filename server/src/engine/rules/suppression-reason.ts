import type { Rule } from '../rule';
import { REASON_PLACEHOLDER } from '../disable-comment';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message = 'missing' | 'placeholder';

export const suppressionReason: Rule<never, Message> = {
  meta: {
    id: 'suppression-reason',
    defaultSeverity: 'warning',
    description: 'A suppression comment without a reason after ` -- `.',
    rationale: 'A waiver is a decision someone must be able to revisit: the reason says why the finding is acceptable, and for how long.',
    fixable: false,
    reviewsSuppressions: true,
    messages: {
      missing: 'Say why this finding is waived: add " -- <reason>" to the comment',
      placeholder: 'Replace the "<reason>" placeholder with why this finding is waived',
    },
  },
  check(context) {
    for (const suppression of context.file.suppressions) {
      // `<reason>` is what the editor's "Disable for this line" action writes for the developer to replace.
      if (suppression.reason === REASON_PLACEHOLDER) context.report({ messageId: 'placeholder', offset: suppression.offset, length: suppression.length });
      else if (!suppression.reason) context.report({ messageId: 'missing', offset: suppression.offset, length: suppression.length });
    }
  },
};
