/**
 * Word wrapping for the stylish format's message column, so a row fits the
 * terminal: ESLint aligns its columns but lets long messages run on and the
 * terminal breaks them mid-word under the line numbers, which is hard to read.
 */

/** The widest the stylish report may be: the terminal's columns, or 80 when stdout is not a terminal. */
export function outputColumns(stream: { isTTY?: boolean; columns?: number }): number {
  return stream.isTTY === true && typeof stream.columns === 'number' && stream.columns > 0 ? stream.columns : 80;
}

/** Below this the message column is too narrow to read: rows run past the edge instead. */
export const MIN_MESSAGE_WIDTH = 24;

/**
 * `text` in lines of at most `width` characters, broken at spaces; a word
 * longer than the width (a long URL) gets a line of its own, unbroken, so it
 * can still be copied.
 */
export function wrapText(text: string, width: number): string[] {
  if (text.length <= width) return [text];
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(' ')) {
    if (current === '') current = word;
    else if (current.length + 1 + word.length <= width) current += ` ${word}`;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current !== '' || lines.length === 0) lines.push(current);
  return lines;
}
