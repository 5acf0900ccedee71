import { useEffect, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { QueryState } from '../../components/QueryState';
import type { AdminAuditFilter } from '../../graphql/graphql';
import { formatShortDateTime } from '../actions/action-format';
import './admin.css';
import { ADMIN_ACTION_LABELS, AUDIT_TARGET_LABELS } from './admin-labels';
import { actorText, changeText, isAuditTargetType, targetText } from './audit-format';
import { useAuditLogQuery } from './useAuditLogQuery';

/**
 * /audit-log: every change to users and reference data, newest first (who,
 * when, what, before and after), 50 at a time; `?targetType=USER&targetKey=12`
 * shows one item's. Each page of entries is its own table body, so "Show
 * older changes" adds rows to the same table.
 */
export function AuditLogPage() {
  const [params] = useSearchParams();
  const type = params.get('targetType');
  const key = params.get('targetKey');
  const filter: AdminAuditFilter | null = isAuditTargetType(type) ? { targetType: type, targetKey: key || null } : null;
  const filterKey = JSON.stringify(filter);

  return (
    <>
      <h1 className="heading-xl">Audit log</h1>
      <p className="lead">Changes to users and reference data: who made each, when, and what it changed. Passwords are never recorded.</p>
      {filter && (
        <p>
          Showing only changes to one {AUDIT_TARGET_LABELS[filter.targetType!].toLowerCase()}. <Link to="/audit-log">Show every change</Link>
        </p>
      )}
      <AuditTable key={filterKey} filter={filter} />
    </>
  );
}

function AuditTable({ filter }: { filter: AdminAuditFilter | null }) {
  // The cursor of each page shown after the first.
  const [cursors, setCursors] = useState<string[]>([]);
  const [next, setNext] = useState<{ cursor: string | null; hasNext: boolean }>({ cursor: null, hasNext: false });

  return (
    <div className="table-scroll" role="region" aria-labelledby="audit-caption" tabIndex={0}>
      <table className="table admin-table">
        <caption className="table__caption" id="audit-caption">
          Administrative changes, newest first
        </caption>
        <thead>
          <tr>
            <th scope="col">When</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Changes</th>
          </tr>
        </thead>
        {[null, ...cursors].map((after, index) => (
          <AuditRows key={after ?? 'first'} filter={filter} after={after} onPage={index === cursors.length ? setNext : undefined} />
        ))}
      </table>
      {next.hasNext && next.cursor && (
        <button type="button" className="button button--secondary" onClick={() => setCursors((list) => [...list, next.cursor!])}>
          Show older changes
        </button>
      )}
    </div>
  );
}

interface AuditRowsProps {
  filter: AdminAuditFilter | null;
  after: string | null;
  /** Given to the last page shown: where the next one starts. */
  onPage?: (next: { cursor: string | null; hasNext: boolean }) => void;
}

function AuditRows({ filter, after, onPage }: AuditRowsProps) {
  const [result, reexecute] = useAuditLogQuery(filter, after);
  const page = result.data?.adminAuditLog;
  const hasNext = page?.pageInfo.hasNextPage ?? false;
  const cursor = page?.pageInfo.endCursor ?? null;
  useReport(onPage, hasNext, cursor);

  if (!page) {
    return (
      <tbody>
        <tr>
          <td colSpan={4}>
            <QueryState result={result} label="audit log" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
              {() => null}
            </QueryState>
          </td>
        </tr>
      </tbody>
    );
  }
  if (!page.entries.length && after === null) {
    return (
      <tbody>
        <tr>
          <td colSpan={4}>No changes recorded yet.</td>
        </tr>
      </tbody>
    );
  }
  return (
    <tbody>
      {page.entries.map((entry) => {
        // Entries that only say what is now (nothing before): each field as 'Label: value'.
        const created = entry.action === 'USER_CREATED' || entry.action === 'REFERENCE_ADDED' || entry.action === 'RECORD_ANONYMISED';
        return (
          <tr key={entry.id}>
            <td>{formatShortDateTime(entry.at)}</td>
            <td>{actorText(entry.actorEmail)}</td>
            <td>
              <strong>{ADMIN_ACTION_LABELS[entry.action]}</strong>
              <br />
              {targetText(entry.targetType, entry.targetLabel)}
            </td>
            <td>
              {entry.changes.length ? (
                <ul className="list audit-changes">
                  {entry.changes.map((change) => (
                    <li key={change.field}>{changeText(change, created)}</li>
                  ))}
                </ul>
              ) : (
                '—'
              )}
            </td>
          </tr>
        );
      })}
    </tbody>
  );
}

/** Tells the table where the next page starts, once this page has loaded. */
function useReport(onPage: AuditRowsProps['onPage'], hasNext: boolean, cursor: string | null) {
  useEffect(() => {
    onPage?.({ cursor, hasNext });
  }, [onPage, hasNext, cursor]);
}
