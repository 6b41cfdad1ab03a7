/**
 * The estate report as one self-contained HTML page: headline first (services
 * ready, and the change since the last report), then the charts with their
 * tables, the services, the HSCN worklist, expiring waivers and the files that
 * could not be checked. All text from SARIF is escaped: it comes from many
 * repositories and is data, never markup.
 */
import { barChart, legend, lineChart, type Series } from './charts';
import { esc, scriptJson } from './escape';
import { SCRIPT, STYLE } from './html-assets';
import { signed } from './markdown';
import type { EstateReport, FindingRef, ServiceFigures } from './model';
import { headers, numeric, row, table } from './html-table';

const LEVEL_SERIES: Series[] = [
  { name: 'Errors', color: '#d5281b' },
  { name: 'Warnings', color: '#ffb81c' },
  { name: 'Notes', color: '#005eb8' },
];
const TREND_SERIES: Series[] = [
  { name: 'Services ready', color: '#007f3b' },
  { name: 'Services', color: '#005eb8' },
  { name: 'HSCN dependencies', color: '#d5281b' },
];

type RuleHelp = Record<string, { description: string; helpUri: string }>;

export function renderHtml(report: EstateReport, rules: RuleHelp = {}): string {
  const title = `Internet First readiness: ${report.totals.ready} of ${report.totals.services} services ready`;
  const subtitle = [
    esc(report.date),
    `${report.totals.repositories} repositories`,
    `${report.inputs.read} SARIF inputs`,
    `${esc(report.tool.name)} ${esc(report.tool.version)}`,
  ].join(' · ');
  const data = scriptJson({ date: report.date, totals: report.totals, changes: report.changes ?? null, byCategory: report.byCategory });
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header><h1>Internet First readiness across the estate</h1><p>${subtitle}</p></header>
<main>
${headline(report)}
${trend(report)}
${areas(report, rules)}
${servicesTable(report.services)}
${hscnList(report)}
${expiring(report)}
${failures(report)}
</main>
<script type="application/json" id="report-data">${data}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

function headline(report: EstateReport): string {
  const { totals, changes } = report;
  const percent = totals.services === 0 ? 0 : Math.round((totals.ready / totals.services) * 100);
  const delta = (value: number | undefined, goodWhenDown: boolean): string => {
    if (value === undefined) return '';
    const better = goodWhenDown ? value < 0 : value > 0;
    return `<span class="delta ${value === 0 ? '' : better ? 'down' : 'up'}">${signed(value)} since ${esc(changes!.since)}</span>`;
  };
  const card = (kind: string, id: string, label: string, value: number, change?: number, goodWhenDown = true): string =>
    `<div class="card ${kind}"><b id="${id}">${value}</b>${esc(label)} ${delta(change, goodWhenDown)}</div>`;
  const d = changes?.delta;
  const ready = `${totals.ready} <small>of ${totals.services} services ready (${percent}%)</small>`;
  const compared = d ? `<div>${delta(d.ready, false)}</div>` : '<div class="muted">No earlier report to compare with (pass <code>--previous</code>).</div>';
  const changeCards = changes
    ? card('good', 'changes-fixed', 'findings fixed', changes.fixed) +
      card('error', 'changes-new', 'new findings', changes.new) +
      card('', 'changes-open', 'still open', changes.stillOpen)
    : '';
  return `<section aria-labelledby="headline-title">
<h2 id="headline-title">Services ready</h2>
<div class="headline">
<div class="big" id="headline-ready" data-ready="${totals.ready}" data-services="${totals.services}">${ready}</div>
<div class="meter" aria-hidden="true"><span style="width:${percent}%"></span></div>
${compared}
</div>
<p class="muted">A service is ready when it has no error-level finding. Warnings and notes still need attention.</p>
<div class="cards">
${card('error', 'total-errors', 'errors', totals.errors, d?.errors)}
${card('warning', 'total-warnings', 'warnings', totals.warnings, d?.warnings)}
${card('error', 'total-hscn', 'HSCN dependencies', totals.hscnDependencies, d?.hscnDependencies)}
${card('warning', 'total-expiring', 'waivers and exemptions ending soon', totals.expiring, d?.expiring)}
${card('', 'total-waived', 'findings waived', totals.waived, d?.waived)}
${card('', 'total-parse', 'files not checked', totals.parseFailures, d?.parseFailures)}
${changeCards}
</div>
</section>`;
}

function trend(report: EstateReport): string {
  if (report.trend.length < 2) return '';
  const points = report.trend.map((p) => ({ label: p.date, values: [p.ready, p.services, p.hscnDependencies] }));
  const rows = report.trend.map((p) =>
    row([esc(p.date), numeric(p.ready), numeric(p.services), numeric(p.errors), numeric(p.warnings), numeric(p.hscnDependencies)]),
  );
  const columns = headers('Date', '#Ready', '#Services', '#Errors', '#Warnings', '#HSCN');
  const figures = table('id="trend-table"', columns, rows, '<caption class="muted">Figures per report</caption>');
  return `<section aria-labelledby="trend-title"><h2 id="trend-title">Trend</h2><div class="pair">${lineChart(points, TREND_SERIES)}
${figures}</div></section>`;
}

function areas(report: EstateReport, rules: RuleHelp): string {
  const categories = Object.entries(report.byCategory);
  const categoryRows = categories.map(([name, count]) => ({ label: name, values: [count] }));
  const ruleEntries = Object.entries(report.byRule).sort(([, a], [, b]) => b.error + b.warning + b.note - (a.error + a.warning + a.note));
  const ruleRows = ruleEntries.map(([id, c]) => ({ label: id, values: [c.error, c.warning, c.note] }));
  const ruleTable = ruleEntries.map(([id, c]) => {
    const help = rules[id];
    const name = help ? `<a href="${esc(help.helpUri)}" title="${esc(help.description)}"><code>${esc(id)}</code></a>` : `<code>${esc(id)}</code>`;
    return row([name, numeric(c.error), numeric(c.warning), numeric(c.note)]);
  });
  const categoryTable = table(
    'id="category-table"',
    headers('Area', '#Findings'),
    categories.map(([name, count]) => row([esc(name), numeric(count)])),
  );
  const byRule = table('id="rule-table" data-table', headers('Rule^', '#Errors^', '#Warnings^', '#Notes^'), ruleTable);
  const areaChart = barChart(categoryRows, [{ name: 'Findings', color: '#005eb8' }]);
  return `<section aria-labelledby="areas-title"><h2 id="areas-title">Findings by area</h2><div class="pair">${areaChart}
${categoryTable}</div></section>
<section aria-labelledby="rules-title"><h2 id="rules-title">Findings by rule</h2>${legend(LEVEL_SERIES)}<div class="pair">${barChart(ruleRows, LEVEL_SERIES)}
${byRule}</div></section>`;
}

function servicesTable(services: readonly ServiceFigures[]): string {
  const rows = services.map((s) => {
    const top = Object.entries(s.byRule)
      .sort(([, a], [, b]) => b - a)
      .slice(0, 3)
      .map(([id, n]) => `<code>${esc(id)}</code> ${n}`)
      .join(', ');
    const total = s.counts.error + s.counts.warning + s.counts.note;
    const repo = s.repositoryUrl ? `<a href="${esc(s.repositoryUrl)}">${esc(s.repository)}</a>` : esc(s.repository);
    const more = total > s.sample.length ? `<li class="muted">…and ${total - s.sample.length} more</li>` : '';
    const findings =
      s.sample.length > 0
        ? `<details><summary>${top}</summary><ul>${s.sample.map(findingItem).join('')}${more}</ul></details>`
        : '<span class="muted">none</span>';
    const status = {
      html: s.ready ? '<span class="tag ready">ready</span>' : '<span class="tag not">not ready</span>',
      attributes: `data-value="${s.ready ? 1 : 0}"`,
    };
    const cells = [repo, esc(s.service), status, numeric(s.counts.error), numeric(s.counts.warning), numeric(s.counts.note), numeric(s.waived), findings];
    return row(cells, `data-ready="${s.ready ? 'yes' : 'no'}"`);
  });
  const filter =
    '<div class="filters" data-filter-for="services-table"><label>Filter <input type="search" placeholder="repository, service or rule"></label>' +
    '<label><input type="checkbox"> not ready only</label><output class="muted"></output></div>';
  const columns = headers('Repository^', 'Service^', 'Status^', '#Errors^', '#Warnings^', '#Notes^', '#Waived^', 'Findings');
  return `<section aria-labelledby="services-title"><h2 id="services-title">Services (${services.length})</h2>
${filter}
${table('id="services-table" class="wide" data-table', columns, rows)}</section>`;
}

function findingItem(f: FindingRef): string {
  const where = `${esc(f.file)}:${f.line}`;
  const level = `<span class="tag ${f.level === 'error' ? 'not' : ''}">${esc(f.level)}</span>`;
  return `<li>${level} ${f.url ? `<a href="${esc(f.url)}">${where}</a>` : where} <code>${esc(f.ruleId)}</code> ${esc(f.message)}</li>`;
}

function place(file: string, line: number, url?: string): string {
  const text = `${esc(file)}:${line}`;
  return url ? `<a href="${esc(url)}">${text}</a>` : text;
}

function omitted(count: number): string {
  return count > 0 ? `<p class="muted">…and ${count} more, not listed here (the JSON report counts them).</p>` : '';
}

function hscnList(report: EstateReport): string {
  const rows = report.hscn.items.map((h) => {
    const equivalent = h.internetEquivalent ? `<code>${esc(h.internetEquivalent)}</code>` : '<span class="muted">not known</span>';
    return row([esc(h.repository), esc(h.service), `<code>${esc(h.host)}</code>`, equivalent, place(h.file, h.line, h.url)]);
  });
  const filter =
    '<div class="filters" data-filter-for="hscn-table"><label>Filter <input type="search" placeholder="service or host"></label>' +
    '<output class="muted"></output></div>';
  const columns = headers('Repository^', 'Service^', 'HSCN host^', 'Internet equivalent^', 'Where^');
  const list = rows.length === 0 ? '<p>None.</p>' : filter + table('id="hscn-table" class="wide" data-table', columns, rows);
  return `<section aria-labelledby="hscn-title"><h2 id="hscn-title">HSCN dependencies still in use (${report.totals.hscnDependencies})</h2>
<p class="muted">The migration worklist: every endpoint reachable only over HSCN, with the internet service that replaces it where known.</p>
${list}${omitted(report.hscn.omitted)}</section>`;
}

function expiring(report: EstateReport): string {
  const rows = report.expiring.items.map((e) => {
    const ends = {
      html: e.expired ? `<span class="tag expired">expired</span> ${esc(e.expires)}` : esc(e.expires),
      attributes: `data-value="${esc(e.expires)}"`,
    };
    const where = place(e.file, e.line, e.url);
    return row([ends, esc(e.kind), esc(e.repository), esc(e.service), `<code>${esc(e.ruleId)}</code>`, where, esc(e.reason ?? '')]);
  });
  const columns = headers('Ends^', 'Kind^', 'Repository^', 'Service^', 'Rule^', 'Where^', 'Reason');
  const list = rows.length === 0 ? '<p>None.</p>' : table('id="expiring-table" class="wide" data-table', columns, rows);
  const heading = `Waivers and exemptions ending within 90 days or expired (${report.totals.expiring})`;
  return `<section aria-labelledby="expiring-title"><h2 id="expiring-title">${heading}</h2>
${list}${omitted(report.expiring.omitted)}</section>`;
}

function failures(report: EstateReport): string {
  const rows = report.parseFailures.items.map(
    (p) => `<tr><td>${esc(p.repository)}</td><td>${p.url ? `<a href="${esc(p.url)}">${esc(p.file)}</a>` : esc(p.file)}</td><td>${esc(p.message)}</td></tr>`,
  );
  const problems = report.inputs.problems.map((p) => `<li><code>${esc(p.input)}</code> ${esc(p.message)}</li>`);
  const list = rows.length === 0 ? '<p>None.</p>' : table('id="parse-table" class="wide"', headers('Repository', 'File', 'Problem'), rows);
  return `<section aria-labelledby="failures-title"><h2 id="failures-title">Files that could not be checked (${report.totals.parseFailures})</h2>
${list}${omitted(report.parseFailures.omitted)}
${problems.length > 0 ? `<h2>Inputs not used (${problems.length})</h2><ul id="input-problems">${problems.join('')}</ul>` : ''}</section>`;
}
