/**
 * Long setting names shortened for a message that must fit on one line of
 * the Problems panel (at most ~90 characters): the tail after a `.`, `/` or
 * `_` that fits, after an ellipsis. The finding's range still underlines the
 * whole setting, so nothing is lost.
 */
export function brief(text: string, max = 40): string {
  if (text.length <= max) return text;
  // A `/` first: an annotation keeps its name whole (`…force-ssl-redirect: false`, not `…io/force-ssl-redirect`).
  for (const separators of ['/', './_']) {
    for (let index = text.length - max; index < text.length; index++) {
      if (separators.includes(text[index - 1] ?? '') && text.length - index <= max) return `…${text.slice(index)}`;
    }
  }
  // No separator to cut at (one long camel-case name): a few characters over is better than half a word.
  return text.length <= max + 10 ? text : `…${text.slice(text.length - max)}`;
}
