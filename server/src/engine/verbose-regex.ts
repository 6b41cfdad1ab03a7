/**
 * A long regular expression written over several lines, so that no source
 * line is longer than the project's 160 characters and each part can be read
 * (and commented beside) on its own:
 *
 *   const KEY = verboseRegex('i')`
 *     ^(alpha|beta
 *     |gamma)$`;
 *
 * A line break and the spaces or tabs after it are dropped, nothing else: the
 * pattern is the lines joined, so a space that matters must not start a line.
 * The text is read raw (backslashes stay as written, as in a regex literal).
 * test/engine/regex-safety.test.ts checks these patterns for ReDoS exactly as
 * it checks regex literals.
 */
export function verboseRegex(flags = ''): (template: TemplateStringsArray) => RegExp {
  return (template) => new RegExp(joinVerboseSource(template.raw.join('')), flags);
}

/** The pattern a verbose template spells: its lines joined, each without its indentation. */
export function joinVerboseSource(raw: string): string {
  return raw.replace(/\n[ \t]*/g, '');
}
