import { Link } from 'react-router';
import { QueryState } from '../../components/QueryState';
import type { InformationRequestKind } from '../../graphql/graphql';
import { useReferenceOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { KIND_LABELS } from './request-labels';
import { changeView, NO_PARAMS, paramsToSearch, registerFilter, type RegisterParams } from './request-params';
import { REGISTER_PATH } from './request-path';
import { RequestFilters } from './RequestFilters';
import { RequestTable } from './RequestTable';
import { REGISTER_PAGE_SIZE, useInformationRequestsQuery } from './useInformationRequestsQuery';

const link = (view: RegisterParams) => {
  const search = paramsToSearch(view);
  return search ? `${REGISTER_PATH}?${search}` : REGISTER_PATH;
};

export interface RequestRegisterProps {
  view: RegisterParams;
  onChange: (view: RegisterParams) => void;
}

/** Both registers, one kind at a time or together (tabs), filtered, searched, sorted and paged. */
export function RequestRegister({ view, onChange }: RequestRegisterProps) {
  const [options] = useReferenceOptionsQuery();
  const [result, reexecute] = useInformationRequestsQuery(registerFilter(view), view.sort, view.after);
  const kinds: Array<InformationRequestKind | null> = [null, 'FREEDOM_OF_INFORMATION', 'ACCESS_TO_RECORDS'];
  const filtered = paramsToSearch({ ...view, kind: null, sort: NO_PARAMS.sort, after: null }) !== '';

  return (
    <section aria-labelledby="register-heading">
      <h2 className="heading-l" id="register-heading">
        Register
      </h2>
      <nav aria-label="Kind of request">
        <ul className="ir-tabs">
          {kinds.map((kind) => (
            <li key={kind ?? 'ALL'}>
              <Link className="ir-tabs__link" to={link(changeView(view, { kind }))} aria-current={view.kind === kind ? 'page' : undefined}>
                {kind ? KIND_LABELS[kind] : 'All requests'}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <RequestFilters key={paramsToSearch(view)} view={view} serviceAreas={options.data?.serviceAreas ?? []} onApply={onChange} />
      {filtered && (
        <p>
          <Link to={link({ ...NO_PARAMS, kind: view.kind })}>Clear the filters</Link>
        </p>
      )}
      <QueryState
        result={result}
        label="information requests"
        isEmpty={(data) => data.informationRequests.totalCount === 0}
        empty="No request matches these filters."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => {
          const { totalCount, edges, pageInfo } = data.informationRequests;
          return (
            <>
              <h3 className="heading-m" id="register-table-heading">
                {view.kind ? KIND_LABELS[view.kind] : 'All'} requests: {totalCount.toLocaleString('en-GB')} found
                {totalCount > edges.length && <span className="visually-hidden">, {edges.length} shown on this page</span>}
              </h3>
              <RequestTable rows={edges.map((edge) => edge.node)} labelledBy="register-table-heading" />
              {(view.after || pageInfo.hasNextPage) && (
                <nav className="ir-paging" aria-label="Pages of the register">
                  {view.after && <Link to={link({ ...view, after: null })}>First page</Link>}
                  {pageInfo.hasNextPage && pageInfo.endCursor && (
                    <Link to={link({ ...view, after: pageInfo.endCursor })}>Next {REGISTER_PAGE_SIZE} requests</Link>
                  )}
                </nav>
              )}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}
