import { Link } from 'react-router';
import { formatDate } from '../cases/case-dates';
import { statusText } from './request-due';
import { KIND_LABELS, STATUS_TAGS } from './request-labels';
import { requestPath } from './request-path';
import type { RequestRow } from './useInformationRequestsQuery';

export interface RequestTableProps {
  rows: readonly RequestRow[];
  /** The id of the heading that names the table. */
  labelledBy: string;
}

/**
 * Requests as a table: reference (a link to the request), kind, requester,
 * dates and where each stands. Scrolls sideways inside its own region on a
 * narrow screen, so the page never does.
 */
export function RequestTable({ rows, labelledBy }: RequestTableProps) {
  return (
    <div className="table-scroll" role="region" aria-labelledby={labelledBy} tabIndex={0}>
      <table className="table ir-table" aria-labelledby={labelledBy}>
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Kind</th>
            <th scope="col">Requester</th>
            <th scope="col">Received</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">
                <Link to={requestPath(row.reference)}>{row.reference}</Link>
              </th>
              <td>{KIND_LABELS[row.kind]}</td>
              <td>{row.requesterName ?? <span className="hint-inline">Not recorded</span>}</td>
              <td className="ir-table__date">{formatDate(row.receivedDate)}</td>
              <td className="ir-table__date">{formatDate(row.dueDate)}</td>
              <td>
                <strong className={STATUS_TAGS[row.status]}>{statusText(row)}</strong>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
