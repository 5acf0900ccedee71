/**
 * The printable report's stylesheet. Black on white; meaning is never carried
 * by colour alone (totals are bold with a rule above, blanks say "no figure"
 * to screen readers). In print each section starts a new page.
 */
export const REPORT_CSS = `
:root { font-family: Arial, Helvetica, sans-serif; line-height: 1.4; color: #0b0c0c; background: #fff; }
body { margin: 0 auto; max-width: 72rem; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; margin: 0.5rem 0 0.25rem; }
h2 { font-size: 1.5rem; margin: 2.5rem 0 1rem; border-bottom: 2px solid #0b0c0c; padding-bottom: 0.25rem; }
a { color: #1d70b8; text-decoration: underline; }
a:focus { outline: 3px solid #ffdd00; background: #ffdd00; color: #0b0c0c; }
.report-table { margin: 0 0 2.5rem; }
.table-scroll { overflow-x: auto; }
.table-scroll:focus { outline: 3px solid #ffdd00; }
table { border-collapse: collapse; margin: 0 0 0.75rem; min-width: 30rem; font-variant-numeric: tabular-nums; }
caption { text-align: left; font-weight: bold; font-size: 1.125rem; padding: 0 0 0.5rem; }
th, td { border-bottom: 1px solid #b1b4b6; padding: 0.35rem 0.6rem; vertical-align: top; }
thead th { text-align: right; border-bottom: 2px solid #0b0c0c; }
th[scope="row"] { text-align: left; font-weight: normal; }
td.number { text-align: right; white-space: nowrap; }
td.text, thead th.text { text-align: left; }
tr.total th, tr.total td { font-weight: bold; border-top: 2px solid #0b0c0c; }
.notes { font-size: 0.9rem; margin: 0 0 0.5rem; padding-left: 1.25rem; }
.notes-heading { font-weight: bold; font-size: 0.9rem; margin: 0.5rem 0 0.25rem; }
.visually-hidden { position: absolute !important; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
@page { size: A4; margin: 15mm; }
@media print {
  :root { font-size: 10pt; color: #000; }
  body { max-width: none; padding: 0; }
  nav, .download { display: none; }
  .report-section { break-before: page; page-break-before: always; }
  h2 { break-after: avoid; page-break-after: avoid; }
  caption { break-after: avoid; }
  thead { display: table-header-group; }
  tr, .notes li { break-inside: avoid; page-break-inside: avoid; }
  .table-scroll { overflow: visible; }
  table.wide { font-size: 8pt; }
  a { color: #000; text-decoration: none; }
}
`;
