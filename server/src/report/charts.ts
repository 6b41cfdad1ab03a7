/**
 * Hand-written inline SVG charts. The candidates on npm were weighed (uPlot
 * and Chart.js draw on <canvas>, which prints as a blurred bitmap and says
 * nothing to a screen reader; frappe-charts draws SVG but has had no release
 * in years); two chart kinds in ~100 lines need no library. Every chart is
 * `aria-hidden` and followed by a table of the same figures, which is what
 * assistive technology and a printed page read.
 */
import { esc } from './escape';

export interface Series {
  name: string;
  color: string;
}

export interface BarRow {
  label: string;
  values: number[];
}

const FONT = 'font-family="system-ui, sans-serif" font-size="12"';

/** Horizontal bars, one per row, stacked by series. */
export function barChart(rows: readonly BarRow[], series: readonly Series[]): string {
  const labelWidth = 180;
  const barWidth = 320;
  const rowHeight = 24;
  const max = Math.max(1, ...rows.map((row) => sum(row.values)));
  const height = rows.length * rowHeight + 8;
  const bars = rows.map((row, i) => {
    const y = i * rowHeight + 4;
    let x = labelWidth;
    const parts = row.values.map((value, s) => {
      const width = (value / max) * barWidth;
      const box = `x="${x.toFixed(1)}" y="${y}" width="${width.toFixed(1)}" height="${rowHeight - 8}"`;
      const rect = width > 0 ? `<rect ${box} fill="${series[s].color}"/>` : '';
      x += width;
      return rect;
    });
    const label = `<text x="${labelWidth - 8}" y="${y + 12}" text-anchor="end" ${FONT}>${esc(row.label)}</text>`;
    return `${label}${parts.join('')}<text x="${(x + 6).toFixed(1)}" y="${y + 12}" ${FONT}>${sum(row.values)}</text>`;
  });
  return svg(labelWidth + barWidth + 60, height, bars.join(''));
}

/** A decorative chart (its figures are in the table beside it). */
function svg(width: number, height: number, content: string): string {
  return `<svg class="chart" role="img" aria-hidden="true" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${content}</svg>`;
}

export interface LinePoint {
  label: string;
  values: number[];
}

/** One line per series over the points (dates), with the values written at each point. */
export function lineChart(points: readonly LinePoint[], series: readonly Series[]): string {
  const width = 560;
  const height = 220;
  // Wide side margins: the first and last dates are centred on their points.
  const pad = { left: 56, right: 44, top: 16, bottom: 36 };
  const max = Math.max(1, ...points.flatMap((point) => point.values));
  const x = (i: number): number => pad.left + (points.length === 1 ? 0.5 : i / (points.length - 1)) * (width - pad.left - pad.right);
  const y = (v: number): number => height - pad.bottom - (v / max) * (height - pad.top - pad.bottom);
  const axis =
    `<line x1="${pad.left}" y1="${height - pad.bottom}" x2="${width - pad.right}" y2="${height - pad.bottom}" stroke="#768692"/>` +
    `<text x="${pad.left - 6}" y="${y(max) + 4}" text-anchor="end" ${FONT}>${max}</text>` +
    `<text x="${pad.left - 6}" y="${height - pad.bottom + 4}" text-anchor="end" ${FONT}>0</text>`;
  const labels = points
    .map((point, i) => `<text x="${x(i).toFixed(1)}" y="${height - pad.bottom + 18}" text-anchor="middle" ${FONT}>${esc(point.label)}</text>`)
    .join('');
  const lines = series.map((s, index) => {
    const coords = points.map((point, i) => `${x(i).toFixed(1)},${y(point.values[index]).toFixed(1)}`);
    const dots = points.map((point, i) => `<circle cx="${x(i).toFixed(1)}" cy="${y(point.values[index]).toFixed(1)}" r="3.5" fill="${s.color}"/>`).join('');
    return `<polyline points="${coords.join(' ')}" fill="none" stroke="${s.color}" stroke-width="2.5"/>${dots}`;
  });
  const legend = series
    .map(
      (s, i) =>
        `<rect x="${pad.left + i * 130}" y="${height - 12}" width="10" height="10" fill="${s.color}"/>` +
        `<text x="${pad.left + i * 130 + 14}" y="${height - 3}" ${FONT}>${esc(s.name)}</text>`,
    )
    .join('');
  return svg(width, height, `${axis}${labels}${lines.join('')}${legend}`);
}

/** A legend for bar charts, as text (it is read, unlike the SVG). */
export function legend(series: readonly Series[]): string {
  return `<p class="legend">${series.map((s) => `<span><i style="background:${s.color}"></i>${esc(s.name)}</span>`).join(' ')}</p>`;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
