import type { Rule } from '../rule';

/** The message ids in `meta.messages`: reporting any other does not compile. */
type Message =
  'syntax' | 'template' | 'binary' | 'tooLarge' | 'tooDeep' | 'tooManyEntries' | 'truncated' | 'stopped' | 'stoppedParsing' | 'unreadable' | 'unknownFileType';

/** Syntax errors, binary and oversized files: reported so nothing is silently skipped. */
export const parseError: Rule<never, Message> = {
  meta: {
    id: 'parse-error',
    defaultSeverity: 'error',
    readsWholeFile: true,
    // An example or test file with a syntax error still misleads whoever copies it, but deploys nothing.
    developmentSeverity: 'warning',
    description: 'The file could not be read as YAML or JSON, so the parts after the error were not checked.',
    rationale: 'A configuration the linter cannot read is one nobody can vouch for: fix the syntax so every setting is checked.',
    fixable: false,
    messages: {
      syntax: 'Syntax error: {detail}',
      template: '{syntax} template: tags set aside, rest checked; lint the rendered output',
      binary: 'Not checked: binary file (it contains NUL bytes); exclude it from linting',
      tooLarge: 'Not checked: larger than {limit}; split or exclude it',
      tooDeep: 'Not checked: nested deeper than {limit} levels; flatten the structure',
      // A huge plain YAML map is read only this far (parse/yaml-pieces.ts), which bounds its memory.
      tooManyEntries: 'Not checked from here: over {limit} top-level entries; split the file',
      truncated: 'Only the first {limit} {rule} findings are shown ({more} more); fix these first',
      // Reported by the linter when a file's lint runs out of time (LintOptions.budgetMs).
      stopped: 'Stopped after {limit}: {rules} of {total} rules not checked; split the file or raise the limit',
      stoppedParsing: 'Stopped after {limit} while parsing: nothing checked; split the file or raise the limit',
      // The two below are reported by the CLI for files it cannot hand to the engine.
      unreadable: 'Cannot read {what}: {detail}',
      unknownFileType: 'Not a YAML, JSON or JSONC file ({extension}) and not valid YAML: exclude it',
    },
  },
  check(context) {
    // A template's syntax errors are mostly its tags, not mistakes: one note for the file (parse/recover.ts set the tags aside).
    const template = context.file.documents.find((document) => document.template)?.template;
    if (template) {
      const syntax =
        template.tag.startsWith('{%') || template.tag.startsWith('{#') ? 'Jinja' : /^\{\{[#/^!>]/.test(template.tag) ? 'Mustache' : 'Go/Helm (or Jinja)';
      const firstLine = template.tag.split(/\r?\n|\r/)[0];
      context.report({ messageId: 'template', data: { syntax }, offset: template.offset, length: firstLine.length, severity: 'info' });
    }
    // parse/recover.ts leaves one problem per defect; one per line in any case.
    const lines = new Set<number>();
    for (const document of context.file.documents) {
      if (document.template) continue;
      for (const problem of document.problems) {
        const line = context.file.lines.position(problem.offset).line;
        if (lines.has(line)) continue;
        lines.add(line);
        const messageId = problem.kind ?? 'syntax';
        context.report({ messageId, data: { detail: clip(problem.message), limit: problem.message }, offset: problem.offset, length: problem.length });
      }
    }
  },
};

/** The parser's words on one line, cut at a word so that "Syntax error: " and the detail fit ~90 characters. */
function clip(detail: string, max = 75): string {
  const line = detail.split(/\r?\n/)[0].trim().replace(/\.$/, '');
  if (line.length <= max) return line;
  const cut = line.lastIndexOf(' ', max - 1);
  return `${line.slice(0, cut > 40 ? cut : max - 1)}…`;
}
