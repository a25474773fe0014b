// The stylesheet inlined into every HTML report: readable on screen (sticky headers, a
// tint and a bar on rows needing attention), printable on A4 landscape (headers repeat on
// every page, rows never split, the marks survive black-and-white printing).
export const REPORT_CSS = `
:root { color-scheme: light; --ink: #1b1f24; --muted: #57606a; --line: #d0d7de; --head: #f6f8fa; --tint: #fff4e5; --mark: #b35900; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 1280px; padding: 24px; background: #fff; color: var(--ink);
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.org { margin: 0; color: var(--muted); font-size: 12px; letter-spacing: .06em; text-transform: uppercase; }
h1 { margin: 4px 0; font-size: 26px; }
.as-of { margin: 0 0 12px; color: var(--muted); }
.summary { padding-left: 20px; }
nav ol { padding-left: 20px; columns: 2; }
section { margin-top: 28px; }
h2 { padding-bottom: 4px; border-bottom: 1px solid var(--line); font-size: 18px; }
.count { color: var(--muted); font-size: 13px; font-weight: normal; }
.table-wrap { overflow-x: auto; }
table { width: 100%; border-collapse: collapse; font-size: 13px; }
th, td { padding: 5px 8px; border-bottom: 1px solid var(--line); text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--head); font-weight: 600; white-space: nowrap; }
td.nowrap { white-space: nowrap; }
tbody tr:nth-child(even) { background: #fbfcfd; }
tbody tr.attention { background: var(--tint); }
tbody tr.attention td:first-child { border-left: 4px solid var(--mark); }
tbody tr.attention td.status { color: var(--mark); font-weight: 600; }
.empty { color: var(--muted); font-style: italic; }
footer { margin-top: 32px; padding-top: 8px; border-top: 1px solid var(--line); color: var(--muted); font-size: 12px; }
@page { size: A4 landscape; margin: 12mm; }
@media print {
  body { max-width: none; padding: 0; font-size: 10px; }
  nav { display: none; }
  .table-wrap { overflow: visible; }
  table { font-size: 9px; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; }
  h2 { break-after: avoid; }
  tbody tr.attention { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;
