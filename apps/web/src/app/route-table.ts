/**
 * Every page of the signed-in app, in navigation order. Add a page here and a
 * tiny route file in src/routes/ that default-exports its component; the
 * layout builds the main navigation from this table, showing each person only
 * the pages their role may use, and each page is its own lazily loaded chunk.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { Role } from '../graphql/graphql';
import { ACCESS, DISCLOSED_FIGURES_ONLY } from './access';

export interface AppRoute {
  /** react-router path, e.g. '/cases' or '/cases/:reference'. */
  path: string;
  /** The page title (before " – Complaints Insight"); pages may refine it with useDocumentTitle. */
  title: string;
  /** Label in the main navigation; routes without one (detail pages) are not listed. */
  nav?: string;
  /** One sentence for the home page's list of what you can do. */
  description?: string;
  /** Roles that may open the page (the API enforces the same rule on its data). */
  access: readonly Role[];
  /** Roles that see it in the navigation and on the home page, when not every role that may open it should (default: access). */
  navAccess?: readonly Role[];
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
    path: '/cases/find',
    // Reached from the case work page's search, which is where people look for it.
    title: 'Find a contact',
    access: ACCESS.CASES_READ,
    page: lazy(() => import('../routes/case-find.route')),
  },
  {
    // The reference with each / as - (/cases/CS-2009-0123); an old address by number (/cases/751) moves there.
    path: '/cases/:reference',
    title: 'Contact',
    access: ACCESS.CASES_READ,
    page: lazy(() => import('../routes/case-contact.route')),
  },
  {
    path: '/service-requests',
    title: 'Service requests',
    nav: 'Service requests',
    description: 'Requests for a service or a fix (not complaints, under the Complaint Handling Code): record, review, or make one a Stage 1 complaint.',
    access: ACCESS.COMPLAINT_CODE_READ,
    page: lazy(() => import('../routes/service-requests.route')),
  },
  {
    path: '/have-your-say/triage',
    title: 'Have your say messages',
    nav: 'Have your say',
    description: 'Read the messages children and young people send from the public Have your say page, and record each as a contact or close it.',
    access: ACCESS.HAVE_YOUR_SAY_TRIAGE,
    page: lazy(() => import('../routes/have-your-say-triage.route')),
  },
  {
    path: '/information-requests',
    title: 'Information requests',
    nav: 'Information requests',
    description: 'Freedom of Information and access-to-records requests against their time limits, and the year’s figures.',
    access: ACCESS.AGGREGATES,
    page: lazy(() => import('../routes/information-requests.route')),
  },
  {
    path: '/information-requests/new',
    title: 'Record an information request',
    access: ACCESS.CASES_WRITE,
    page: lazy(() => import('../routes/information-request-new.route')),
  },
  {
    path: '/information-requests/:reference',
    title: 'Information request',
    access: ACCESS.CASES_READ,
    page: lazy(() => import('../routes/information-request.route')),
  },
  {
    path: '/lost-information',
    title: 'Lost information',
    nav: 'Lost information',
    description: 'The register of personal information lost outside the office, with the 72-hour clock for the ICO decision.',
    access: ACCESS.LOST_INFORMATION_READ,
    page: lazy(() => import('../routes/lost-information.route')),
  },
  {
    path: '/lost-information/new',
    title: 'Record a lost-information incident',
    access: ACCESS.LOST_INFORMATION_WRITE,
    page: lazy(() => import('../routes/lost-information-new.route')),
  },
  {
    path: '/lost-information/:id',
    title: 'Lost-information incident',
    access: ACCESS.LOST_INFORMATION_READ,
    page: lazy(() => import('../routes/lost-information-incident.route')),
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
    path: '/charts',
    title: 'Saved charts',
    nav: 'Saved charts',
    description: 'Open, share, download and publish the charts saved from the trend explorer.',
    access: ACCESS.AGGREGATES,
    page: lazy(() => import('../routes/charts.route')),
  },
  {
    path: '/charts/:id',
    title: 'Saved chart',
    access: ACCESS.AGGREGATES,
    page: lazy(() => import('../routes/saved-chart.route')),
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
    // The Member Responsible for Complaints' trends: the explorer's figures are not theirs to see, these are.
    path: '/member/trends',
    title: 'Trends',
    nav: 'Trends',
    description: 'Volume, categories, outcomes and timeliness over a financial year, month by month, with small numbers suppressed under the disclosure rules.',
    access: ACCESS.DISCLOSED_AGGREGATES,
    // Those who may use the trend explorer have it as "Trends" already; they may still open this page to see what the member sees.
    navAccess: DISCLOSED_FIGURES_ONLY,
    page: lazy(() => import('../routes/member-trends.route')),
  },
  {
    path: '/complaint-code-report',
    title: 'Code report',
    nav: 'Code report',
    description: "The annual complaints performance and service improvement report under the Ombudsman's Complaint Handling Code, both regimes side by side (figures under the disclosure rules).",
    access: ACCESS.DISCLOSED_AGGREGATES,
    page: lazy(() => import('../routes/code-report.route')),
  },
  {
    path: '/self-assessment',
    title: 'Self-assessment',
    nav: 'Self-assessment',
    description: "The self-assessment against the Complaint Handling Code's provisions, with evidence measured from the records, its actions and approval.",
    access: ACCESS.DISCLOSED_AGGREGATES,
    page: lazy(() => import('../routes/self-assessment.route')),
  },
  {
    path: '/ombudsman',
    title: 'Ombudsman figures',
    nav: 'Ombudsman',
    description: "The Ombudsman's annual letter and per-council statistics: this council beside its comparators.",
    access: ACCESS.DISCLOSED_AGGREGATES,
    page: lazy(() => import('../routes/ombudsman.route')),
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
    path: '/embeds',
    title: 'Embeds',
    nav: 'Embeds',
    description: 'The register of charts published on the intranet: pause or revoke any of them.',
    access: ACCESS.EMBEDS_REGISTER,
    page: lazy(() => import('../routes/embeds.route')),
  },
  {
    path: '/users',
    title: 'Users',
    nav: 'Users',
    description: 'Add people, set their roles and service areas, deactivate accounts and reset passwords.',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/users.route')),
  },
  {
    path: '/users/new',
    title: 'Add a user',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/user-new.route')),
  },
  {
    path: '/users/:id',
    title: 'User',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/user.route')),
  },
  {
    path: '/reference-data',
    title: 'Reference data',
    nav: 'Reference data',
    description: 'Add, rename and retire record types, channels, divisions, service areas and issues.',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/reference-data.route')),
  },
  {
    path: '/reference-data/:kind',
    title: 'Reference data',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/reference-data.route')),
  },
  {
    path: '/reference-data/:kind/:code',
    title: 'Reference item',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/reference-item.route')),
  },
  {
    path: '/audit-log',
    title: 'Audit log',
    nav: 'Audit log',
    description: 'See who changed which user or reference value, when, and from what to what.',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/audit-log.route')),
  },
  {
    path: '/retention',
    title: 'Retention',
    nav: 'Retention',
    description: 'Set how long closed records are kept, and anonymise those whose time is up.',
    access: ACCESS.ADMINISTRATION,
    page: lazy(() => import('../routes/retention.route')),
  },
  {
    path: '/account/password',
    title: 'Change your password',
    access: ACCESS.SIGNED_IN,
    page: lazy(() => import('../routes/change-password.route')),
  },
];

/** The navigation items a role may use, in order. */
export function navRoutesFor(role: Role): AppRoute[] {
  return APP_ROUTES.filter((route) => route.nav && (route.navAccess ?? route.access).includes(role));
}
