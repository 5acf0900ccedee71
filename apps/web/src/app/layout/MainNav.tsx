import { NavLink } from 'react-router';
import type { Role } from '../../graphql/graphql';
import { navRoutesFor } from '../route-table';

/** The main navigation: only the pages the signed-in user's role may use. */
export function MainNav({ role }: { role: Role }) {
  const routes = navRoutesFor(role);
  return (
    <nav className="site-nav" aria-label="Main">
      <div className="width-container">
        <ul className="site-nav__list">
          {routes.map((route) => (
            <li key={route.path}>
              {/* NavLink marks the current section with aria-current="page". */}
              <NavLink className="site-nav__link" to={route.path}>
                {route.nav}
              </NavLink>
            </li>
          ))}
        </ul>
      </div>
    </nav>
  );
}
