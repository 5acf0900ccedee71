import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import type { Role } from '../../graphql/graphql';
import { meResponse, renderAt } from '../../test/render';

const NAV_BY_ROLE: Array<[Role, string[]]> = [
  ['ANALYST', ['Information requests', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Embeds']],
  ['COMPLAINTS_OFFICER', ['Case work', 'Service requests', 'Have your say', 'Information requests', 'Lost information', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Social care activity', 'Embeds']],
  ['SERVICE_MANAGER', ['Case work', 'Service requests', 'Information requests', 'Lost information', 'Trends', 'Saved charts', 'Annual report', 'Code report', 'Self-assessment', 'Ombudsman', 'Actions', 'Embeds']],
  ['MEMBER', ['Trends', 'Code report', 'Self-assessment', 'Ombudsman']],
  ['ADMIN', ['Social care activity', 'Embeds', 'Users', 'Reference data', 'Audit log', 'Retention']],
];

describe('main navigation by role', () => {
  it.each(NAV_BY_ROLE)('%s sees %j', async (role, expected) => {
    renderAt('/', { CurrentUser: meResponse(role) });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getAllByRole('link').map((link) => link.textContent)).toEqual(expected);
  });

  it('marks the current section with aria-current', async () => {
    renderAt('/actions', { CurrentUser: meResponse('ANALYST') });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Actions' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Trends' })).not.toHaveAttribute('aria-current');
  });
});

describe('route guard', () => {
  it('sends people who are not signed in to the sign-in page, remembering where they were going', async () => {
    const view = renderAt('/annual-report', { CurrentUser: meResponse(null) });
    await waitFor(() => expect(view.location()).toBe('/sign-in?next=%2Fannual-report'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Sign in' })).toBeInTheDocument();
    expect(screen.queryByRole('navigation', { name: 'Main' })).not.toBeInTheDocument();
  });

  it("tells people when their role may not use a page, and sets each page's title", async () => {
    renderAt('/users', { CurrentUser: meResponse('ANALYST') });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('You cannot use this page – Complaints Insight'));
  });

  it('shows each page to the roles that may use them, with its title', async () => {
    renderAt('/users', { CurrentUser: meResponse('ADMIN'), AdminUsers: { data: { users: [] } } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Users' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('Users – Complaints Insight'));
  });

  it('says when the server cannot be asked who is signed in', async () => {
    renderAt('/', { CurrentUser: { error: new CombinedError({ networkError: new Error('down') }) } });
    expect(await screen.findByRole('alert')).toHaveTextContent('could not reach its server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('signs out, forgetting the session, and says so', async () => {
    let signedIn = true;
    const view = renderAt('/', {
      CurrentUser: () => meResponse(signedIn ? 'ANALYST' : null),
      SignOut: () => {
        signedIn = false;
        return { data: { logout: true } };
      },
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Sign out' }));
    await waitFor(() => expect(view.location()).toBe('/sign-in'));
    expect(await screen.findByText('You have signed out.')).toBeInTheDocument();
  });
});
