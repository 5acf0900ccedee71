/**
 * Every page of the signed-in app, in navigation order. Add a page here and a
 * tiny route file in src/routes/ that default-exports its component; the
 * layout builds the main navigation from this table, showing each person only
 * the pages their role may use, and each page is its own lazily loaded chunk.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../graphql/graphql';
import { ACCESS } from './access';

export interface AppRoute {
  /** react-router path, e.g. '/cases' or '/cases/:id'. */
  path: string;
  /** The page title (before " – Complaints Insight"); pages may refine it with useDocumentTitle. */
  title: string;
  /** Label in the main navigation; routes without one (detail pages) are not listed. */
  nav?: string;
  /** One sentence for the home page's list of what you can do. */
  description?: string;
  /** Roles that may open the page (the API enforces the same rule on its data). */
  access: readonly Role[];
  page: LazyExoticComponent<ComponentType>;
}

export const APP_ROUTES: readonly AppRoute[] = [
  {
    path: '/',
    title: 'Home',
    access: ACCESS.SIGNED_IN,
    page: lazy(() => import('../routes/home.route')),
  },
  {
    path: '/cases',
    title: 'Case work',
    nav: 'Case work',
    description: 'Record contacts and track them against the statutory timescales.',
    access: ACCESS.CASES_READ,
    page: lazy(() => import('../routes/cases.route')),
  },
  {
    path: '/cases/new',
    title: 'Record a contact',
    access: ACCESS.CASES_WRITE,
    page: lazy(() => import('../routes/case-new.route')),
  },
  {
    path: '/cases/:id',
    title: 'Contact',
    access: ACCESS.CASES_READ,
    page: lazy(() => import('../routes/case-contact.route')),
  },
  {
    path: '/trends',
    title: 'Trend explorer',
    nav: 'Trends',
    description: 'Count contacts by record type, channel, service area, issue or outcome, over any period.',
    access: ACCESS.AGGREGATES,
    page: lazy(() => import('../routes/trends.route')),
  },
  {
    path: '/annual-report',
    title: 'Annual report',
    nav: 'Annual report',
    description: 'Produce the annual complaints report for a financial year.',
    access: ACCESS.AGGREGATES,
    page: lazy(() => import('../routes/annual-report.route')),
  },
  {
    path: '/actions',
    title: 'Learning actions',
    nav: 'Actions',
    description: 'Follow up the learning actions that come out of complaints.',
    access: ACCESS.ACTIONS_READ,
    page: lazy(() => import('../routes/actions.route')),
  },
  {
    path: '/service-activity',
    title: 'Social care activity',
    nav: 'Social care activity',
    description: 'Enter or import the social care activity figures that table 6 of the annual report uses, year by year.',
    access: ACCESS.SERVICE_ACTIVITY_WRITE,
    page: lazy(() => import('../routes/service-activity.route')),
  },
  {
    path: '/users',
    title: 'Users',
    nav: 'Users',
    description: 'Add people, set their roles and deactivate accounts.',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/users.route')),
  },
];

/** The navigation items a role may use, in order. */
export function navRoutesFor(role: Role): AppRoute[] {
  return APP_ROUTES.filter((route) => route.nav && route.access.includes(role));
}
