import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt } from '../../test/render';
import { todayIso } from '@complaints/domain';
import { queueFixture } from './case-fixtures';

const options = {
  recordTypes: [{ code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' }],
  channels: [],
  divisions: [],
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  issueCategories: [],
};
const officers = [
  { id: '5', name: 'Ann Handler', roleName: 'Complaints officer' },
  { id: '6', name: 'Ben Investigator', roleName: 'Complaints officer' },
];

function officer(queue = queueFixture()) {
  const asked: unknown[] = [];
  const filters: unknown[] = [];
  return {
    asked,
    filters,
    responses: {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ReferenceOptions: { data: options },
      CaseOfficers: { data: { caseOfficers: officers } },
      AdjustmentReviewsDue: { data: { adjustmentReviewsDue: [] } },
      CaseworkQueue: (variables: Record<string, unknown>) => {
        asked.push(variables.asOf);
        filters.push({ filter: variables.filter, sort: variables.sort });
        return { data: { caseworkQueue: { ...queue, asOf: (variables.asOf as string | null) ?? queue.asOf } } };
      },
    },
  };
}

describe('case work queue', () => {
  it('counts and lists what is overdue and due this week, in words, linking to each contact', async () => {
    const { responses } = officer();
    renderAt('/cases', responses);

    expect(await screen.findByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' })).toBeInTheDocument();
    expect(screen.getByText('2', { selector: '.case-count--overdue .case-count__number' })).toBeInTheDocument();
    expect(screen.getByText('steps due this week (by 8 March 2010)')).toBeInTheDocument();

    const overdue = screen.getByRole('table', { name: 'Overdue (2)' });
    const rows = within(overdue).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['CS/2008/0060', 'MP/Cllr Enquiry', 'Response', '1 July 2008', '422 working days overdue', 'Ann Handler'],
      ['CS/2009/0368', 'Statutory complaint', 'Acknowledgement', '24 February 2010', '3 working days overdue', 'No one'],
    ]);
    expect(within(overdue).getByRole('link', { name: 'CS/2008/0060' })).toHaveAttribute('href', '/cases/CS-2008-0060');

    const dueThisWeek = screen.getByRole('table', { name: 'Due this week (2)' });
    expect(within(dueThisWeek).getByRole('columnheader', { name: 'Time left' })).toBeInTheDocument();
    expect(within(dueThisWeek).getByRole('rowheader', { name: 'CS/2009/0385' }).closest('tr')).toHaveTextContent(
      'Stage 2 response8 March 2010Due in 5 working daysBen Investigator',
    );
    expect(screen.getByRole('link', { name: 'Record a contact' })).toHaveAttribute('href', '/cases/new');
  });

  it("shows the Complaint Handling Code's Stage 2 steps among the others, overdue first, and filters on them", async () => {
    const user = userEvent.setup();
    const base = queueFixture();
    const corporate = (id: string, reference: string) => ({ id, reference, recordType: { code: 'CORPORATE_COMPLAINT', name: 'Corporate complaint' } });
    const queue = queueFixture({
      asOf: '2026-10-21',
      dueUntil: '2026-10-28',
      overdueCount: 2,
      dueThisWeekCount: 1,
      items: [
        { step: 'CODE_STAGE_2_RESPONSE', status: 'OVERDUE', dueDate: '2026-10-13', workingDaysOverdue: 6, workingDaysRemaining: 0, contact: corporate('901', 'CS/2026/0901'), escalation: null, officer: { id: '6', name: 'Ben Investigator' } },
        { ...base.items[1]!, dueDate: '2026-10-15', workingDaysOverdue: 4 },
        { step: 'CODE_STAGE_2_ACKNOWLEDGEMENT', status: 'DUE_THIS_WEEK', dueDate: '2026-10-23', workingDaysOverdue: 0, workingDaysRemaining: 2, contact: corporate('902', 'CS/2026/0902'), escalation: null, officer: null },
      ],
    });
    const { responses, filters } = officer(queue);
    const view = renderAt('/cases?asOf=2026-10-21', responses);

    const overdue = await screen.findByRole('table', { name: 'Overdue (2)' });
    expect(within(overdue).getAllByRole('row').slice(1).map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['CS/2026/0901', 'Corporate complaint', 'Stage 2 response (Complaint Handling Code)', '13 October 2026', '6 working days overdue', 'Ben Investigator'],
      ['CS/2009/0368', 'Statutory complaint', 'Acknowledgement', '15 October 2026', '4 working days overdue', 'No one'],
    ]);
    expect(within(overdue).getByRole('link', { name: 'CS/2026/0901' })).toHaveAttribute('href', '/cases/CS-2026-0901');
    const dueThisWeek = screen.getByRole('table', { name: 'Due this week (1)' });
    expect(within(dueThisWeek).getByRole('rowheader', { name: 'CS/2026/0902' }).closest('tr')).toHaveTextContent(
      'Stage 2 acknowledgement (Complaint Handling Code)23 October 2026Due in 2 working daysNo one',
    );

    const form = screen.getByRole('form', { name: 'Filter the queue' });
    await user.selectOptions(within(form).getByLabelText('Step'), 'Stage 2 acknowledgement (Complaint Handling Code)');
    await user.click(within(form).getByRole('button', { name: 'Filter the queue' }));
    await waitFor(() => expect(view.location()).toBe('/cases?asOf=2026-10-21&step=CODE_STAGE_2_ACKNOWLEDGEMENT'));
    expect(within(form).getByRole('button', { name: 'Filter the queue' })).toHaveFocus();
    await waitFor(() => expect(filters).toContainEqual({ filter: { steps: ['CODE_STAGE_2_ACKNOWLEDGEMENT'] }, sort: 'DUE_DATE' }));
  });

  it('shows the queue as of another day, from the date control and in the URL', async () => {
    const user = userEvent.setup();
    const { responses, asked } = officer();
    const view = renderAt('/cases', responses);
    await screen.findByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' });
    expect(asked).toEqual([null]);

    const date = screen.getByLabelText('Show the queue as of');
    expect(date).toHaveValue(todayIso());
    await user.clear(date);
    await user.type(date, '2009-12-02');
    await user.click(screen.getByRole('button', { name: 'Show the queue' }));
    await waitFor(() => expect(view.location()).toBe('/cases?asOf=2009-12-02'));
    expect(await screen.findByRole('heading', { level: 2, name: 'Queue as of 2 December 2009' })).toBeInTheDocument();
    expect(asked).toContain('2009-12-02');
    expect(screen.getByRole('button', { name: 'Show the queue' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Show today’s queue' }));
    await waitFor(() => expect(view.location()).toBe('/cases'));
    // The form shows today again.
    expect(screen.getByLabelText('Show the queue as of')).toHaveValue(todayIso());
  });

  it('asks for a date before changing the queue', async () => {
    const user = userEvent.setup();
    const { responses } = officer();
    const view = renderAt('/cases', responses);
    await screen.findByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' });
    await user.clear(screen.getByLabelText('Show the queue as of'));
    await user.click(screen.getByRole('button', { name: 'Show the queue' }));
    expect(screen.getByLabelText('Show the queue as of')).toHaveAccessibleDescription(
      'Steps overdue on this day, or due within the 5 working days after it. Error: Enter the date to show the queue for',
    );
    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')).toHaveFocus();
    expect(view.location()).toBe('/cases');
  });

  it('says so when nothing is overdue or due', async () => {
    const { responses } = officer(queueFixture({ asOf: '2026-11-25', dueUntil: '2026-12-02', overdueCount: 0, dueThisWeekCount: 0, items: [] }));
    renderAt('/cases', responses);
    expect(await screen.findByText(/Nothing is overdue on 25 November 2026 or due by 2 December 2026/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it("ignores a wrong date in the link, and says so", async () => {
    const { responses, asked } = officer();
    renderAt('/cases?asOf=2010-02-30', responses);
    expect(await screen.findByText(/'2010-02-30' is not a real date/)).toBeInTheDocument();
    expect(asked).toEqual([null]);
  });

  it('shows service managers their areas, without recording', async () => {
    renderAt('/cases', { ...officer().responses, CurrentUser: meResponse('SERVICE_MANAGER') });
    expect(await screen.findByText('You see the cases of your service areas only.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record a contact' })).not.toBeInTheDocument();
  });

  it("filters the queue to the signed-in officer's steps, in another order, keeping the date", async () => {
    const user = userEvent.setup();
    const { responses, filters } = officer();
    const view = renderAt('/cases?asOf=2010-03-01', responses);
    await screen.findByRole('heading', { level: 2, name: 'Queue as of 1 March 2010' });
    const form = screen.getByRole('form', { name: 'Filter the queue' });
    await user.selectOptions(within(form).getByLabelText('Whose steps'), 'ME');
    await user.selectOptions(within(form).getByLabelText('Order'), 'REFERENCE');
    await user.click(within(form).getByRole('button', { name: 'Filter the queue' }));
    await waitFor(() => expect(view.location()).toBe('/cases?asOf=2010-03-01&officer=ME&sort=REFERENCE'));
    await waitFor(() => expect(filters).toContainEqual({ filter: { mine: true }, sort: 'REFERENCE' }));
    expect(screen.getByLabelText('Whose steps')).toHaveValue('ME');

    await user.click(screen.getByRole('link', { name: 'Show everyone’s steps' }));
    await waitFor(() => expect(view.location()).toBe('/cases?asOf=2010-03-01&sort=REFERENCE'));
  });

  it('finds a contact from the queue page by reference or surname', async () => {
    const user = userEvent.setup();
    const { responses } = officer();
    const view = renderAt('/cases', {
      ...responses,
      FoundContacts: { data: { contacts: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
    });
    const search = await screen.findByRole('search', { name: 'Find a contact' });
    await user.type(within(search).getByLabelText('Find a contact by reference or complainant’s surname'), "O'Brien");
    await user.click(within(search).getByRole('button', { name: 'Find' }));
    await waitFor(() => expect(view.location()).toBe("/cases/find?q=O%27Brien"));
  });
});
