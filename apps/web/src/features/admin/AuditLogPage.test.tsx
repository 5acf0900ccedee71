import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AdminAuditLogQuery, AdminAuditLogQueryVariables } from '../../graphql/graphql';
import { meResponse, renderAt } from '../../test/render';

type Entry = AdminAuditLogQuery['adminAuditLog']['entries'][number];

const entry = (id: string, extra: Partial<Entry> = {}): Entry => ({
  id,
  at: '2026-06-12T13:32:00.000Z',
  actorEmail: 'admin@demo.example',
  action: 'USER_UPDATED',
  targetType: 'USER',
  targetKey: '7',
  targetLabel: 'sam.lee@council.example',
  changes: [{ field: 'role', before: 'ANALYST', after: 'SERVICE_MANAGER' }],
  ...extra,
});

describe('the audit log page', () => {
  it('shows who changed what, when, in words, and pages back through older changes', async () => {
    const user = userEvent.setup();
    const log = jest.fn((variables: Record<string, unknown>) => {
      const { page } = variables as AdminAuditLogQueryVariables;
      const data: AdminAuditLogQuery = page?.after
        ? { adminAuditLog: { entries: [entry('1', { actorEmail: null, action: 'USER_CREATED', changes: [{ field: 'name', before: null, after: 'Sam Lee' }] })], pageInfo: { hasNextPage: false, endCursor: 'c1' } } }
        : {
            adminAuditLog: {
              entries: [entry('3', { action: 'REFERENCE_RETIRED', targetType: 'CHANNEL', targetKey: 'FAX', targetLabel: 'Fax', changes: [{ field: 'retiredFrom', before: null, after: '2011-04-01' }] }), entry('2')],
              pageInfo: { hasNextPage: true, endCursor: 'c2' },
            },
          };
      return { data };
    });
    renderAt('/audit-log', { CurrentUser: meResponse('ADMIN'), AdminAuditLog: log });
    const table = await screen.findByRole('table', { name: 'Administrative changes, newest first' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(3));
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'WhenWhoWhatChanges',
      '12 Jun 2026, 14:32admin@demo.exampleRetiredChannel: FaxRetired from: none → 1 April 2011',
      '12 Jun 2026, 14:32admin@demo.exampleAccount changedUser: sam.lee@council.exampleRole: Analyst → Service manager',
    ]);
    await user.click(screen.getByRole('button', { name: 'Show older changes' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(4));
    expect(within(table).getAllByRole('row')[3]).toHaveTextContent('The create-admin commandAccount createdUser: sam.lee@council.exampleName: Sam Lee');
    expect(log).toHaveBeenLastCalledWith({ filter: null, page: { first: 50, after: 'c2' } });
    expect(screen.queryByRole('button', { name: 'Show older changes' })).not.toBeInTheDocument();
  });

  it("shows one item's changes from the URL, with a way back to all", async () => {
    const log = jest.fn(() => ({ data: { adminAuditLog: { entries: [entry('2')], pageInfo: { hasNextPage: false, endCursor: 'c2' } } } }));
    renderAt('/audit-log?targetType=USER&targetKey=7', { CurrentUser: meResponse('ADMIN'), AdminAuditLog: log });
    expect(await screen.findByText(/Showing only changes to one user/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Show every change' })).toHaveAttribute('href', '/audit-log');
    expect(log).toHaveBeenCalledWith({ filter: { targetType: 'USER', targetKey: '7' }, page: { first: 50, after: null } });
  });
});
