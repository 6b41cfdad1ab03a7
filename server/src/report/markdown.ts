/**
 * The estate summary as GitHub-flavoured Markdown, short enough for
 * `$GITHUB_STEP_SUMMARY` (1 MiB): headline, changes, areas, the services not
 * ready, the HSCN worklist and expiring waivers, each list capped.
 */
import type { EstateReport, Totals } from './model';

const MAX_ROWS = 50;

export function renderMarkdown(report: EstateReport): string {
  const { totals } = report;
  const lines: string[] = [];
  lines.push(`# Internet First readiness: ${totals.ready} of ${totals.services} services ready`, '');
  lines.push(
    `${report.date} · ${count(totals.repositories, 'repository', 'repositories')} · ${count(totals.errors, 'error')},` +
      ` ${count(totals.warnings, 'warning')}, ${count(totals.notes, 'note')} · ${totals.waived} waived`,
    '',
  );
  if (report.changes) {
    const c = report.changes;
    lines.push(
      `Since ${c.since}: ready ${signed(c.delta.ready)}, errors ${signed(c.delta.errors)}, warnings ${signed(c.delta.warnings)}; ` +
        `**${c.fixed} fixed**, ${c.new} new, ${c.stillOpen} still open.`,
      '',
    );
  }
  if (report.trend.length > 1) {
    lines.push('| Date | Ready | Services | Errors | Warnings | HSCN |', '|---|---:|---:|---:|---:|---:|');
    for (const point of report.trend)
      lines.push(`| ${point.date} | ${point.ready} | ${point.services} | ${point.errors} | ${point.warnings} | ${point.hscnDependencies} |`);
    lines.push('');
  }
  lines.push('## Findings by area', '', '| Area | Findings |', '|---|---:|');
  for (const [area, count] of Object.entries(report.byCategory)) lines.push(`| ${area} | ${count} |`);
  lines.push('', '## Findings by rule', '', '| Rule | Errors | Warnings | Notes |', '|---|---:|---:|---:|');
  for (const [rule, counts] of Object.entries(report.byRule)) lines.push(`| \`${rule}\` | ${counts.error} | ${counts.warning} | ${counts.note} |`);

  const notReady = report.services.filter((s) => !s.ready).sort((a, b) => b.counts.error - a.counts.error);
  lines.push('', `## Services not ready (${notReady.length})`, '');
  if (notReady.length > 0) {
    lines.push('| Repository | Service | Errors | Warnings | Notes | Waived |', '|---|---|---:|---:|---:|---:|');
    for (const s of notReady.slice(0, MAX_ROWS))
      lines.push(`| ${cell(s.repository)} | ${cell(s.service)} | ${s.counts.error} | ${s.counts.warning} | ${s.counts.note} | ${s.waived} |`);
    more(lines, notReady.length - MAX_ROWS);
  } else lines.push('Every service is ready.');

  lines.push('', `## HSCN dependencies still in use (${totals.hscnDependencies})`, '');
  if (report.hscn.items.length > 0) {
    lines.push('| Service | Host | Internet equivalent | Where |', '|---|---|---|---|');
    for (const h of report.hscn.items.slice(0, MAX_ROWS))
      lines.push(
        `| ${cell(h.service)} | \`${cell(h.host)}\` | ${h.internetEquivalent ? `\`${cell(h.internetEquivalent)}\`` : 'not known'} ` +
          `| ${place(h.file, h.line, h.url)} |`,
      );
    more(lines, totals.hscnDependencies - Math.min(MAX_ROWS, report.hscn.items.length));
  } else lines.push('None.');

  lines.push('', `## Waivers and exemptions ending within 90 days or expired (${totals.expiring})`, '');
  if (report.expiring.items.length > 0) {
    lines.push('| Ends | Kind | Service | Rule | Where | Reason |', '|---|---|---|---|---|---|');
    for (const e of report.expiring.items.slice(0, MAX_ROWS))
      lines.push(
        `| ${e.expired ? `**expired ${e.expires}**` : e.expires} | ${e.kind} | ${cell(e.service)} | \`${e.ruleId}\` ` +
          `| ${place(e.file, e.line, e.url)} | ${cell(e.reason ?? '')} |`,
      );
    more(lines, totals.expiring - Math.min(MAX_ROWS, report.expiring.items.length));
  } else lines.push('None.');

  lines.push('', `## Files that could not be checked (${totals.parseFailures})`, '');
  if (report.parseFailures.items.length > 0) {
    for (const p of report.parseFailures.items.slice(0, MAX_ROWS))
      lines.push(`- ${cell(p.repository)}: ${place(p.file, undefined, p.url)}: ${cell(p.message)}`);
    more(lines, totals.parseFailures - Math.min(MAX_ROWS, report.parseFailures.items.length));
  } else lines.push('None.');
  if (report.inputs.problems.length > 0) {
    lines.push('', `## Inputs not used (${report.inputs.problems.length})`, '');
    for (const p of report.inputs.problems.slice(0, MAX_ROWS)) lines.push(`- \`${cell(p.input)}\` ${cell(p.message)}`);
  }
  lines.push('', `<sub>${report.tool.name} ${report.tool.version} · ${report.inputs.read} SARIF inputs</sub>`, '');
  return lines.join('\n');
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

export function signed(value: number): string {
  return value > 0 ? `+${value}` : String(value);
}

function place(file: string, line: number | undefined, url: string | undefined): string {
  const text = `${cell(file)}${line ? `:${line}` : ''}`;
  return url ? `[${text}](${url})` : text;
}

function more(lines: string[], count: number): void {
  if (count > 0) lines.push('', `…and ${count} more (see the HTML or JSON report).`);
}

/** Table cells: a `|` ends the cell, a newline the row, and `<` could open HTML. */
function cell(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ')
    .replace(/</g, '&lt;');
}

export type { Totals };
