/**
 * The report page's style and script, inlined into the HTML: the file is
 * opened from a CI artifact or an email, with no network, so nothing may be
 * fetched at view time. The script only sorts and filters tables; without it
 * the page still shows everything.
 */

export const STYLE = `
:root { --blue:#005eb8; --dark:#212b32; --grey:#4c6272; --pale:#f0f4f5; --red:#d5281b; --amber:#ffb81c; --green:#007f3b; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Arial, sans-serif; color: var(--dark); background: var(--pale); }
header { background: var(--blue); color: #fff; padding: 20px 32px; }
header h1 { margin: 0 0 4px; font-size: 22px; font-weight: 600; }
header p { margin: 0; opacity: .9; }
main { padding: 20px 32px 40px; max-width: 1400px; }
section { background: #fff; border-radius: 6px; padding: 16px 20px; margin: 0 0 18px; box-shadow: 0 1px 2px rgba(0,0,0,.08); }
h2 { font-size: 18px; margin: 0 0 10px; }
.headline { display: flex; gap: 28px; align-items: center; flex-wrap: wrap; }
.big { font-size: 44px; font-weight: 700; color: var(--green); line-height: 1; }
.big small { font-size: 20px; color: var(--grey); font-weight: 500; }
.meter { width: 260px; height: 14px; background: #e8edee; border-radius: 7px; overflow: hidden; }
.meter span { display: block; height: 100%; background: var(--green); }
.cards { display: flex; gap: 12px; flex-wrap: wrap; margin-top: 14px; }
.card { border-left: 4px solid var(--blue); padding: 4px 12px; min-width: 130px; }
.card b { display: block; font-size: 22px; }
.card.error { border-color: var(--red); } .card.warning { border-color: var(--amber); } .card.good { border-color: var(--green); }
.delta { font-size: 13px; color: var(--grey); }
.up { color: var(--red); } .down { color: var(--green); }
.pair { display: flex; gap: 24px; flex-wrap: wrap; align-items: flex-start; }
.pair > * { flex: 0 1 auto; }
table { border-collapse: collapse; font-size: 14px; }
th, td { text-align: left; padding: 4px 10px; border-bottom: 1px solid #d8dde0; vertical-align: top; }
th { background: #e8edee; position: relative; }
th[data-sort] { cursor: pointer; user-select: none; }
th[aria-sort="ascending"]::after { content: " \\25B2"; font-size: 10px; }
th[aria-sort="descending"]::after { content: " \\25BC"; font-size: 10px; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.wide { width: 100%; }
.tag { display: inline-block; white-space: nowrap; padding: 0 6px; border-radius: 3px; font-size: 12px; font-weight: 600; }
.tag.ready { background: #cce5d8; color: var(--green); } .tag.not { background: #f7d4d1; color: var(--red); }
.tag.expired { background: var(--red); color: #fff; }
.legend span { margin-right: 14px; font-size: 13px; } .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
.filters { display: flex; gap: 14px; align-items: center; margin-bottom: 8px; }
.filters input[type=search] { padding: 5px 8px; width: 280px; border: 1px solid #aeb7bd; border-radius: 4px; }
details summary { cursor: pointer; color: var(--blue); }
details ul { margin: 4px 0; padding-left: 18px; font-size: 13px; }
code { font-size: 13px; background: #f0f4f5; padding: 0 3px; }
a { color: var(--blue); }
.muted { color: var(--grey); }
@media print {
  body { background: #fff; } header { background: #fff; color: var(--dark); border-bottom: 3px solid var(--blue); }
  section { box-shadow: none; break-inside: avoid; } .filters { display: none; } tr[hidden] { display: table-row; }
}
`;

/** Sorting (click a header) and filtering (text, "not ready only") of tables marked data-table; findings opened for print. */
export const SCRIPT =
  `
(function () {
  function cellValue(row, index) {
    var cell = row.cells[index];
    var raw = cell.getAttribute('data-value');
    var text = raw !== null ? raw : cell.textContent.trim();
    var number = Number(text);
    return text !== '' && !isNaN(number) ? number : text.toLowerCase();
  }
  document.querySelectorAll('table[data-table] th[data-sort]').forEach(function (th) {
    th.tabIndex = 0;
    function sort() {
      var table = th.closest('table');
      var body = table.tBodies[0];
      var index = Array.prototype.indexOf.call(th.parentNode.children, th);
      var ascending = th.getAttribute('aria-sort') !== 'ascending';
      table.querySelectorAll('th[aria-sort]').forEach(function (other) { other.removeAttribute('aria-sort'); });
      th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      var rows = Array.prototype.slice.call(body.rows);
      rows.sort(function (a, b) {
        var x = cellValue(a, index), y = cellValue(b, index);
        return (x < y ? -1 : x > y ? 1 : 0) * (ascending ? 1 : -1);
      });
      rows.forEach(function (row) { body.appendChild(row); });
    }
    th.addEventListener('click', sort);
    th.addEventListener('keydown', function (event) { if (event.key === 'Enter' || event.key === ' ') { event.preventDefault(); ` +
  `sort(); } });
  });
  document.querySelectorAll('[data-filter-for]').forEach(function (box) {
    var table = document.getElementById(box.getAttribute('data-filter-for'));
    var text = box.querySelector('input[type=search]');
    var notReady = box.querySelector('input[type=checkbox]');
    var count = box.querySelector('output');
    function apply() {
      var words = text.value.toLowerCase().split(/\\s+/).filter(Boolean);
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (row) {
        var haystack = row.textContent.toLowerCase();
        var visible = words.every(function (word) { return haystack.indexOf(word) >= 0; }) && (!notReady || !notReady.checked ` +
  `|| row.getAttribute('data-ready') === 'no');
        row.hidden = !visible;
        if (visible) shown += 1;
      });
      if (count) count.textContent = shown + ' shown';
    }
    text.addEventListener('input', apply);
    if (notReady) notReady.addEventListener('change', apply);
    apply();
  });
  // On paper nothing can be clicked open: print every service's findings.
  window.addEventListener('beforeprint', function () {
    document.querySelectorAll('details').forEach(function (details) { details.open = true; });
  });
})();
`;
