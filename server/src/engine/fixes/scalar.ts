/**
 * Writing a value the way the file around it writes values: JSON strings
 * quoted, YAML strings plain where a YAML 1.2 and a YAML 1.1 reader both
 * read them back as the same string, otherwise double-quoted; and a value
 * that replaces another keeps that one's quotes.
 */
import type { ScalarNode, ScalarValue } from '../parse/tree';
import type { TextEdit } from '../types';

/** Words and numbers a YAML reader (1.2 core, or 1.1 as Spring and PyYAML read it) takes for something other than a string. */
const NOT_A_STRING = /^(true|false|yes|no|on|off|y|n|null|~|[-+]?(\d[\d_]*)?(\.\d*)?([eE][-+]?\d+)?|0x[0-9a-f]+|0o[0-7]+|[-+]?\.(inf|nan)|\d+(:\d+)+)$/i;

/** A string that may stay unquoted in YAML, in block and flow context alike. */
export function yamlPlainSafe(value: string): boolean {
  if (value === '' || NOT_A_STRING.test(value)) return false;
  return /^[A-Za-z0-9_./<(][A-Za-z0-9_./<>()@+=~-]*$/.test(value);
}

export type Quote = '"' | "'" | '';

/** A value as it is written in a file of this language, in the given quote style (YAML only; JSON always double-quotes strings). */
export function renderScalar(value: ScalarValue, language: 'yaml' | 'json', quote: Quote = ''): string {
  if (typeof value !== 'string') return value === null ? 'null' : String(value);
  if (language === 'json' || quote === '"') return JSON.stringify(value);
  if (quote === "'") return `'${value.replace(/'/g, "''")}'`;
  return yamlPlainSafe(value) ? value : JSON.stringify(value);
}

/** The quote character a scalar is written with ('' for plain and block scalars). */
export function quoteOf(text: string, node: ScalarNode): Quote {
  const first = text[node.offset];
  return !node.plain && (first === '"' || first === "'") ? first : '';
}

/**
 * Replace a whole scalar with another value, keeping its quotes. A block
 * scalar (`|`, `>`) becomes a one-line scalar; its final line break stays.
 */
/** Where the final run of line breaks starts: a loop, since /(\r?\n)+$/ is quadratic on a long run of them. */
function trailingLineBreaks(source: string): number {
  let end = source.length;
  while (end > 0 && source[end - 1] === '\n') {
    end--;
    if (end > 0 && source[end - 1] === '\r') end--;
  }
  return end;
}

export function replaceScalar(text: string, node: ScalarNode, value: ScalarValue, language: 'yaml' | 'json'): TextEdit {
  const source = text.slice(node.offset, node.offset + node.length);
  const trailing = /^[|>]/.test(source) ? source.slice(trailingLineBreaks(source)) : '';
  return { offset: node.offset, length: node.length, newText: renderScalar(value, language, quoteOf(text, node)) + trailing };
}
