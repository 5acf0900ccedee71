import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../app/AppRoutes';
import type { TrendInput } from '../../graphql/graphql';
import { BackButton, graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { channelYear, comparedMonthly, inTimeByQuarter, monthly } from './trend-fixtures';
import type { TrendResultData } from './useTrendQuery';

const CHANNEL_YEAR = 'financialYear=2009/10&granularity=FINANCIAL_YEAR&groupBy=CHANNEL&measure=CONTACTS';

const options = {
  recordTypes: [
    { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' },
    { code: 'COMPLIMENT', name: 'Compliment', group: 'COMPLIMENT' },
  ],
  channels: [
    { code: 'EMAIL', name: 'Email' },
    { code: 'LETTER', name: 'Letter' },
  ],
  divisions: [{ code: 'SCHOOLS', name: 'Schools' }],
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  issueCategories: [{ code: 'COMMUNICATION', name: 'Communication', issues: [{ code: 'COMMUNICATION_DELAY', name: 'Communication: delayed response' }] }],
};

function explorer(trend: (input: TrendInput) => { data?: { trend: TrendResultData }; error?: ReturnType<typeof graphqlError> } | 'loading') {
  const asked: TrendInput[] = [];
  const responses: MockResponses = {
    CurrentUser: meResponse('ANALYST'),
    TrendFinancialYears: {
      data: {
        trend: {
          periods: ['2008/09', '2009/10', '2010/11'],
          series: [{ points: [{ period: '2008/09', count: 400 }, { period: '2009/10', count: 441 }, { period: '2010/11', count: 0 }] }],
        },
      },
    },
    ReferenceOptions: { data: options },
    Trend: (variables) => {
      const input = variables.input as TrendInput;
      asked.push(input);
      return trend(input);
    },
  };
  return { responses, asked };
}

const answer = (result: TrendResultData) => () => ({ data: { trend: result } });

describe('trend explorer', () => {
  it('asks the question in the URL and shows it as controls, chart, table and CSV link', async () => {
    const { responses, asked } = explorer(answer(channelYear()));
    renderAt(`/trends?${CHANNEL_YEAR}`, responses);

    const heading = await screen.findByRole('heading', { level: 2, name: 'Number of contacts by channel, 2009/10, by financial year' });
    expect(asked[0]).toEqual({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'CHANNEL', measure: 'CONTACTS' });

    expect(screen.getByLabelText('Split by')).toHaveValue('CHANNEL');
    expect(screen.getByLabelText('Count by')).toHaveValue('FINANCIAL_YEAR');
    expect(screen.getByLabelText('Financial year')).toHaveValue('2009/10');
    expect(screen.getByLabelText('A financial year (April to March)')).toBeChecked();

    const results = heading.closest('section')!;
    expect(within(results).getByRole('link', { name: 'Download CSV of these results' })).toHaveAttribute(
      'href',
      `/export/trend.csv?${CHANNEL_YEAR}`,
    );

    const table = within(results).getByRole('table', { name: 'Number of contacts by channel, 2009/10, by financial year' });
    const letter = within(table).getByRole('rowheader', { name: 'Letter' }).closest('tr')!;
    expect(within(letter).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['165', '165']);
    expect(within(table).getByRole('columnheader', { name: 'Total' })).toHaveAttribute('scope', 'col');
    expect(within(table).getByRole('rowheader', { name: 'Letter' })).toHaveAttribute('scope', 'row');
    const totals = within(table).getByRole('rowheader', { name: 'All contacts' }).closest('tr')!;
    expect(within(totals).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['441', '441']);

    const chart = await within(results).findByTestId('nivo-chart');
    expect(chart).toHaveAttribute('data-kind', 'bar');
    expect(chart).toHaveAccessibleName('Number of contacts by channel, 2009/10, by financial year');
    expect(results.querySelector('figcaption')).toHaveTextContent('The largest is Letter: 165.');
  });

  it('puts a new question in the URL and the CSV link when "Show results" is pressed', async () => {
    const { responses, asked } = explorer(answer(monthly()));
    const view = renderAt(`/trends?${CHANNEL_YEAR}`, responses);
    const user = userEvent.setup();
    await screen.findByRole('table');

    await user.selectOptions(screen.getByLabelText('Split by'), 'OUTCOME');
    await user.selectOptions(screen.getByLabelText('Count by'), 'QUARTER');
    await user.selectOptions(screen.getByLabelText('Measure'), 'RESPONDED_IN_TIME_PERCENT');
    await user.click(screen.getByLabelText('Between two dates'));
    // The date fields load on this click.
    await user.clear(await screen.findByLabelText('First date received'));
    await user.type(screen.getByLabelText('First date received'), '2009-07-01');
    await user.click(screen.getByText('Filters'));
    await user.click(await screen.findByLabelText('Letter'));
    await user.click(screen.getByLabelText('Formal complaints'));
    await user.click(screen.getByRole('button', { name: 'Show results' }));

    const search =
      'from=2009-07-01&to=2010-03-31&granularity=QUARTER&groupBy=OUTCOME&measure=RESPONDED_IN_TIME_PERCENT&recordTypeGroups=FORMAL_COMPLAINT&channels=LETTER';
    await waitFor(() => expect(view.location()).toBe(`/trends?${search}`));
    await waitFor(() =>
      expect(asked.at(-1)).toEqual({
        from: '2009-07-01',
        to: '2010-03-31',
        granularity: 'QUARTER',
        groupBy: 'OUTCOME',
        measure: 'RESPONDED_IN_TIME_PERCENT',
        filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], channels: ['LETTER'] },
      }),
    );
    expect(await screen.findByRole('link', { name: 'Download CSV of these results' })).toHaveAttribute('href', `/export/trend.csv?${search}`);
  });

  it('counts as recorded or in the current taxonomy: a choice kept in the URL, and the answer says which and names each split with its rule', async () => {
    const split = {
      dimension: 'SERVICE_AREA' as const,
      fromCode: 'YOUNG_PEOPLE_COMMUNITY',
      fromLabel: 'Young People and Community Support Services',
      toCode: 'EARLY_HELP',
      toLabel: 'Early Help and Family Support',
      rule: 'all its earlier records count there',
      description:
        'Young People and Community Support Services was split into Early Help and Family Support, Youth Services; its records count under Early Help and Family Support: all its earlier records count there',
    };
    const { responses, asked } = explorer((input) =>
      input.taxonomy === 'CURRENT'
        ? { data: { trend: { ...channelYear(), taxonomy: 'CURRENT', taxonomyDate: '2010-03-31', taxonomySplits: [split] } } }
        : { data: { trend: channelYear() } },
    );
    const view = renderAt(`/trends?${CHANNEL_YEAR}`, responses);
    const user = userEvent.setup();
    await screen.findByRole('table', {}, { timeout: 10000 });
    expect(screen.getByText('Contacts are counted under the divisions, service areas and issues they were recorded with.')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'Divisions, service areas and issues' });
    expect(within(group).getByLabelText('As recorded at the time')).toBeChecked();

    await user.click(within(group).getByLabelText('Mapped to those in force at the end of the period'));
    await user.click(screen.getByRole('button', { name: 'Show results' }));
    await waitFor(() => expect(view.location()).toBe(`/trends?${CHANNEL_YEAR}&taxonomy=CURRENT`));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ taxonomy: 'CURRENT' }));
    expect(await screen.findByText(/in force on 31 March 2010: older ones are mapped onto what replaced them/)).toBeInTheDocument();
    expect(within(screen.getByRole('list', { name: 'Splits applied' })).getByRole('listitem')).toHaveTextContent(split.description);
    expect(screen.getByRole('link', { name: 'Download CSV of these results' })).toHaveAttribute('href', `/export/trend.csv?${CHANNEL_YEAR}&taxonomy=CURRENT`);
  }, 30000);

  it('fills in the latest year with contacts when the URL has no question', async () => {
    const { responses } = explorer(answer(monthly()));
    const view = renderAt('/trends', responses);
    await waitFor(() =>
      expect(view.location()).toBe('/trends?financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS'),
    );
    expect(within(screen.getByLabelText('Financial year')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '2009/10',
      '2008/09',
    ]);
  });

  it('keeps an invalid form out of the URL and says what to fix', async () => {
    const { responses } = explorer(answer(monthly()));
    const view = renderAt(`/trends?${CHANNEL_YEAR}`, responses);
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(screen.getByLabelText('Between two dates'));
    await user.clear(await screen.findByLabelText('Last date received'));
    await user.type(screen.getByLabelText('Last date received'), '2009-01-01');
    await user.click(screen.getByRole('button', { name: 'Show results' }));

    // The error summary loads with the first errors, and takes focus.
    const link = await screen.findByRole('link', { name: 'The last date must be the same as or after the first date' });
    expect(link).toHaveAttribute('href', '#to');
    await waitFor(() => expect(link.closest('.error-summary')).toHaveFocus());
    expect(screen.getByLabelText('Last date received')).toHaveAccessibleDescription(
      'For example, 2010-03-31 Error: The last date must be the same as or after the first date',
    );
    expect(view.location()).toBe(`/trends?${CHANNEL_YEAR}`);
  });

  it('warns when contacts count once per value', async () => {
    const result = monthly({ groupBy: 'ALL_SERVICE_AREAS', countsContactsOncePerValue: true, total: 25, totalCount: 25 });
    const { responses } = explorer(answer(result));
    renderAt('/trends?financialYear=2009/10&groupBy=ALL_SERVICE_AREAS', responses);
    expect(await screen.findByText(/counted once under each/)).toHaveTextContent(
      'Warning: A contact that names several service areas is counted once under each, so the rows can add up to more than the total of 25 contacts.',
    );
    expect(screen.getByRole('rowheader', { name: 'All contacts (each counted once)' })).toBeInTheDocument();
  });

  it("shows loading, empty and the API's error messages", async () => {
    const loading = explorer(() => 'loading');
    const first = renderAt(`/trends?${CHANNEL_YEAR}`, loading.responses);
    expect(await screen.findByText('Loading trend…')).toHaveAttribute('role', 'status');
    first.unmount();

    const empty = explorer(answer({ ...channelYear(), totalCount: 0, total: 0 }));
    const second = renderAt(`/trends?${CHANNEL_YEAR}`, empty.responses);
    expect(await screen.findByText(/No contacts match these choices/)).toHaveAttribute('role', 'status');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    second.unmount();

    const refused = explorer(() => ({
      error: graphqlError('Invalid trend: groupBy: the answer would have 300 series', { code: 'BAD_USER_INPUT', field: 'groupBy' }),
    }));
    renderAt(`/trends?${CHANNEL_YEAR}`, refused.responses);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'The trend could not be shown. Invalid trend: groupBy: the answer would have 300 series',
    );
  });

  it('says which parts of a link it could not use', async () => {
    const { responses, asked } = explorer(answer(channelYear()));
    renderAt('/trends?financialYear=2009/10&groupBy=COLOUR', responses);
    expect(await screen.findByText(/Part of this link could not be used/)).toBeInTheDocument();
    expect(screen.getByText(/'COLOUR' is not one of/)).toBeInTheDocument();
    await waitFor(() => expect(asked[0]).toEqual({ financialYear: '2009/10' }));
  });

  it('refuses a misspelt filter in a link naming the same field as the API and the CSV export (filter.outcomes)', async () => {
    const { responses, asked } = explorer(answer(channelYear()));
    renderAt('/trends?financialYear=2009/10&outcomes=UPHELDD', responses);
    const notice = await screen.findByText(/Part of this link could not be used/);
    expect(notice.parentElement).toHaveTextContent("filter.outcomes: 'UPHELDD' is not one of UPHELD");
    await waitFor(() => expect(asked[0]).toEqual({ financialYear: '2009/10' }));
  });

  it('names the active filters in the heading, the table, the chart and its caption', async () => {
    const { responses } = explorer(answer(channelYear()));
    renderAt(`/trends?${CHANNEL_YEAR}&channels=LETTER,EMAIL&outcomes=UPHELD`, responses);
    const name = 'Number of contacts by channel, 2009/10, by financial year, where channel is Letter or Email and outcome is Upheld';
    const heading = await screen.findByRole('heading', { level: 2, name });
    const results = heading.closest('section')!;
    const table = within(results).getByRole('table', { name });
    expect(within(table).getByRole('rowheader', { name: 'All contacts matching the filters' })).toBeInTheDocument();
    expect(await within(results).findByTestId('nivo-chart')).toHaveAccessibleName(name);
    expect(results.querySelector('figcaption')).toHaveTextContent(`Bar chart: ${name}.`);
  });

  it('shows each percentage with its base and marks those of fewer than 5 contacts', async () => {
    const { responses } = explorer(answer(inTimeByQuarter()));
    renderAt('/trends?from=2009-04-01&to=2009-09-30&granularity=QUARTER&groupBy=CHANNEL&measure=RESPONDED_IN_TIME_PERCENT', responses);
    const table = await screen.findByRole('table');
    const row = (label: string) => within(within(table).getByRole('rowheader', { name: label }).closest('tr')!).getAllByRole('cell');
    expect(row('Email').map((cell) => cell.textContent)).toEqual(['65% of 60', '60.7% of 61', '62.8% of 121']);
    const fax = row('Fax');
    expect(fax[0]).toHaveTextContent('100% of 1 [u] (low reliability)');
    expect(within(fax[0]!).getByText('[u]')).toHaveAttribute('aria-hidden', 'true');
    expect(fax[1]).toHaveTextContent('no data');
    expect(screen.getByText(/a percentage of fewer than 5 contacts/)).toBeInTheDocument();
    expect(screen.getByText(/Overall 63.1% of 122 contacts\./)).toBeInTheDocument();
  });

  it('compares with the previous year: a checkbox in the URL, change columns and a table of the year before', async () => {
    const { responses, asked } = explorer((input) => answer(input.compareWith ? comparedMonthly() : monthly())());
    const view = renderAt('/trends?from=2009-04-01&to=2009-06-30&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS', responses);
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(screen.getByLabelText('Compare with the previous year'));
    await user.click(screen.getByRole('button', { name: 'Show results' }));
    await waitFor(() => expect(view.location()).toContain('&compareWith=PREVIOUS_YEAR'));
    await waitFor(() => expect(asked.at(-1)?.compareWith).toBe('PREVIOUS_YEAR'));

    const table = await screen.findByRole('table', { name: /compared with 1 April 2008 to 30 June 2008/ });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers.slice(-4)).toEqual(['Total', 'Total 1 April 2008 to 30 June 2008', 'Change', 'Change (%)']);
    const comment = within(within(table).getByRole('rowheader', { name: 'Comment' }).closest('tr')!).getAllByRole('cell');
    expect(comment.slice(-4).map((cell) => cell.textContent)).toEqual(['12', '8', '+4', '+50%']);
    const earlier = screen.getByRole('table', { name: 'The same periods a year earlier, 1 April 2008 to 30 June 2008' });
    expect(within(earlier).getAllByRole('columnheader').map((th) => th.textContent)).toEqual(['Record type', 'Apr 2008', 'May 2008', 'Jun 2008', 'Total']);
    // The line chart draws the year before dashed, in each series' colour.
    expect(await screen.findByTestId('nivo-chart')).toHaveAttribute('data-kind', 'line');
    expect(screen.getByRole('list', { name: 'Key' })).toHaveTextContent('Comment, 1 April 2008 to 30 June 2008');
  });

  it('draws the chart type chosen, keeps it in the URL and the image links, and offers only the types that fit', async () => {
    const { responses, asked } = explorer(answer(monthly()));
    const search = 'financialYear=2009/10&granularity=MONTH&groupBy=RECORD_TYPE&measure=CONTACTS';
    const view = renderAt(`/trends?${search}`, responses);
    const user = userEvent.setup();
    expect(await screen.findByTestId('nivo-chart')).toHaveAttribute('data-kind', 'bar');
    const choice = screen.getByRole('group', { name: 'Show as' });
    expect(within(choice).getAllByRole('radio').map((radio) => radio.nextSibling?.textContent)).toEqual([
      'Line',
      'Bars',
      'Grouped bars',
      'Heatmap',
      'Table only',
    ]);
    expect(within(choice).getByLabelText('Bars')).toBeChecked();

    await user.click(within(choice).getByLabelText('Heatmap'));
    await waitFor(() => expect(view.location()).toBe(`/trends?${search}&chart=HEATMAP`));
    expect(await screen.findByTestId('nivo-chart')).toHaveAttribute('data-kind', 'heatmap');
    expect(screen.getByRole('link', { name: 'SVG image of this chart' })).toHaveAttribute('href', `/export/trend.svg?${search}&chartType=HEATMAP`);
    expect(screen.getByRole('link', { name: 'PNG image of this chart' })).toHaveAttribute('href', `/export/trend.png?${search}&chartType=HEATMAP`);
    expect(screen.getByRole('link', { name: 'Download CSV of these results' })).toHaveAttribute('href', `/export/trend.csv?${search}`);

    await user.click(screen.getByLabelText('Table only'));
    await waitFor(() => expect(view.location()).toBe(`/trends?${search}&chart=TABLE`));
    expect(screen.queryByTestId('nivo-chart')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'SVG image of this chart' })).not.toBeInTheDocument();
    expect(screen.getByRole('table')).toBeInTheDocument();
    // Only the question reaches the API.
    expect(asked.every((input) => !('chart' in input))).toBe(true);
  });

  it('keeps the chart chosen when a new question is shown, and refuses a misspelt one', async () => {
    const { responses } = explorer(answer(monthly()));
    const view = renderAt(`/trends?${CHANNEL_YEAR}&chart=LINE`, responses);
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.selectOptions(screen.getByLabelText('Count by'), 'MONTH');
    await user.click(screen.getByRole('button', { name: 'Show results' }));
    await waitFor(() => expect(view.location()).toBe('/trends?financialYear=2009/10&granularity=MONTH&groupBy=CHANNEL&measure=CONTACTS&chart=LINE'));
    view.unmount();

    renderAt(`/trends?${CHANNEL_YEAR}&chart=PIE`, explorer(answer(channelYear())).responses);
    const notice = await screen.findByText(/Part of this link could not be used/);
    expect(notice.parentElement).toHaveTextContent("chart: 'PIE' is not one of LINE, BARS, GROUPED_BARS, HEATMAP, TABLE");
  });

  it('keeps the form, its open filters and keyboard focus across its own "Show results"; back shows the earlier question', async () => {
    const { responses } = explorer(answer(monthly()));
    const view = renderAt(
      `/trends?${CHANNEL_YEAR}`,
      responses,
      <>
        <AppRoutes />
        <BackButton />
      </>,
    );
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(screen.getByText('Filters'));
    await screen.findByLabelText('Letter');
    await user.selectOptions(screen.getByLabelText('Count by'), 'MONTH');
    const show = screen.getByRole('button', { name: 'Show results' });
    show.focus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(view.location()).toBe('/trends?financialYear=2009/10&granularity=MONTH&groupBy=CHANNEL&measure=CONTACTS'));
    // The same form: the button keeps focus and the filters stay open.
    expect(screen.getByRole('button', { name: 'Show results' })).toBe(show);
    expect(show).toHaveFocus();
    expect(screen.getByLabelText('Letter')).toBeVisible();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(view.location()).toBe(`/trends?${CHANNEL_YEAR}`));
    expect(screen.getByLabelText('Count by')).toHaveValue('FINANCIAL_YEAR');
  });

  it('filters by a single issue, picked under its category, as the primary issue or any issue raised', async () => {
    const { responses, asked } = explorer(answer(channelYear()));
    const view = renderAt(`/trends?${CHANNEL_YEAR}`, responses);
    const user = userEvent.setup();
    await screen.findByRole('table');
    await user.click(screen.getByText('Filters'));
    const picker = await screen.findByLabelText('Issue');
    expect(within(picker).getByRole('group', { name: 'Communication' })).toContainElement(
      within(picker).getByRole('option', { name: 'Communication: delayed response' }),
    );
    await user.selectOptions(picker, 'COMMUNICATION_DELAY');
    await user.click(screen.getByLabelText('Any issue raised'));
    await user.click(screen.getByRole('button', { name: 'Show results' }));
    await waitFor(() => expect(view.location()).toBe(`/trends?${CHANNEL_YEAR}&anyIssues=COMMUNICATION_DELAY`));
    await waitFor(() => expect(asked.at(-1)?.filter).toEqual({ anyIssues: ['COMMUNICATION_DELAY'] }));
    expect(
      await screen.findByRole('heading', {
        level: 2,
        name: 'Number of contacts by channel, 2009/10, by financial year, where issue (any raised) is Communication: delayed response',
      }),
    ).toBeInTheDocument();
  });
});
