import { Link } from 'react-router';
import { ROLE_NAMES } from '../../app/access';
import { navRoutesFor } from '../../app/route-table';
import { useSignedInUser } from '../auth/current-user';

/** The landing page after signing in: what this person's role lets them do. */
export function HomePage() {
  const user = useSignedInUser();
  const routes = navRoutesFor(user.role);

  return (
    <>
      <h1 className="heading-xl">Complaints Insight</h1>
      <p className="lead">
        Record complaints, enquiries, compliments and other feedback to Children&rsquo;s Services, and learn from them.
      </p>
      <p>
        You are signed in as {user.name}, {ROLE_NAMES[user.role].toLowerCase()}.
      </p>

      <h2 className="heading-m">What you can do</h2>
      <ul className="list card-list">
        {routes.map((route) => (
          <li key={route.path} className="card">
            <h3 className="card__title">
              <Link to={route.path}>{route.title}</Link>
            </h3>
            <p className="card__text">{route.description}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
