import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import type { Role } from '../../graphql/graphql';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { savedChart } from './saved-chart-fixtures';
import type { SavedChartRecord } from './useSavedChartsQuery';

function page(charts: SavedChartRecord[] | (() => SavedChartRecord[]), extra: MockResponses = {}, role: Role = 'ANALYST') {
  return renderAt('/charts', {
    CurrentUser: meResponse(role),
    SavedCharts: () => ({ data: { savedCharts: typeof charts === 'function' ? charts() : charts } }),
    ...extra,
  });
}

const cardOf = (name: string) => screen.getByRole('heading', { level: 3, name }).closest('li') as HTMLElement;

describe('saved charts page', () => {
  it('lists each chart with its owner, when it was updated and its type, linked to its page', async () => {
    page([savedChart(), savedChart({ id: '6', name: 'Outcomes', chartType: 'HEATMAP', owner: { id: '2', name: 'Ann Analyst' }, viewerCan: { edit: false, publish: true, delete: false } })]);
    expect(await screen.findByRole('heading', { level: 1, name: 'Saved charts' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { level: 2, name: '2 saved charts' })).toBeInTheDocument();

    const card = cardOf('Complaints by channel, 2009/10');
    expect(within(card).getByRole('link', { name: 'Complaints by channel, 2009/10' })).toHaveAttribute('href', '/charts/5');
    expect(within(card).getByText('Owner').nextElementSibling).toHaveTextContent('Demo person');
    expect(within(card).getByText('Updated').nextElementSibling).toHaveTextContent('24 Nov 2026, 14:32');
    expect(within(card).getByText('Chart type').nextElementSibling).toHaveTextContent('Bar chart');
    expect(within(card).getByRole('link', { name: 'Publish as embed “Complaints by channel, 2009/10”' })).toHaveAttribute('href', '/charts/5#publish');

    const other = cardOf('Outcomes');
    expect(within(other).queryByRole('button', { name: /Edit/ })).not.toBeInTheDocument();
    expect(within(other).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();
  });

  it('offers no publishing to roles that may not publish', async () => {
    page([savedChart({ viewerCan: { edit: true, publish: false, delete: true } })], {}, 'SERVICE_MANAGER');
    const card = await screen.findByRole('heading', { level: 3, name: 'Complaints by channel, 2009/10' }).then((h) => h.closest('li')!);
    expect(within(card).queryByRole('link', { name: /Publish as embed/ })).not.toBeInTheDocument();
  });

  it('says so when there are none, and when they cannot be loaded', async () => {
    page([]);
    expect(await screen.findByText(/There are no saved charts yet/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open the trend explorer' })).toHaveAttribute('href', '/trends');
  });

  it('shows a load error with a retry', async () => {
    renderAt('/charts', { CurrentUser: meResponse('ANALYST'), SavedCharts: { error: new CombinedError({ networkError: new Error('offline') }) } });
    expect(await screen.findByRole('alert')).toHaveTextContent('could not reach its server');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('renames a chart and edits its description in place; focus goes to the outcome', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    page([savedChart()], {
      UpdateSavedChart: (variables) => {
        sent.push(variables);
        return { data: { updateSavedChart: savedChart({ name: 'By channel', description: 'New words.' }) } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Edit “Complaints by channel, 2009/10”' }));
    const form = screen.getByRole('form', { name: 'Edit “Complaints by channel, 2009/10”' });
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'By channel');
    await user.clear(within(form).getByLabelText('Description'));
    await user.type(within(form).getByLabelText('Description'), 'New words.');
    await user.click(within(form).getByRole('button', { name: 'Save changes' }));

    await waitFor(() => expect(screen.getByText('Changes saved.')).toHaveFocus());
    expect(sent).toEqual([{ id: '5', input: { name: 'By channel', description: 'New words.' } }]);
  });

  it('refuses an empty description with the message beside it', async () => {
    const user = userEvent.setup();
    const view = page([savedChart()]);
    await user.click(await screen.findByRole('button', { name: 'Edit “Complaints by channel, 2009/10”' }));
    await user.clear(screen.getByLabelText('Description'));
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(/Error: Enter a description/);
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it('deletes only after confirmation; Cancel keeps it and returns focus', async () => {
    const user = userEvent.setup();
    let charts = [savedChart()];
    const deleted: unknown[] = [];
    page(() => charts, {
      DeleteSavedChart: (variables) => {
        deleted.push(variables.id);
        charts = [];
        return { data: { deleteSavedChart: '5' } };
      },
    });
    await user.click(await screen.findByRole('button', { name: 'Delete “Complaints by channel, 2009/10”' }));
    const confirm = screen.getByRole('alert');
    expect(confirm).toHaveFocus();
    expect(confirm).toHaveTextContent('any embed of it shows “This chart is no longer available”');
    await user.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(deleted).toEqual([]);
    expect(screen.getByRole('button', { name: 'Delete “Complaints by channel, 2009/10”' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Delete “Complaints by channel, 2009/10”' }));
    await user.click(within(screen.getByRole('alert')).getByRole('button', { name: 'Yes, delete it' }));
    const done = await screen.findByText('Deleted “Complaints by channel, 2009/10”.');
    await waitFor(() => expect(done.closest('.notification')).toHaveFocus());
    expect(deleted).toEqual(['5']);
  });

  it('says why a delete was refused', async () => {
    const user = userEvent.setup();
    page([savedChart()], { DeleteSavedChart: { error: graphqlError('Not allowed', { code: 'FORBIDDEN' }) } });
    await user.click(await screen.findByRole('button', { name: 'Delete “Complaints by channel, 2009/10”' }));
    await user.click(screen.getByRole('button', { name: 'Yes, delete it' }));
    expect(await screen.findByText('“Complaints by channel, 2009/10” was not deleted because your role does not allow it.')).toBeInTheDocument();
  });
});
