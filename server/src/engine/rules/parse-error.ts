import type { Rule } from '../rule';
import { isTemplated } from '../templates';

/**
 * A line holding a template placeholder (`name: {{ .APP_NAME }}-svc`) is not
 * YAML until the template is rendered; its syntax errors say nothing about
 * the configuration, so they are not reported.
 */
function isTemplateLine(line: string): boolean {
  return /\{\{|\{%/.test(line) && isTemplated(line);
}

/** Syntax errors, binary and oversized files: reported so nothing is silently skipped. */
export const parseError: Rule = {
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    description: 'The file could not be read as YAML or JSON, so the parts after the error were not checked.',
    rationale: 'A configuration the linter cannot read is one nobody can vouch for: fix the syntax so every setting is checked.',
    fixable: false,
    messages: {
      syntax: 'Syntax error: {detail}',
      binary: 'File not checked: it is a binary file (it contains NUL bytes).',
      tooLarge: 'File not checked: it is larger than {limit}.',
      tooDeep: 'Not checked: nested deeper than {limit} levels, which the parser cannot follow safely.',
      // The two below are reported by the CLI for files it cannot hand to the engine.
      unreadable: 'Cannot read {what}: {detail}.',
      unknownFileType: 'Not a YAML, JSON or JSONC file ({extension}); read as YAML it does not parse: {detail}',
    },
  },
  check(context) {
    // One error per line: a parser's follow-on errors from the same mistake add nothing.
    const lines = new Set<number>();
    for (const document of context.file.documents) {
      for (const problem of document.problems) {
        const line = context.file.lines.position(problem.offset).line;
        if (lines.has(line) || (!problem.kind && isTemplateLine(context.file.lines.lineText(line)))) continue;
        lines.add(line);
        const messageId = problem.kind ?? 'syntax';
        context.report({ messageId, data: { detail: problem.message, limit: problem.message }, offset: problem.offset, length: problem.length });
      }
    }
  },
};
