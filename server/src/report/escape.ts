/** Text into HTML text or a quoted attribute value. */
export function esc(text: string | number): string {
  return String(text).replace(/[&<>"']/g, (ch) => ENTITIES[ch]);
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** JSON inside <script type="application/json">: `<` escaped so the data can never close the element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c');
}
