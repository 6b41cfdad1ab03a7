/**
 * `--list-rules`: one row per rule (id, default severity, which fixes `--fix`
 * can apply, what the rule finds), so a user can pick `--rule` ids and see
 * what `--fix` and `--unsafe-fixes` would touch without opening the docs.
 */
import type { RuleMeta } from '../engine';

/** `safe`, `unsafe`, `safe, unsafe`; `editor` when the only fixes are display-only quick fixes; `-` for none. */
export function fixColumn(meta: RuleMeta<string>): string {
  const kinds = Object.values(meta.fixes ?? {});
  const applied = (['safe', 'unsafe'] as const).filter((applicability) => kinds.some((kind) => kind.applicability === applicability));
  if (applied.length > 0) return applied.join(', ');
  return kinds.length > 0 ? 'editor' : '-';
}

export function formatRuleList(metas: readonly RuleMeta<string>[]): string {
  const rows = [
    ['RULE', 'SEVERITY', 'FIXES', 'DESCRIPTION'],
    ...metas.map((meta) => [meta.id, meta.defaultSeverity, fixColumn(meta), oneLine(meta.description)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]) : cell)).join('  '));
  const legend = 'FIXES: safe ones are applied by --fix; unsafe ones only with --unsafe-fixes; editor: quick fixes in the editor only.';
  return `${lines.join('\n')}\n\n${legend}\n`;
}

function oneLine(text: string): string {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
