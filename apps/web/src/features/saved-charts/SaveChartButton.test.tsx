import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderAt, type MockResponses } from '../../test/render';
import { savedChart } from './saved-chart-fixtures';
import { SaveChartButton } from './SaveChartButton';

const INPUT = { financialYear: '2009/10', granularity: 'MONTH', groupBy: 'CHANNEL' } as const;

function renderButton(responses: MockResponses = {}) {
  return renderAt('/trends', responses, <SaveChartButton input={INPUT} chartType="LINE" suggestedName="Contacts by channel" />);
}

function errorSummary(): HTMLElement {
  return screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
}

describe('Save chart (trend explorer)', () => {
  it('opens a form with the name, the description (with its hint), the chart type and who may download the data', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await screen.findByRole('form', { name: 'Save this chart' });

    const form = screen.getByRole('form', { name: 'Save this chart' });
    expect(within(form).getByLabelText('Name')).toHaveValue('Contacts by channel');
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    expect(within(form).getByLabelText('Description')).toHaveAccessibleDescription(/describe what the chart shows, for people who cannot see it/i);
    expect(within(form).getByLabelText('Chart type')).toHaveValue('LINE');
    expect(within(form).getByRole('group', { name: 'Who may download its data' })).toBeInTheDocument();
    expect(within(form).getByLabelText('Signed-in staff only')).toBeChecked();
  });

  it('says what is missing beside each field and in a focused summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const view = renderButton();
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await screen.findByRole('form', { name: 'Save this chart' });
    await user.clear(screen.getByLabelText('Name'));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Save chart' }));

    expect(errorSummary()).toHaveFocus();
    expect(within(errorSummary()).getAllByRole('link').map((l) => l.textContent)).toEqual([
      'Enter a name for the chart',
      'Enter a description of what the chart shows, for people who cannot see it',
    ]);
    expect(screen.getByLabelText('Description')).toHaveAccessibleDescription(/Error: Enter a description/);
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it('saves the question as its query string and links to the saved chart', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    renderButton({
      SaveChart: (variables) => {
        sent.push(variables.input);
        return { data: { saveChart: savedChart({ id: '42', name: 'Contacts by channel' }) } };
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await screen.findByRole('form', { name: 'Save this chart' });
    await user.type(screen.getByLabelText('Description'), 'Most contacts arrive by letter.');
    await user.click(screen.getByLabelText(/anyone reading an embed/));
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Save chart' }));

    const saved = await screen.findByText('Chart saved: “Contacts by channel”.');
    expect(saved.closest('.notification')).toHaveFocus();
    expect(screen.getByRole('link', { name: 'Open the saved chart' })).toHaveAttribute('href', '/charts/42');
    expect(sent).toEqual([
      {
        name: 'Contacts by channel',
        description: 'Most contacts arrive by letter.',
        params: 'financialYear=2009/10&granularity=MONTH&groupBy=CHANNEL',
        chartType: 'LINE',
        dataDownload: 'EMBED_READERS',
      },
    ]);
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('shows the API’s refusal beside the field it names', async () => {
    const user = userEvent.setup();
    renderButton({
      SaveChart: {
        error: graphqlError('Invalid saved chart: name: is 130 characters; at most 120', {
          code: 'BAD_USER_INPUT',
          field: 'name',
          problems: [{ field: 'name', message: 'is 130 characters; at most 120' }],
        }),
      },
    });
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await screen.findByRole('form', { name: 'Save this chart' });
    await user.type(screen.getByLabelText('Description'), 'Something');
    await user.click(within(screen.getByRole('form')).getByRole('button', { name: 'Save chart' }));

    await waitFor(() => expect(errorSummary()).toHaveFocus());
    expect(within(errorSummary()).getByRole('link', { name: 'Name is 130 characters; at most 120' })).toHaveAttribute('href', '#save-chart-name');
    expect(screen.getByLabelText('Name')).toHaveAccessibleDescription(/Error: Name is 130 characters; at most 120/);
  });

  it('Cancel closes the form and gives focus back to the button', async () => {
    const user = userEvent.setup();
    renderButton();
    await user.click(screen.getByRole('button', { name: 'Save chart' }));
    await screen.findByRole('form', { name: 'Save this chart' });
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Save chart' })).toHaveFocus();
  });
});
