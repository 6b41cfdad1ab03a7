/**
 * Strings in code-unit order. For the engine's kebab-case rule ids it is the
 * order localeCompare gives, without setting up ICU's collator (about 7 ms in
 * every fresh process that loads the engine).
 */
export function byCodeUnit(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
