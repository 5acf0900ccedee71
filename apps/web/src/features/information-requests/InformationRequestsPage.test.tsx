import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt, type MockResponses } from '../../test/render';

const row = (overrides: Record<string, unknown> = {}) => ({
  id: '7',
  reference: 'FOI/2009/0007',
  kind: 'FREEDOM_OF_INFORMATION',
  status: 'OVERDUE',
  requesterName: 'Jo Bloggs',
  receivedDate: '2009-11-02',
  dueDate: '2009-11-30',
  clockPauseReason: null,
  workingDaysOverdue: 4,
  workingDaysRemaining: null,
  ...overrides,
});

const kind = { received: 65, receivedPreviousYear: 39, changePercent: 66.7, fromPolice: 14, jointWithAnotherDirectorate: 0, completed: 65, completedWithinDeadline: 62, completedWithinDeadlinePercent: 95.4, stillOpen: 0, overdue: 0, withdrawn: 0 };
const summary = (financialYear = '2009/10') => ({
  data: {
    informationRequestSummary: {
      financialYear,
      previousFinancialYear: '2008/09',
      asOf: '2026-11-26',
      kinds: [
        { kind: 'ACCESS_TO_RECORDS', ...kind },
        { kind: 'FREEDOM_OF_INFORMATION', ...kind, received: 137 },
      ],
    },
  },
});

function officer(extra: MockResponses = {}): MockResponses {
  return {
    CurrentUser: meResponse('COMPLAINTS_OFFICER'),
    ReferenceOptions: { data: { recordTypes: [], channels: [], divisions: [], serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }], issueCategories: [] } },
    RequestQueue: {
      data: {
        informationRequestQueue: {
          asOf: '2026-11-26',
          dueUntil: '2026-12-03',
          overdueCount: 1,
          dueSoonCount: 1,
          pausedCount: 2,
          items: [row(), row({ id: '8', reference: 'ATR/2026/0001', kind: 'ACCESS_TO_RECORDS', status: 'OPEN', requesterName: null, dueDate: '2026-12-01', workingDaysOverdue: null, workingDaysRemaining: 3 })],
        },
      },
    },
    InformationRequests: {
      data: {
        informationRequests: {
          totalCount: 30,
          pageInfo: { hasNextPage: true, endCursor: 'CURSOR2' },
          edges: [{ node: row() }, { node: row({ id: '9', reference: 'FOI/2009/0009', status: 'PAUSED', clockPauseReason: 'AWAITING_FEE', workingDaysOverdue: null }) }],
        },
      },
    },
    RequestSummary: (variables) => summary(String(variables.financialYear)),
    ...extra,
  };
}

describe('information requests page', () => {
  it("shows an officer the queue, the register with links by reference, and the year's summary", async () => {
    renderAt('/information-requests?financialYear=2009/10', officer());
    expect(await screen.findByRole('heading', { level: 1, name: 'Information requests' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record a request' })).toHaveAttribute('href', '/information-requests/new');

    const queue = await screen.findByRole('region', { name: /2 requests to answer first/ });
    const queueRows = within(queue).getAllByRole('row').slice(1);
    expect(queueRows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['FOI/2009/0007', 'ATR/2026/0001']);
    expect(within(queueRows[0]!).getByText('Overdue by 4 working days')).toBeInTheDocument();
    expect(within(queueRows[1]!).getByText('Not recorded')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'with the clock paused' })).toHaveAttribute('href', '/information-requests?status=PAUSED');

    const register = await screen.findByRole('region', { name: /All requests: 30 found/ });
    expect(within(register).getByRole('link', { name: 'FOI/2009/0009' })).toHaveAttribute('href', '/information-requests/FOI-2009-0009');
    expect(within(register).getByText('Clock paused: awaiting the fee')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next 25 requests' })).toHaveAttribute('href', '/information-requests?financialYear=2009/10&after=CURSOR2');
    expect(screen.getByRole('navigation', { name: 'Kind of request' })).toHaveTextContent('All requestsFreedom of InformationAccess to records');
    expect(screen.getByRole('link', { name: 'All requests' })).toHaveAttribute('aria-current', 'page');

    const table = await screen.findByRole('table', { name: /Information requests received in 2009\/10/ });
    const received = within(table).getByRole('rowheader', { name: 'Received in 2009/10' }).closest('tr')!;
    expect(within(received).getAllByRole('cell').map((c) => c.textContent)).toEqual(['65', '137']);
  });

  it('puts the filters in the URL, starting again at the first page', async () => {
    const user = userEvent.setup();
    const variables: Array<Record<string, unknown>> = [];
    const view = renderAt(
      '/information-requests?after=CURSOR2',
      officer({
        InformationRequests: (v) => {
          variables.push(v);
          return officer().InformationRequests as never;
        },
      }),
    );
    await user.type(await screen.findByLabelText('Reference or requester’s name'), 'Bloggs');
    await user.selectOptions(screen.getByLabelText('Status'), 'OVERDUE');
    await user.selectOptions(screen.getByLabelText('Order'), 'DUE_SOONEST');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(view.location()).toBe('/information-requests?status=OVERDUE&search=Bloggs&sort=DUE_SOONEST'));
    await waitFor(() =>
      expect(variables[variables.length - 1]).toMatchObject({ filter: { status: 'OVERDUE', search: 'Bloggs' }, sort: 'DUE_SOONEST', page: { first: 25, after: null } }),
    );
    expect(screen.getByRole('link', { name: 'Clear the filters' })).toHaveAttribute('href', '/information-requests');
  });

  it('shows an analyst the summary only, never asking for the register', async () => {
    const user = userEvent.setup();
    const view = renderAt('/information-requests', { CurrentUser: meResponse('ANALYST'), RequestSummary: (v) => summary(String(v.financialYear)) });
    expect(await screen.findByText(/You see the counts only/)).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Register' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record a request' })).not.toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Financial year'), '2009/10');
    await user.click(screen.getByRole('button', { name: 'Show the summary' }));
    await waitFor(() => expect(view.location()).toBe('/information-requests?financialYear=2009/10'));
    expect(await screen.findByRole('heading', { name: 'Summary for 2009/10' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Show the summary' })).toHaveFocus();
    // The mock answers only what it was given: a register or queue query would have thrown.
    expect(view.client.executeQuery).not.toHaveBeenCalledWith(expect.objectContaining({ variables: expect.objectContaining({ sort: expect.anything() }) }), expect.anything());
  });

  it('says which parts of a link it could not use', async () => {
    renderAt('/information-requests?status=LATE', officer());
    expect(await screen.findByText("'LATE' is not one of OPEN, OVERDUE, PAUSED, COMPLETED, WITHDRAWN")).toBeInTheDocument();
  });
});
