import { useState, type FormEvent } from 'react';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { formatDate } from '../cases/case-dates';
import { KIND_LABELS } from './request-labels';
import { financialYearChoices } from './request-params';
import { summaryRows } from './request-summary';
import { useRequestSummaryQuery, type RequestSummaryData } from './useRequestSummaryQuery';

export interface RequestSummaryProps {
  financialYear: string;
  onShowYear: (financialYear: string) => void;
}

/** Sections 10 and 11 of the annual report (tables 8 and 9) for a year: counts only, from the report's own aggregate. */
export function RequestSummary({ financialYear, onShowYear }: RequestSummaryProps) {
  const [result, reexecute] = useRequestSummaryQuery(financialYear);
  const [year, setYear] = useState(financialYear);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    onShowYear(year);
  }

  return (
    <section aria-labelledby="summary-heading">
      <h2 className="heading-l" id="summary-heading">
        Summary for {financialYear}
      </h2>
      <p>The figures the annual report gives in sections 10 and 11 (tables 8 and 9), counted by the year each request was received.</p>
      <form className="ir-filters" onSubmit={handleSubmit} noValidate aria-label="Year of the summary">
        <SelectField
          id="summaryYear"
          label="Financial year"
          options={financialYearChoices().map((choice) => ({ value: choice, label: choice }))}
          value={year}
          onChange={setYear}
        />
        <button type="submit" className="button button--secondary">
          Show the summary
        </button>
      </form>
      <QueryState result={result} label="summary" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => <SummaryTable summary={data.informationRequestSummary} />}
      </QueryState>
    </section>
  );
}

function SummaryTable({ summary }: { summary: RequestSummaryData }) {
  const rows = summaryRows(summary);
  return (
    <div className="table-scroll" role="region" aria-labelledby="summary-table-caption" tabIndex={0}>
      <table className="table table--numbers">
        <caption className="table__caption" id="summary-table-caption">
          Information requests received in {summary.financialYear}, compared with {summary.previousFinancialYear} (open and overdue as of{' '}
          {formatDate(summary.asOf)})
        </caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            {summary.kinds.map((kind) => (
              <th scope="col" key={kind.kind} className="table__numeric">
                {KIND_LABELS[kind.kind]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.label}>
              <th scope="row">{row.label}</th>
              {row.values.map((value, i) => (
                <td key={summary.kinds[i]!.kind} className="table__numeric">
                  {value}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
