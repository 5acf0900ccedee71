import { Link } from 'react-router';
import { ROLE_NAMES } from '../../app/access';
import { QueryState } from '../../components/QueryState';
import { useSignedInUser } from '../auth/current-user';
import './admin.css';
import { useAdminUsersQuery } from './useAdminUsersQuery';

/** /users: every account, with its role, areas and status; links to add one or change one. */
export function UsersPage() {
  const me = useSignedInUser();
  const [result, reexecute] = useAdminUsersQuery();

  return (
    <>
      <h1 className="heading-xl">Users</h1>
      <p className="lead">Everyone who can sign in: their role, their service areas, and whether their account is active.</p>
      <p>
        <Link className="button" to="/users/new">
          Add a user
        </Link>
      </p>
      <QueryState result={result} label="users" onRetry={() => reexecute({ requestPolicy: 'network-only' })} isEmpty={(data) => data.users.length === 0}>
        {(data) => (
          <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
            <table className="table admin-table">
              <caption className="table__caption" id="users-caption">
                {data.users.length === 1 ? '1 account' : `${data.users.length} accounts`}, by email address
              </caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email address</th>
                  <th scope="col">Role</th>
                  <th scope="col">Service areas</th>
                  <th scope="col">Status</th>
                </tr>
              </thead>
              <tbody>
                {data.users.map((user) => (
                  <tr key={user.id}>
                    <th scope="row">
                      <Link to={`/users/${user.id}`}>{user.name}</Link>
                      {user.id === me.id && ' (you)'}
                    </th>
                    <td>{user.email}</td>
                    <td>{ROLE_NAMES[user.role]}</td>
                    <td>{user.serviceAreas.map((area) => area.name).join(', ') || '—'}</td>
                    <td>
                      <strong className={user.active ? 'tag tag--success' : 'tag'}>{user.active ? 'Active' : 'Deactivated'}</strong>
                      {user.active && user.mustChangePassword && <span className="hint-inline"> Temporary password not yet changed</span>}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </QueryState>
    </>
  );
}
