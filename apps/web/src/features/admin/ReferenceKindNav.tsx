import { NavLink } from 'react-router';
import { REFERENCE_KINDS } from './reference-kinds';

/** Links to each kind of reference data; the one shown is marked with aria-current. */
export function ReferenceKindNav() {
  return (
    <nav aria-label="Kinds of reference data">
      <ul className="kind-nav__list">
        {REFERENCE_KINDS.map((info) => (
          <li key={info.kind}>
            <NavLink className="kind-nav__link" to={`/reference-data/${info.slug}`}>
              {info.plural}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
