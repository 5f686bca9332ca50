// The report's stylesheet: screen and print (A4, page breaks before the long sections,
// headings kept with what follows, table headers repeated on every page).
#include "report_detail.hpp"

namespace kompilasi::report_detail {

void write_style(Ctx& x) {
  x.out += R"CSS(<style>
:root { --ink: #1f2937; --muted: #5b6472; --accent: #1d4ed8; --track: #e8ebf0; --line: #d5d9e0; --head: #f4f6f9; }
* { box-sizing: border-box; }
html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
body { margin: 0; background: #eef0f3; color: var(--ink); font: 14px/1.45 "Noto Sans", "DejaVu Sans", "Liberation Sans", Arial, sans-serif; }
main { max-width: 1060px; margin: 0 auto; background: #fff; padding: 28px 40px 40px; }
header.cover { border-bottom: 3px solid var(--accent); padding-bottom: 12px; margin-bottom: 8px; }
header.cover h1 { font-size: 26px; margin: 0 0 2px; }
header.cover .sub { font-size: 16px; }
.muted, .note { color: var(--muted); }
.note { font-size: 12px; margin: 4px 0 10px; }
nav ol { columns: 2; font-size: 13px; margin: 8px 0 0; padding-left: 20px; }
nav a { color: var(--accent); text-decoration: none; }
h2 { font-size: 19px; margin: 30px 0 8px; padding-bottom: 3px; border-bottom: 1px solid var(--line); }
h3 { font-size: 15px; margin: 18px 0 6px; }
.cards { display: grid; grid-template-columns: repeat(4, 1fr); gap: 10px; margin: 10px 0; }
.card { border: 1px solid var(--line); border-radius: 6px; padding: 10px 12px; break-inside: avoid; }
.card .v { font-size: 22px; font-weight: 700; white-space: nowrap; }
.card .v small { font-size: 13px; font-weight: 400; color: var(--muted); }
.card .l { font-size: 12px; color: var(--muted); }
table { border-collapse: collapse; width: 100%; font-size: 12px; margin: 6px 0 14px; }
th, td { border-bottom: 1px solid var(--line); padding: 3px 6px; text-align: left; vertical-align: top; }
th { background: var(--head); font-weight: 600; vertical-align: bottom; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
td.n { white-space: nowrap; }
td.name { min-width: 160px; }
td.code { white-space: nowrap; }
tr.total td { font-weight: 700; border-top: 2px solid var(--line); }
tr.d1 td.name { padding-left: 20px; } tr.d2 td.name { padding-left: 34px; } tr.d3 td.name { padding-left: 48px; }
tr.d4 td.name { padding-left: 62px; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
figure.chart { margin: 6px 0 12px; break-inside: avoid; }
svg.chart { width: 100%; height: auto; display: block; }
svg text { font-family: inherit; font-size: 12px; fill: var(--ink); }
svg text.axis { font-size: 10px; fill: var(--muted); }
svg .track { fill: var(--track); }
svg .bar { fill: var(--accent); }
svg .grid { stroke: var(--line); stroke-width: 1; }
svg .base { stroke: var(--muted); stroke-width: 1; }
.sev-error { color: #b91c1c; font-weight: 600; } .sev-warning { color: #a16207; font-weight: 600; } .sev-info { color: var(--muted); }
table.list { font-size: 11.5px; table-layout: fixed; }
table.list th:nth-child(1) { width: 24%; } table.list th:nth-child(2) { width: 40%; }
footer { margin-top: 30px; font-size: 11px; color: var(--muted); border-top: 1px solid var(--line); padding-top: 8px; }
@page { size: A4; margin: 14mm 12mm 16mm; }
@media print {
  body { background: #fff; font-size: 11px; }
  main { max-width: none; padding: 0; }
  nav { display: none; }
  section.break { break-before: page; }
  h2, h3 { break-after: avoid; }
  h2 { margin-top: 0; }
  section:not(.break) h2 { margin-top: 18px; }
  .card .v { font-size: 18px; }
  table { font-size: 9.5px; }
  table.list { font-size: 9px; }
  th, td { padding: 2px 4px; }
}
</style>
)CSS";
}

}  // namespace kompilasi::report_detail
