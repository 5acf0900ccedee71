import { useMemo } from 'react';
import { reportChart } from './report-charts';
import { formatReportValue, isTotalRow } from './report-format';
import { reportCsvHref } from './report-params';
import { rowHeaderOf } from './report-sections';
import { ReportChart } from './ReportChart';
import type { ReportTableData } from './useAnnualReportQuery';

export interface ReportTableViewProps {
  table: ReportTableData;
  financialYear: string;
}

/**
 * One table of the report: its title as a heading, a chart where one helps,
 * the figures as a table (caption, scoped headers, numbers right-aligned,
 * blank cells for no figure), its notes and a link to its CSV.
 */
export function ReportTableView({ table, financialYear }: ReportTableViewProps) {
  const chart = useMemo(() => reportChart(table), [table]);
  const captionId = `${table.id}-caption`;
  const notesId = `${table.id}-notes`;
  const rowHeader = rowHeaderOf(table.id);
  const wide = table.columns.length > 6;

  return (
    <div className={wide ? 'report-table report-table--wide' : 'report-table'} id={table.id}>
      <h3 className="heading-m report-table__title">{table.title}</h3>
      {chart && <ReportChart chart={chart} />}
      {/* Focusable, so keyboard users can scroll a wide table sideways. */}
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table--numbers report-table__table">
          {/* The heading above shows the title; the caption names the table for assistive technology. */}
          <caption id={captionId} className="visually-hidden">
            {table.title}
          </caption>
          <thead>
            <tr>
              {rowHeader ? <th scope="col">{rowHeader}</th> : <td />}
              {table.columns.map((column, i) => (
                <th scope="col" className="table__numeric" key={`${i}:${column}`}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={`${r}:${row.label}`} className={isTotalRow(row.label) ? 'table__totals' : undefined}>
                <th scope="row">{row.label}</th>
                {table.columns.map((column, i) => (
                  <NumberCell key={`${i}:${column}`} text={formatReportValue(row.values[i], column)} />
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {table.notes.length > 0 && (
        <>
          <p className="report-notes__heading" id={notesId}>
            Notes<span className="visually-hidden"> on {table.title}</span>
          </p>
          <ul className="list list--bullet report-notes" aria-labelledby={notesId}>
            {table.notes.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </>
      )}
      <p className="report-download">
        <a href={reportCsvHref(financialYear, table.id)} download className="download-link">
          Download CSV<span className="visually-hidden"> of {table.title}</span>
        </a>{' '}
        <span className="hint-inline">(this table as a spreadsheet)</span>
      </p>
    </div>
  );
}

/** A figure, or a blank cell that screen readers announce as "no figure". */
export function NumberCell({ text }: { text: string | null }) {
  return (
    <td className="table__numeric">{text ?? <span className="visually-hidden">no figure</span>}</td>
  );
}
