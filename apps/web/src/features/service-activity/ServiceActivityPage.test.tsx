import { currentFinancialYear } from '@complaints/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Operation } from 'urql';
import type { SaveServiceActivityMutationVariables, ServiceActivityQuery, ServiceActivityQueryVariables } from '../../graphql/graphql';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';

const saved2009: ServiceActivityQuery['serviceActivity'][number] = {
  id: '1',
  financialYear: '2009/10',
  referrals: 2600,
  initialAssessments: 1200,
  lookedAfterChildren: 430,
};

function responses(extra: MockResponses = {}, role: Parameters<typeof meResponse>[0] = 'COMPLAINTS_OFFICER'): MockResponses {
  return {
    CurrentUser: meResponse(role),
    ServiceActivity: (variables) => {
      const { financialYear } = variables as ServiceActivityQueryVariables;
      const data: ServiceActivityQuery = { serviceActivity: financialYear === '2009/10' ? [saved2009] : [] };
      return { data };
    },
    ...extra,
  };
}

/** The variables of each ServiceActivity query the page asked. */
function queriesOf(view: ReturnType<typeof renderAt>): ServiceActivityQueryVariables[] {
  return jest
    .mocked(view.client.executeQuery)
    .mock.calls.map(([operation]) => operation as Operation)
    .filter((operation) => operation.query.definitions.some((d) => d.kind === 'OperationDefinition' && d.name?.value === 'ServiceActivity'))
    .map((operation) => operation.variables as ServiceActivityQueryVariables);
}

function errorSummary(): HTMLElement {
  return screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
}

describe('social care activity', () => {
  it('opens on the current financial year', async () => {
    const view = renderAt('/service-activity', responses());
    const year = currentFinancialYear();
    expect(await screen.findByText(`No figures saved for ${year} yet.`)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Social care activity' })).toBeInTheDocument();
    expect(screen.getByLabelText('Financial year')).toHaveValue(year);
    expect(queriesOf(view).some((variables) => variables.financialYear === year)).toBe(true);
  });

  it("shows a year's saved figures, as table 6 labels them, and fills the form with them", async () => {
    renderAt('/service-activity?financialYear=2009/10', responses());
    const table = await screen.findByRole('table', { name: 'Social care activity figures saved for 2009/10' });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'FigureNumber',
      'Referrals2,600',
      'Initial assessments1,200',
      'Looked after children430',
    ]);
    expect(screen.getByRole('heading', { name: 'Change the figures for 2009/10' })).toBeInTheDocument();
    expect(screen.getByLabelText('Referrals')).toHaveValue('2600');
  });

  it('chooses another year with "Show year"', async () => {
    const user = userEvent.setup();
    const view = renderAt('/service-activity?financialYear=2009/10', responses());
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Financial year'), '2010/11');
    await user.click(screen.getByRole('button', { name: 'Show year' }));
    expect(await screen.findByText('No figures saved for 2010/11 yet.')).toBeInTheDocument();
    expect(view.location()).toBe('/service-activity?financialYear=2010%2F11');
    expect(screen.getByRole('button', { name: 'Show year' })).toHaveFocus();
  });

  it('saves a new year and says so, with focus on the message', async () => {
    const user = userEvent.setup();
    const save = jest.fn((variables: Record<string, unknown>) => {
      const { input } = variables as SaveServiceActivityMutationVariables;
      return { data: { saveServiceActivity: { __typename: 'ServiceActivity', id: '2', ...input } } };
    });
    renderAt('/service-activity?financialYear=2010/11', responses({ SaveServiceActivity: save }));
    await screen.findByText('No figures saved for 2010/11 yet.');
    await user.type(screen.getByLabelText('Referrals'), '2,700');
    await user.type(screen.getByLabelText('Initial assessments'), '0');
    await user.type(screen.getByLabelText('Looked after children'), '440');
    await user.click(screen.getByRole('button', { name: 'Save figures for 2010/11' }));

    expect(save).toHaveBeenCalledWith({ input: { financialYear: '2010/11', referrals: 2700, initialAssessments: 0, lookedAfterChildren: 440 } });
    const message = await screen.findByText(
      'Saved the figures for 2010/11: referrals 2,700, initial assessments 0, looked after children 440.',
    );
    await waitFor(() => expect(message.closest('.notification')).toHaveFocus());
  });

  it('says which fields are empty or not numbers, in a focused summary, and sends nothing', async () => {
    const user = userEvent.setup();
    const view = renderAt('/service-activity?financialYear=2010/11', responses());
    await screen.findByText('No figures saved for 2010/11 yet.');
    await user.type(screen.getByLabelText('Initial assessments'), 'lots');
    await user.type(screen.getByLabelText('Looked after children'), '4');
    await user.click(screen.getByRole('button', { name: 'Save figures for 2010/11' }));

    expect(errorSummary()).toHaveFocus();
    expect(within(errorSummary()).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter the number of referrals', '#referrals'],
      ['Initial assessments must be a whole number, such as 2600', '#initialAssessments'],
    ]);
    expect(screen.getByLabelText('Referrals')).toHaveAccessibleDescription(
      'Children and families social care referrals received in the year. Error: Enter the number of referrals',
    );
    expect(document.title).toBe('Error: Social care activity, 2010/11 – Complaints Insight');
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it("puts the API's BAD_USER_INPUT problems beside the fields they name", async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('service activity: initialAssessments must be a whole number of 0 or more, not -2', {
      code: 'BAD_USER_INPUT',
      field: 'initialAssessments',
      problems: [{ field: 'initialAssessments', message: 'must be a whole number of 0 or more, not -2' }],
    });
    renderAt('/service-activity?financialYear=2009/10', responses({ SaveServiceActivity: { error: refusal } }));
    await screen.findByRole('table');
    await user.clear(screen.getByLabelText('Initial assessments'));
    await user.type(screen.getByLabelText('Initial assessments'), '-2');
    await user.click(screen.getByRole('button', { name: 'Save figures for 2009/10' }));

    await waitFor(() => expect(errorSummary()).toHaveFocus());
    expect(screen.getByLabelText('Initial assessments')).toHaveAccessibleDescription(
      'Initial assessments completed in the year. Error: Initial assessments must be a whole number of 0 or more, not -2',
    );
    expect(screen.getByLabelText('Referrals')).not.toHaveAttribute('aria-invalid');
  });

  it('is not offered to analysts or service managers', async () => {
    renderAt('/service-activity', responses({}, 'ANALYST'));
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' })).toBeInTheDocument();
  });
});

describe('importing social care activity from a CSV file', () => {
  const realFetch = global.fetch;
  afterEach(() => {
    global.fetch = realFetch;
  });

  function answer(status: number, body: unknown) {
    return Promise.resolve({ status, json: () => Promise.resolve(body) } as Response);
  }

  const csv = () => new File(['financial_year,referrals,initial_assessments,looked_after_children\n2010/11,1,2,3\n'], 'activity.csv', { type: 'text/csv' });

  it('lists the problems of a file that does not pass, and imports nothing', async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn(() =>
      answer(400, {
        error: '1 problem in the file; nothing was imported.',
        problems: [{ line: 3, row: 3, field: 'initial_assessments', message: "must be a whole number of 0 or more, not 'two'" }],
      }),
    );
    global.fetch = fetchMock as unknown as typeof fetch;
    renderAt('/service-activity?financialYear=2010/11', responses());
    await screen.findByText('No figures saved for 2010/11 yet.');
    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));

    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading', { name: 'Nothing was imported' })).toBeInTheDocument();
    expect(within(alert).getByText("Line 3, column initial_assessments: must be a whole number of 0 or more, not 'two'")).toBeInTheDocument();
    await waitFor(() => expect(alert.closest('.error-summary')).toHaveFocus());
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(fetchMock).toHaveBeenCalledWith(
      '/import/service-activity?dryRun=true',
      expect.objectContaining({ method: 'POST', headers: { 'Content-Type': 'text/csv' }, credentials: 'same-origin' }),
    );
    expect(screen.queryByRole('button', { name: /^Import/ })).not.toBeInTheDocument();
  });

  it('checks a file first, then imports it and shows the year again', async () => {
    const user = userEvent.setup();
    const fetchMock = jest.fn((url: string) => (url.endsWith('dryRun=true') ? answer(200, { valid: 1 }) : answer(201, { imported: 1, financialYears: ['2010/11'] })));
    global.fetch = fetchMock as unknown as typeof fetch;
    const view = renderAt('/service-activity?financialYear=2010/11', responses());
    await screen.findByText('No figures saved for 2010/11 yet.');
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    expect(screen.getByLabelText('CSV file')).toHaveAccessibleDescription('Error: Choose a CSV file to import');
    expect(fetchMock).not.toHaveBeenCalled();

    await user.upload(screen.getByLabelText('CSV file'), csv());
    await user.click(screen.getByRole('button', { name: 'Check file' }));
    expect(await screen.findByText('Every row passes the checks: one year ready to import. Nothing is saved yet.')).toBeInTheDocument();
    const queriesBefore = queriesOf(view).length;
    await user.click(screen.getByRole('button', { name: 'Import one year' }));
    expect(await screen.findByText('Imported the figures for 2010/11.')).toBeInTheDocument();
    expect(fetchMock).toHaveBeenLastCalledWith('/import/service-activity?dryRun=false', expect.objectContaining({ method: 'POST' }));
    // The year shown was imported: it is asked for again.
    await waitFor(() => expect(queriesOf(view).length).toBeGreaterThan(queriesBefore));
  });
});
