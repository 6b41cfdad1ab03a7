import type { Rule } from '../rule';

/** Syntax errors, binary and oversized files: reported so nothing is silently skipped. */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    description: 'The file could not be read as YAML or JSON, so the parts after the error were not checked.',
    rationale: 'A configuration the linter cannot read is one nobody can vouch for: fix the syntax so every setting is checked.',
    fixable: false,
    messages: { syntax: 'Syntax error: {detail}' },
  },
  check(context) {
    for (const document of context.file.documents) {
      for (const problem of document.problems) {
        context.report({ messageId: 'syntax', data: { detail: problem.message }, offset: problem.offset, length: problem.length });
      }
    }
  },
};
