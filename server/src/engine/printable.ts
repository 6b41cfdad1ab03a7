/**
 * Text from a file (its name, a value a message quotes) made safe to print on
 * a terminal or into a CI log: a line break in a file name would start a new
 * line, which the GitHub Actions runner reads as a workflow command
 * (`::error file=…::`), and an escape sequence would recolour or rewrite the
 * terminal. Every C0 and C1 control character, DEL, the Unicode line and
 * paragraph separators and the bidirectional overrides (which reorder what
 * a reader sees) are written as a visible escape: `\n`, `\r`, `\t`, `\x1b`,
 * `\u202e`. A backslash itself is left as it is, so ordinary Windows-style
 * text reads unchanged.
 */

// One character class each: linear on any input.
const UNPRINTABLE = /[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const UNPRINTABLE_BUT_LINE_BREAKS = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw in a string (it escapes C0; C0 outside strings is the layout's own line breaks). */
const UNPRINTABLE_IN_JSON = /[\x7f-\x9f\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNPRINTABLE, escapeOne);
}

/** The same, but CR and LF stay for a caller that encodes them itself (GitHub's `%0A`). */
export function printableButLineBreaks(text: string): string {
  return text.replace(UNPRINTABLE_BUT_LINE_BREAKS, escapeOne);
}

/**
 * JSON text (a JSON or SARIF report) with the same characters written as
 * `\uXXXX`: JSON.stringify escapes C0 controls but leaves DEL, C1 and the
 * bidirectional overrides raw. Outside strings JSON is ASCII, so every match
 * is inside a string and the parsed value is unchanged.
 */
export function escapeJsonText(json: string): string {
  return json.replace(UNPRINTABLE_IN_JSON, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

function escapeOne(character: string): string {
  const code = character.charCodeAt(0);
  return NAMED[character] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
}
