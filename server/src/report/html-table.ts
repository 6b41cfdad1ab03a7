/**
 * Table markup for the estate report, so each table reads as its headers and
 * its cells rather than as one long string of tags. The output is exactly the
 * markup written by hand before (no whitespace between tags): the page's
 * script and tests find cells by position.
 */

/** A cell: markup, or markup with attributes (`class="num"`, `data-value="…"`). */
export type Cell = string | { html: string; attributes: string };

/** A header: its label, right-aligned when numeric, sortable when the page's script may sort by it. */
export interface Header {
  label: string;
  numeric?: boolean;
  sortable?: boolean;
}

export function numeric(value: number): Cell {
  return { html: String(value), attributes: 'class="num"' };
}

export function row(cells: readonly Cell[], attributes = ''): string {
  const inner = cells.map((cell) => (typeof cell === 'string' ? `<td>${cell}</td>` : `<td ${cell.attributes}>${cell.html}</td>`)).join('');
  return `<tr${attributes ? ` ${attributes}` : ''}>${inner}</tr>`;
}

/** Headers from labels: `#Errors` is numeric, a trailing `^` sortable (`#Errors^`). */
export function headers(...labels: string[]): Header[] {
  return labels.map((label) => {
    const sortable = label.endsWith('^');
    const numericLabel = label.startsWith('#');
    return { label: label.slice(numericLabel ? 1 : 0, sortable ? -1 : undefined), numeric: numericLabel, sortable };
  });
}

export function table(attributes: string, columns: readonly Header[], rows: readonly string[], caption = ''): string {
  const head = columns
    .map((column) => {
      const attrs = [column.numeric ? 'class="num"' : '', column.sortable ? 'data-sort' : ''].filter(Boolean).join(' ');
      return `<th${attrs ? ` ${attrs}` : ''}>${column.label}</th>`;
    })
    .join('');
  return `<table ${attributes}>${caption}<thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table>`;
}
