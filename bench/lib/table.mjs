/**
 * Samples, summaries and the one table the bench prints. A row is a figure
 * (median with min–max and n), its ratios to the same-run floor and anchor,
 * and, when the issue sets one, the target with PASS or MISS.
 */

export function summary(samples) {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], n: sorted.length };
}

/** The value at fraction p (0..1) of the sorted samples, nearest rank. */
export function percentile(samples, p) {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
}

function number(value, unit) {
  if (value === undefined || Number.isNaN(value)) return 'n/a';
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return `${value.toFixed(digits)}${unit ? ` ${unit}` : ''}`;
}

export class Table {
  rows = [];
  /**
   * A row measured as samples. floor and anchor are summaries to divide by;
   * anchor null means an anchor belongs here but was not measured ("n/a").
   * The target judges the ratio to the floor, or with `on: 'median'` the value.
   */
  add(section, figure, samples, { unit = 'ms', floor, anchor, target } = {}) {
    const s = samples?.length ? summary(samples) : undefined;
    const ratioOf = (other) => (s && other?.median ? s.median / other.median : undefined);
    const floorRatio = ratioOf(floor);
    const anchorRatio = anchor === null ? null : ratioOf(anchor);
    const judged = judge(target?.on === 'median' ? s?.median : floorRatio, target);
    const value = s ? `${number(s.median, unit)} (${number(s.min)}–${number(s.max)})` : 'n/a';
    this.rows.push({
      section,
      figure,
      value,
      n: s ? String(s.n) : '',
      floor: floorRatio === undefined ? '' : number(floorRatio),
      anchor: anchorRatio === null ? 'n/a' : anchorRatio === undefined ? '' : number(anchorRatio),
      ...judged,
    });
    return s;
  }
  /** A row whose value is derived (a ratio, a count, a text). */
  value(section, figure, value, { unit = '', target, note } = {}) {
    this.rows.push({
      section,
      figure,
      value: typeof value === 'number' ? number(value, unit) : (value ?? 'n/a'),
      n: '',
      floor: '',
      anchor: '',
      ...judge(value, target),
      note,
    });
  }
  markdown() {
    const lines = ['| Section | Figure | Median (min–max) | n | ÷ floor | ÷ anchor | Target | Result |', '|---|---|---|---|---|---|---|---|'];
    for (const row of this.rows) {
      const figure = row.note ? `${row.figure} (${row.note})` : row.figure;
      lines.push(`| ${row.section} | ${figure} | ${row.value} | ${row.n} | ${row.floor} | ${row.anchor} | ${row.target} | ${row.result} |`);
    }
    return lines.join('\n');
  }
}

/** target: { max } or { min } on the judged number (a ratio to the floor, or the value itself), with a label. */
function judge(value, target) {
  if (!target || (target.max === undefined && target.min === undefined)) return { target: target?.label ?? '', result: '' };
  if (typeof value !== 'number' || Number.isNaN(value)) return { target: target.label, result: 'n/a' };
  const pass = (target.max === undefined || value <= target.max) && (target.min === undefined || value >= target.min);
  return { target: target.label, result: pass ? 'PASS' : 'MISS' };
}
