/**
 * Long setting names shortened for a message that must fit on one line of
 * the Problems panel (at most ~90 characters): the tail after a `.`, `/` or
 * `_` that fits, after an ellipsis. The finding's range still underlines the
 * whole setting, so nothing is lost.
 */
export function brief(text: string, max = 40): string {
  if (text.length <= max) return text;
  for (let index = text.length - max; index < text.length; index++) {
    if ('./_'.includes(text[index - 1] ?? '') && text.length - index <= max) return `…${text.slice(index)}`;
  }
  return `…${text.slice(text.length - max)}`;
}
