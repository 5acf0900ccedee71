import { contactPath } from '@complaints/domain';
import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import { useReferenceOptionsQuery } from '../reference/useReferenceOptionsQuery';
import { formatDate } from './case-dates';
import { displayName } from './case-people';
import { CONTACT_STATUSES, STAGES } from './case-labels';
import { ContactFilters } from './ContactFilters';
import { contactFilterOf, FIND_PATH, findParamsToSearch, findLink, isFiltered, NO_FIND_PARAMS, parseFindParams, type FindParams } from './find-params';
import { useCaseOfficersQuery } from './useCaseOfficersQuery';
import { FIND_PAGE_SIZE, useContactsQuery, type FoundContact } from './useContactsQuery';
import './cases.css';

/**
 * /cases/find: any contact, by reference, complainant's surname or words in
 * it, filtered and ordered, a page at a time. The search lives in the URL.
 */
export function FindContactsPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const navigate = useNavigate();
  const { params, problems } = useMemo(() => parseFindParams(location.search), [location.search]);
  const [options] = useReferenceOptionsQuery();
  const [officers] = useCaseOfficersQuery();
  const filter = useMemo(() => contactFilterOf(params), [params]);
  const filtersForm = useFormKey(location.search);
  const [result, reexecute] = useContactsQuery(filter, params.sort, params.after);
  useDocumentTitle('Find a contact');

  return (
    <>
      <p>
        <Link to="/cases" className="case-back-link">
          Back to case work
        </Link>
      </p>
      <h1 className="heading-xl">Find a contact</h1>
      <p className="lead">Search by reference or the complainant’s surname, and narrow the list with the filters.</p>
      {user.role === 'SERVICE_MANAGER' && <p>You see the contacts of your service areas only.</p>}
      {problems.length > 0 && (
        <div className="inset-text inset-text--warning" role="status">
          {problems.map((problem) => (
            <p key={problem}>A date in this link could not be used: {problem}.</p>
          ))}
        </div>
      )}
      <ContactFilters
        key={filtersForm.key}
        params={params}
        recordTypes={options.data?.recordTypes ?? []}
        serviceAreas={options.data?.serviceAreas ?? []}
        officers={officers.data?.caseOfficers ?? []}
        onApply={(next) => {
          const search = findParamsToSearch({ ...next, after: null });
          filtersForm.submitted(search ? `?${search}` : '');
          navigate({ pathname: FIND_PATH, search });
        }}
      />
      {isFiltered(params) && (
        <p>
          <Link to={findLink({ ...NO_FIND_PARAMS, sort: params.sort })}>Clear the search and filters</Link>
        </p>
      )}
      <QueryState
        result={result}
        label="contacts"
        isEmpty={(data) => data.contacts.totalCount === 0}
        empty="No contact matches. Check the reference or spelling, or clear some filters."
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      >
        {(data) => <Results params={params} connection={data.contacts} />}
      </QueryState>
    </>
  );
}

interface ResultsProps {
  params: FindParams;
  connection: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor?: string | null }; edges: Array<{ node: FoundContact }> };
}

function Results({ params, connection }: ResultsProps) {
  const { totalCount, edges, pageInfo } = connection;
  const count = `${totalCount.toLocaleString('en-GB')} ${totalCount === 1 ? 'contact' : 'contacts'} found`;
  return (
    <section aria-labelledby="results-heading">
      <h2 className="heading-m" id="results-heading" aria-live="polite">
        {count}
        {totalCount > edges.length && <span className="visually-hidden">, {edges.length} shown on this page</span>}
      </h2>
      <div className="table-scroll" role="region" aria-labelledby="results-heading" tabIndex={0}>
        <table className="table case-table case-table--found" aria-labelledby="results-heading">
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Received</th>
              <th scope="col">Record type</th>
              <th scope="col">Complainant</th>
              <th scope="col">Status</th>
              <th scope="col">Next step due</th>
              <th scope="col">Officer</th>
            </tr>
          </thead>
          <tbody>
            {edges.map(({ node }) => (
              <tr key={node.id}>
                <th scope="row">
                  <Link to={contactPath(node.reference)}>{node.reference}</Link>
                </th>
                <td className="case-table__date">{formatDate(node.receivedDate)}</td>
                <td>
                  {node.recordType.name}
                  {node.stage && <span className="case-table__sub">{STAGES[node.stage]}</span>}
                </td>
                <td>{node.complainant ? displayName(node.complainant) : <span className="case-table__none">Not recorded</span>}</td>
                <td>{CONTACT_STATUSES[node.status]}</td>
                <td className="case-table__date">{node.nextDueDate ? formatDate(node.nextDueDate) : <span className="case-table__none">None</span>}</td>
                <td>{node.assignedOfficer?.name ?? <span className="case-table__none">No one</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {(params.after || pageInfo.hasNextPage) && (
        <nav className="case-paging" aria-label="Pages of contacts">
          {params.after && <Link to={findLink({ ...params, after: null })}>First page</Link>}
          {pageInfo.hasNextPage && pageInfo.endCursor && <Link to={findLink({ ...params, after: pageInfo.endCursor })}>Next {FIND_PAGE_SIZE} contacts</Link>}
        </nav>
      )}
    </section>
  );
}

