import { useMemo } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { useSignedInUser } from '../auth/current-user';
import { changeView, paramsFromSearch, paramsToSearch, summaryYear, type RegisterParams } from './request-params';
import { RequestQueue } from './RequestQueue';
import { RequestRegister } from './RequestRegister';
import { RequestSummary } from './RequestSummary';
import './information-requests.css';

/**
 * /information-requests: the FOI and access-to-records registers with the
 * due and overdue queue (officers; service managers for their areas), and the
 * summary of tables 8 and 9 for a year (every role that reads aggregates;
 * analysts see only that, never a requester).
 */
export function InformationRequestsPage() {
  const user = useSignedInUser();
  const location = useLocation();
  const navigate = useNavigate();
  const { params, problems } = useMemo(() => paramsFromSearch(location.search), [location.search]);
  const mayRead = mayUse(user.role, ACCESS.CASES_READ);
  const summaryForm = useFormKey(summaryYear(params));
  useDocumentTitle('Information requests');

  const show = (view: RegisterParams) => {
    const search = paramsToSearch(view);
    navigate({ search: search ? `?${search}` : '' });
  };

  return (
    <>
      <h1 className="heading-xl">Information requests</h1>
      <p className="lead">Freedom of Information requests and requests for access to social care records, against their statutory time limits.</p>
      {problems.length > 0 && (
        <div className="inset-text inset-text--warning" role="status">
          <p>Part of this link could not be used, so it was left out:</p>
          <ul className="list list--bullet">
            {problems.map((problem) => (
              <li key={problem.field}>{problem.message}</li>
            ))}
          </ul>
        </div>
      )}
      {mayRead ? (
        <>
          {user.role === 'SERVICE_MANAGER' && <p>You see the requests of your service areas only.</p>}
          {mayUse(user.role, ACCESS.CASES_WRITE) && (
            <p>
              <Link to="/information-requests/new" className="button ir-button-link">
                Record a request
              </Link>
            </p>
          )}
          <RequestQueue />
          <RequestRegister view={params} onChange={show} />
        </>
      ) : (
        <p>You see the counts only. The registers hold requesters’ names and what they asked for, which your role does not show.</p>
      )}
      <RequestSummary
        key={summaryForm.key}
        financialYear={summaryYear(params)}
        onShowYear={(financialYear) => {
          summaryForm.submitted(financialYear);
          show(changeView(params, { financialYear }));
        }}
      />
    </>
  );
}
