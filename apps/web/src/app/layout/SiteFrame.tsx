import { useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import type { CurrentUser } from '../../features/auth/current-user';
import { CHANGE_PASSWORD_PATH } from '../../features/account/change-password-form';
import { ACCESSIBILITY_STATEMENT_PATH } from '../../features/accessibility/accessibility-statement-path';
import { SignOutButton } from '../../features/auth/SignOutButton';
import { ROLE_NAMES } from '../access';
import { MainNav } from './MainNav';

export interface SiteFrameProps {
  /** The signed-in user; without one the header has no navigation or sign-out. */
  user?: CurrentUser;
  children: ReactNode;
}

/** The page frame: skip link, header, main navigation, the main landmark and the footer. */
export function SiteFrame({ user, children }: SiteFrameProps) {
  const mainRef = useFocusMainOnNavigate();

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to main content
      </a>

      <header className="site-header">
        <div className="width-container site-header__inner">
          <Link className="site-header__product" to="/">
            Complaints Insight
          </Link>
          <span className="site-header__service">Children&rsquo;s Services</span>
          {user && (
            <div className="site-header__account">
              <span className="site-header__user">
                {user.name}
                <span className="site-header__role"> ({ROLE_NAMES[user.role]})</span>
              </span>
              {!user.mustChangePassword && (
                <Link className="site-header__link" to={CHANGE_PASSWORD_PATH}>
                  Change password
                </Link>
              )}
              <SignOutButton />
            </div>
          )}
        </div>
      </header>

      {/* Nothing else works until a temporary password is changed, so nothing else is offered. */}
      {user && !user.mustChangePassword && <MainNav role={user.role} />}

      <div className="width-container">
        {/* tabIndex -1 lets the skip link and route changes move keyboard focus here. */}
        <main id="main" className="main" tabIndex={-1} ref={mainRef}>
          {children}
        </main>
      </div>

      <footer className="site-footer">
        <div className="width-container">
          <p>Complaints Insight &middot; Children&rsquo;s Services complaints, enquiries and compliments</p>
          <ul className="site-footer__links">
            <li>
              <Link to={ACCESSIBILITY_STATEMENT_PATH}>Accessibility statement</Link>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
}

/**
 * After a client-side move to another page (not the first load, and not a
 * change of query string such as the trend explorer's settings), puts keyboard
 * focus at the start of the main content, as a full page load would, so screen
 * reader and keyboard users start reading the new page.
 */
function useFocusMainOnNavigate() {
  const { pathname } = useLocation();
  const mainRef = useRef<HTMLElement>(null);
  const previous = useRef(pathname);

  useEffect(() => {
    if (previous.current === pathname) return;
    previous.current = pathname;
    mainRef.current?.focus();
  }, [pathname]);

  return mainRef;
}
