/**
 * Template files (Helm/Go `{{ }}`, Jinja `{% %}` `{# #}`, Mustache `{{#x}}`)
 * are not YAML until rendered. To still check what can be checked, their tags
 * are set aside with same-length text, so every offset stays right: control
 * tags and lines holding nothing but tags become spaces; a tag inside a value
 * becomes `$___`, which the rules already skip as an unresolved placeholder.
 */

const TAG = /\{\{\{[\s\S]*?\}\}\}|\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}|\{#[\s\S]*?#\}/g;
/** Helm/Go actions and Mustache sections that produce no value themselves. */
const CONTROL = /^\{\{-?\s*(if|else|end|range|with|define|block|template|break|continue|\/\*|[#/^!>])|:=|^\{[%#]/;

const OPEN = '\u0001';
const FILL = '\u0002';

/** The first template tag in the text, if it has one a YAML parser would stumble on. */
export function firstTemplateTag(text: string): { offset: number; tag: string } | undefined {
  TAG.lastIndex = 0;
  for (const match of text.matchAll(TAG)) {
    // `${{ … }}` is a GitHub Actions expression inside a plain value: valid YAML.
    if (match[0].startsWith('{{') && text[match.index! - 1] === '$') continue;
    return { offset: match.index!, tag: match[0] };
  }
  return undefined;
}

export function blankTemplateTags(text: string): string {
  const marked = text.replace(TAG, (tag: string, offset: number) => {
    if (tag.startsWith('{{') && text[offset - 1] === '$') return tag;
    const control = CONTROL.test(tag);
    return Array.from(tag, (char, index) => (char === '\n' || char === '\r' ? char : control ? ' ' : index === 0 ? OPEN : FILL)).join('');
  });
  return marked
    .split(/(\r?\n|\r)/)
    .map((part) => {
      if (!part.includes(OPEN) && !part.includes(FILL)) return part;
      // A line of tags alone (`{{- include "labels" . | nindent 4 }}`) injects whole lines when rendered: nothing to check.
      if (/^[\s\u0001\u0002]*$/.test(part)) return part.replace(/[^\r\n]/g, ' ');
      return part.replace(/\u0001/g, '$').replace(/\u0002/g, '_');
    })
    .join('');
}
