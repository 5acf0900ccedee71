/**
 * The annual report as one printable, accessible HTML page, rendered on the
 * server: real tables with captions and scoped headers, headings in order,
 * every interpolated value escaped, and a link to each table's CSV.
 */
import { APPENDIX_ID, REPORT_SECTIONS } from '@complaints/domain';
import type { LearningAction } from '../actions/learning-action.entity';
import { escapeHtml } from './html';
import { LEARNING_ACTION_COLUMNS, learningActionCells } from './report-csv';
import { REPORT_CSS } from './report-html.styles';
import { yearForUrl } from './report-year';
import type { AnnualReport, ReportTable } from './report.types';

export { APPENDIX_ID };

type TablesById = Record<string, ReportTable>;

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
const NUMBER = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });

/** Where a table's CSV is, relative to the page (/report/2009-10), so it works under a path prefix too. */
export function csvHref(financialYear: string, tableId: string): string {
  return `../export/report/${yearForUrl(financialYear)}/${tableId}.csv`;
}

const BLANK = '<span aria-hidden="true">–</span><span class="visually-hidden">no figure</span>';

function numberCell(value: number | null, percent: boolean): string {
  if (value === null) return `<td class="number">${BLANK}</td>`;
  return `<td class="number">${escapeHtml(percent ? value.toFixed(1) : NUMBER.format(value))}</td>`;
}

function isTotal(label: string): boolean {
  return /^total\b/i.test(label);
}

function notesHtml(id: string, title: string, notes: string[]): string {
  if (!notes.length) return '';
  const heading = `${id}-notes`;
  return (
    `<p class="notes-heading" id="${escapeHtml(heading)}">Notes<span class="visually-hidden"> on ${escapeHtml(title)}</span></p>\n` +
    `<ul class="notes" aria-labelledby="${escapeHtml(heading)}">${notes.map((n) => `<li>${escapeHtml(n)}</li>`).join('')}</ul>`
  );
}

function download(financialYear: string, id: string, title: string): string {
  return `<p class="download"><a href="${escapeHtml(csvHref(financialYear, id))}" download>Download ${escapeHtml(title)} as CSV</a></p>`;
}

function scrollable(id: string, table: string): string {
  // Focusable so keyboard users can scroll a wide table.
  return `<div class="table-scroll" role="region" aria-labelledby="${escapeHtml(id)}-caption" tabindex="0">\n${table}\n</div>`;
}

export function tableHtml(table: ReportTable, financialYear: string): string {
  const percent = table.columns.map((c) => c.trim().endsWith('%'));
  const head = `<tr><td></td>${table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = table.rows
    .map(
      (row) =>
        `<tr${isTotal(row.label) ? ' class="total"' : ''}><th scope="row">${escapeHtml(row.label)}</th>${row.values
          .map((v, i) => numberCell(v ?? null, percent[i]))
          .join('')}</tr>`,
    )
    .join('\n');
  const wide = table.columns.length > 6 ? ' class="wide"' : '';
  const html =
    `<table${wide}>\n<caption id="${escapeHtml(table.id)}-caption">${escapeHtml(table.title)}</caption>\n` +
    `<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  return (
    `<div class="report-table" id="${escapeHtml(table.id)}">\n${scrollable(table.id, html)}\n` +
    `${notesHtml(table.id, table.title, table.notes)}\n${download(financialYear, table.id, table.title)}\n</div>`
  );
}

export function learningActionsHtml(actions: LearningAction[], financialYear: string, notes: string[] = []): string {
  const title = `Appendix 1: Learning from complaints, ${financialYear}`;
  const numeric = LEARNING_ACTION_COLUMNS.map((c) => c === 'Complaints');
  const head = `<tr>${LEARNING_ACTION_COLUMNS.map((c, i) => `<th scope="col"${numeric[i] ? '' : ' class="text"'}>${escapeHtml(c)}</th>`).join('')}</tr>`;
  const body = actions.length
    ? actions
        .map((action) => {
          const [issue, ...cells] = learningActionCells(action);
          const tds = cells.map((cell, i) =>
            cell === null || cell === undefined || cell === ''
              ? `<td class="${numeric[i + 1] ? 'number' : 'text'}">${BLANK}</td>`
              : `<td class="${numeric[i + 1] ? 'number' : 'text'}">${escapeHtml(cell)}</td>`,
          );
          return `<tr><th scope="row">${escapeHtml(String(issue))}</th>${tds.join('')}</tr>`;
        })
        .join('\n')
    : `<tr><td class="text" colspan="${LEARNING_ACTION_COLUMNS.length}">No learning actions were recorded for ${escapeHtml(financialYear)}.</td></tr>`;
  const html =
    `<table>\n<caption id="${APPENDIX_ID}-caption">${escapeHtml(title)}</caption>\n` +
    `<thead>${head}</thead>\n<tbody>\n${body}\n</tbody>\n</table>`;
  const notesPart = notes.length ? `${notesHtml(APPENDIX_ID, title, notes)}\n` : '';
  return `<div class="report-table" id="${APPENDIX_ID}">\n${scrollable(APPENDIX_ID, html)}\n${notesPart}${download(financialYear, APPENDIX_ID, title)}\n</div>`;
}

function tablesById(report: AnnualReport): TablesById {
  const { outcomes, progression, feedback, compliments, divisions, childrenAndYoungPeople, lostInformation } = report;
  return Object.fromEntries([...report.tables, outcomes, progression, feedback, compliments, divisions, childrenAndYoungPeople, lostInformation].filter(Boolean).map((t) => [t.id, t]));
}

export function renderReportHtml(report: AnnualReport, generatedOn: string): string {
  const tables = tablesById(report);
  const { financialYear: year, previousFinancialYear: previous } = report;
  const title = `Annual report on comments and complaints, ${year}`;
  const sections = REPORT_SECTIONS.map((section) => ({ ...section, tables: section.tableIds.map((id) => tables[id]).filter(Boolean) }));
  const contents = [
    ...sections.map((s) => `<li><a href="#${s.id}">${escapeHtml(s.heading)}</a><ol>${s.tables.map((t) => `<li><a href="#${escapeHtml(t.id)}">${escapeHtml(t.title)}</a></li>`).join('')}</ol></li>`),
    `<li><a href="#appendix">Appendix 1: Learning from complaints</a></li>`,
  ];
  const body = sections.map(
    (s) =>
      `<section class="report-section" id="${s.id}" aria-labelledby="${s.id}-heading">\n<h2 id="${s.id}-heading">${escapeHtml(s.heading)}</h2>\n` +
      `${s.tables.map((t) => tableHtml(t, year)).join('\n')}\n</section>`,
  );
  body.push(
    `<section class="report-section" id="appendix" aria-labelledby="appendix-heading">\n<h2 id="appendix-heading">Appendix 1: Learning from complaints</h2>\n` +
      `<p class="report-learning-captured">${escapeHtml(report.learningCaptured.summary)}</p>\n` +
      `${learningActionsHtml(report.learningActions, year, report.learningActionNotes)}\n</section>`,
  );
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>Contacts, complaints and information requests received from ${escapeHtml(longDate(report.from))} to ${escapeHtml(longDate(report.to))}, compared with ${escapeHtml(previous)} where the report compares years. Generated from the records on ${escapeHtml(longDate(generatedOn))}.</p>
<nav aria-labelledby="contents-heading">
<h2 id="contents-heading">Contents</h2>
<ol>${contents.join('\n')}</ol>
</nav>
${body.join('\n')}
</main>
</body>
</html>
`;
}
