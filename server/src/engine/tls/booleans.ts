/**
 * Reading a TLS switch the way the program behind it will: YAML 1.2 and JSON
 * booleans, strings (environment variables are always strings), the YAML 1.1
 * words people still write (`ssl: no`, `tls: off`: YAML 1.2 parsers such as
 * ours keep them as strings, but SnakeYAML (Spring), PyYAML and go-yaml v2
 * read them as booleans), and 0/1 as env-style switches
 * (`NODE_TLS_REJECT_UNAUTHORIZED=0`).
 *
 * `y`/`n` are deliberately not read: only go-yaml v2 takes them for booleans,
 * PyYAML and SnakeYAML keep them as strings, so what the program sees is
 * unknowable from the file alone.
 */

export type FlagSpelling = 'boolean' | 'word' | 'yaml11' | 'number';

export interface Flag {
  on: boolean;
  spelling: FlagSpelling;
}

const TRUE_WORDS = /^(true|True|TRUE)$/;
const FALSE_WORDS = /^(false|False|FALSE)$/;
const YAML11_TRUE = /^(yes|Yes|YES|on|On|ON)$/;
const YAML11_FALSE = /^(no|No|NO|off|Off|OFF)$/;

/**
 * The switch a value sets, or undefined when it is not a switch (`"maybe"`,
 * `1.2`, a URL). `text` is the value as written; for strings it is the value.
 */
export function readFlag(value: string | number | boolean | null, text: string = String(value)): Flag | undefined {
  if (typeof value === 'boolean') return { on: value, spelling: 'boolean' };
  if (typeof value === 'number') {
    if (value === 0 && /^0$/.test(text)) return { on: false, spelling: 'number' };
    if (value === 1 && /^1$/.test(text)) return { on: true, spelling: 'number' };
    return undefined;
  }
  if (typeof value !== 'string') return undefined;
  const word = value.trim();
  // Mixed case such as `fAlSe` is not a boolean in any YAML version, but programs reading env vars lower-case first.
  if (TRUE_WORDS.test(word) || word.toLowerCase() === 'true') return { on: true, spelling: 'word' };
  if (FALSE_WORDS.test(word) || word.toLowerCase() === 'false') return { on: false, spelling: 'word' };
  if (YAML11_TRUE.test(word)) return { on: true, spelling: 'yaml11' };
  if (YAML11_FALSE.test(word)) return { on: false, spelling: 'yaml11' };
  if (word === '1') return { on: true, spelling: 'number' };
  if (word === '0') return { on: false, spelling: 'number' };
  return undefined;
}

const OPPOSITES: Record<string, string> = { true: 'false', yes: 'no', on: 'off', '1': '0' };

/**
 * The same switch flipped, in the notation it was written in (`False` →
 * `True`, `NO` → `YES`, `off` → `on`, `0` → `1`), for quick fixes that
 * rewrite a value in place. With `plainBoolean`, `no` becomes `true` and `OFF`
 * becomes `TRUE`.
 */
export function flipFlag(text: string, options: { plainBoolean?: boolean } = {}): string | undefined {
  const lower = text.toLowerCase();
  let opposite = OPPOSITES[lower] ?? Object.keys(OPPOSITES).find((key) => OPPOSITES[key] === lower);
  // YAML 1.1 words mean different things to different parsers; `plainBoolean` answers with true/false, which all read alike.
  if (opposite !== undefined && options.plainBoolean && /^(yes|no|on|off)$/.test(opposite)) opposite = /^(yes|on)$/.test(opposite) ? 'true' : 'false';
  if (opposite === undefined) return undefined;
  if (text === text.toUpperCase() && text !== text.toLowerCase()) return opposite.toUpperCase();
  if (text[0] === text[0].toUpperCase() && text[0] !== text[0].toLowerCase()) return opposite[0].toUpperCase() + opposite.slice(1);
  return opposite;
}
