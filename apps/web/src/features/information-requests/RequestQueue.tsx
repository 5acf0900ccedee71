import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import { formatDate } from '../cases/case-dates';
import { NO_PARAMS, paramsToSearch } from './request-params';
import { REGISTER_PATH } from './request-path';
import { RequestTable } from './RequestTable';
import { useRequestQueueQuery, type RequestQueueData } from './useRequestQueueQuery';

const plural = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

/** Overdue requests and those due within 5 working days, with their clock running: what the team works from. */
export function RequestQueue() {
  const [result, reexecute] = useRequestQueueQuery();
  const queue = result.data?.informationRequestQueue;
  return (
    <section aria-labelledby="queue-heading">
      <h2 className="heading-l" id="queue-heading">
        Due and overdue
      </h2>
      <QueryState
        result={result}
        label="due and overdue requests"
        isEmpty={(data) => data.informationRequestQueue.items.length === 0 && data.informationRequestQueue.pausedCount === 0}
        empty={queue && <>Nothing is overdue or due by {formatDate(queue.dueUntil)}, and no request has its clock paused.</>}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <Queue queue={data.informationRequestQueue} />}
      </QueryState>
    </section>
  );
}

function Queue({ queue }: { queue: RequestQueueData }) {
  const pausedLink = `${REGISTER_PATH}?${paramsToSearch({ ...NO_PARAMS, status: 'PAUSED' })}`;
  const shown = queue.items.length;
  const total = queue.overdueCount + queue.dueSoonCount;
  return (
    <>
      <ul className="list ir-counts">
        <li className="ir-count ir-count--overdue">
          <span className="ir-count__number">{queue.overdueCount.toLocaleString('en-GB')}</span> overdue
        </li>
        <li className="ir-count">
          <span className="ir-count__number">{queue.dueSoonCount.toLocaleString('en-GB')}</span> due by {formatDate(queue.dueUntil)}
        </li>
        <li className="ir-count">
          <span className="ir-count__number">{queue.pausedCount.toLocaleString('en-GB')}</span>{' '}
          <Link to={pausedLink}>with the clock paused</Link>
        </li>
      </ul>
      <h3 className="heading-m" id="queue-table-heading">
        {shown ? `${plural(total, 'request', 'requests')} to answer first, earliest due first` : `Nothing is overdue or due by ${formatDate(queue.dueUntil)}`}
      </h3>
      {shown < total && <p>The first {shown.toLocaleString('en-GB')} are shown: filter the register below by status to see the rest.</p>}
      {shown > 0 && <RequestTable rows={queue.items} labelledBy="queue-table-heading" />}
    </>
  );
}
