import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt } from '../../test/render';
import { todayIso } from '@complaints/domain';
import { queueFixture } from './case-fixtures';

function officer(queue = queueFixture()) {
  const asked: unknown[] = [];
  return {
    asked,
    responses: {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      CaseworkQueue: (variables: Record<string, unknown>) => {
        asked.push(variables.asOf);
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
      ['CS/2008/0060', 'MP/Cllr Enquiry', 'Response', '1 July 2008', '422 working days overdue'],
      ['CS/2009/0368', 'Statutory complaint', 'Acknowledgement', '24 February 2010', '3 working days overdue'],
    ]);
    expect(within(overdue).getByRole('link', { name: 'CS/2008/0060' })).toHaveAttribute('href', '/cases/60');

    const dueThisWeek = screen.getByRole('table', { name: 'Due this week (2)' });
    expect(within(dueThisWeek).getByRole('columnheader', { name: 'Time left' })).toBeInTheDocument();
    expect(within(dueThisWeek).getByRole('rowheader', { name: 'CS/2009/0385' }).closest('tr')).toHaveTextContent(
      'Stage 2 response8 March 2010Due in 5 working days',
    );
    expect(screen.getByRole('link', { name: 'Record a contact' })).toHaveAttribute('href', '/cases/new');
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

    await user.click(screen.getByRole('button', { name: 'Show today’s queue' }));
    await waitFor(() => expect(view.location()).toBe('/cases'));
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
    renderAt('/cases', { CurrentUser: meResponse('SERVICE_MANAGER'), CaseworkQueue: { data: { caseworkQueue: queueFixture() } } });
    expect(await screen.findByText('You see the cases of your service areas only.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record a contact' })).not.toBeInTheDocument();
  });
});
