import type { LearningActionStatus } from '../../graphql/graphql';
import { formatLongDate, formatReportValue } from './report-format';
import { reportCsvHref } from './report-params';
import { APPENDIX_ID } from './report-sections';
import { NumberCell } from './ReportTableView';
import type { LearningActionData } from './useAnnualReportQuery';

export const LEARNING_ACTION_STATUS_LABELS: Record<LearningActionStatus, string> = {
  OPEN: 'Open',
  ONGOING: 'Ongoing',
  COMPLETED: 'Completed',
};

/** The same columns as the appendix's CSV and the printable report. */
const COLUMNS = ['Issue identified', 'Complaints', 'Action needed', 'By whom', 'Status', 'Review date', 'Further action'] as const;

/** Appendix 1: the year's learning-from-complaints actions, in the order they were recorded. */
export function LearningActionsTable({ actions, financialYear }: { actions: readonly LearningActionData[]; financialYear: string }) {
  const title = `Appendix 1: Learning from complaints, ${financialYear}`;
  const captionId = `${APPENDIX_ID}-caption`;
  return (
    <div className="report-table report-table--wide" id={APPENDIX_ID}>
      <p>
        The learning-from-complaints actions recorded for {financialYear}. Complaints is how many complaints raised the
        issue, where recorded.
      </p>
      <div className="table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <table className="table table--numbers report-table__table report-actions-table">
          <caption id={captionId} className="visually-hidden">
            {title}
          </caption>
          <thead>
            <tr>
              {COLUMNS.map((column) => (
                <th scope="col" key={column} className={column === 'Complaints' ? 'table__numeric' : undefined}>
                  {column}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {actions.length === 0 ? (
              <tr>
                <td colSpan={COLUMNS.length}>No learning actions were recorded for {financialYear}.</td>
              </tr>
            ) : (
              actions.map((action) => (
                <tr key={action.id}>
                  <th scope="row">{action.issueIdentified}</th>
                  <NumberCell text={formatReportValue(action.count, 'Complaints')} />
                  <TextCell text={action.actionNeeded} />
                  <TextCell text={action.byWhom} />
                  <TextCell text={LEARNING_ACTION_STATUS_LABELS[action.status]} />
                  <TextCell text={action.dueDate ? formatLongDate(action.dueDate) : null} />
                  <TextCell text={action.furtherAction} />
                </tr>
              ))
            )}
          </tbody>
        </table>
      </div>
      <p className="report-download">
        <a href={reportCsvHref(financialYear, APPENDIX_ID)} download className="download-link">
          Download CSV<span className="visually-hidden"> of {title}</span>
        </a>{' '}
        <span className="hint-inline">(this table as a spreadsheet)</span>
      </p>
    </div>
  );
}

function TextCell({ text }: { text: string | null | undefined }) {
  return <td>{text ? text : <span className="visually-hidden">none</span>}</td>;
}
