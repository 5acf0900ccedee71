import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CombinedError } from 'urql';
import { todayIso } from '@complaints/domain';
import { AppRoutes } from '../../app/AppRoutes';
import { BackButton, meResponse, renderAt, type MockAnswer } from '../../test/render';
import { financialYearOfToday } from './member-trends';

/** The page is a lazily loaded chunk: the first render waits for the import. */
const LAZY = { timeout: 8000 };
jest.setTimeout(20_000);

const YEARS: MockAnswer = { data: { disclosedTrend: { periods: ['2008/09', '2009/10', '2025/26'], periodTotals: ['0', '1,204', 'c'] } } };
const NOTE = 'Figures are published under the DFE_C disclosure rule: 2 small or protecting figures are suppressed (shown as c).';
const QUARTERS = {
  disclosedTrend: {
    rule: 'DFE_C',
    note: NOTE,
    definition: 'Contacts received, counted on the date received.',
    periods: ['2009/10 Q1', '2009/10 Q2', '2009/10 Q3', '2009/10 Q4'],
    series: [
      { label: 'Upheld', cells: ['12', 'c', '20', '15'], total: '52' },
      { label: 'Not upheld', cells: ['30', '21', 'c', '40'], total: '95' },
    ],
    periodTotals: ['42', '24', '23', '55'],
    total: '147',
  },
};
const CAPTION = 'Number of contacts by outcome, quarter by quarter, 2009/10 (formal complaints)';

function renderPage(path: string, trend: MockAnswer | ((variables: Record<string, unknown>) => MockAnswer), role: 'MEMBER' | 'ANALYST' = 'MEMBER') {
  const asked: unknown[] = [];
  const view = renderAt(
    path,
    {
      CurrentUser: meResponse(role),
      MemberTrendYears: YEARS,
      MemberDisclosedTrend: (variables) => {
        asked.push(variables.input);
        return typeof trend === 'function' ? trend(variables) : trend;
      },
    },
    <>
      <AppRoutes />
      <BackButton />
    </>,
  );
  return { ...view, asked };
}

describe('the member’s trends page', () => {
  it('shows the disclosed table with its caption, the suppression note and a chart of the totals', async () => {
    const { asked } = renderPage('/member/trends?year=2009/10&granularity=QUARTER&measure=CONTACTS&groupBy=OUTCOME&contacts=FORMAL_COMPLAINT', { data: QUARTERS });
    expect(await screen.findByRole('heading', { level: 1, name: 'Trends in complaints and other contacts' }, LAZY)).toBeInTheDocument();
    expect(asked[0]).toEqual({ from: '2009-04-01', to: '2010-03-31', granularity: 'QUARTER', measure: 'CONTACTS', groupBy: 'OUTCOME', filter: { recordTypeGroups: ['FORMAL_COMPLAINT'] } });
    expect(screen.getByRole('heading', { level: 2, name: CAPTION })).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: CAPTION });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual([
      'UpheldNot upheldAll formal complaints',
      'Q1 2009/10123042',
      'Q2 2009/10c2124',
      'Q3 2009/1020c23',
      'Q4 2009/10154055',
      'Total5295147',
    ]);
    expect(screen.getByText(NOTE)).toBeVisible();
    expect(screen.getByText('Contacts received, counted on the date received.')).toBeInTheDocument();
    const figure = await screen.findByRole('figure');
    expect(figure).toHaveAccessibleName(/^Bar chart: .*Highest: 55 in Q4 2009\/10\./);
    expect(within(figure).getByRole('img', { name: CAPTION })).toBeInTheDocument();
    // The choices as they are in the address, each labelled.
    expect(screen.getByLabelText('Financial year')).toHaveValue('2009/10');
    expect(screen.getByLabelText('Count by')).toHaveValue('QUARTER');
    expect(screen.getByLabelText('Split by')).toHaveValue('OUTCOME');
    expect(screen.getByLabelText('Which contacts')).toHaveValue('FORMAL_COMPLAINT');
    // Only the years with figures (and this one), never a period shorter than a month.
    expect(within(screen.getByLabelText('Financial year')).getAllByRole('option').map((o) => o.textContent)).toEqual([financialYearOfToday(todayIso()), '2025/26', '2009/10']);
    expect(within(screen.getByLabelText('Count by')).getAllByRole('option').map((o) => o.textContent)).toEqual(['Month', 'Quarter', 'The whole year']);
  });

  it('asks again for the figures chosen, keeping them in the address', async () => {
    const user = userEvent.setup();
    const { asked, location } = renderPage('/member/trends?year=2009/10&granularity=QUARTER&measure=CONTACTS', { data: QUARTERS });
    await screen.findByRole('table', {}, LAZY);
    await user.selectOptions(screen.getByLabelText('Count by'), 'Month');
    await user.selectOptions(screen.getByLabelText('What to show'), 'Responded to in time (%)');
    await user.selectOptions(screen.getByLabelText('Split by'), 'Channel');
    await user.click(screen.getByRole('button', { name: 'Show figures' }));
    await waitFor(() => expect(location()).toBe('/member/trends?year=2009%2F10&granularity=MONTH&measure=RESPONDED_IN_TIME_PERCENT&groupBy=CHANNEL'));
    await waitFor(() => expect(asked.at(-1)).toEqual({ from: '2009-04-01', to: '2010-03-31', granularity: 'MONTH', measure: 'RESPONDED_IN_TIME_PERCENT', groupBy: 'CHANNEL' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Responded to in time (%) by channel, month by month, 2009/10' })).toBeInTheDocument();
    // The same form: focus stays on its button. Back shows the earlier figures, and the form shows their choice.
    expect(screen.getByRole('button', { name: 'Show figures' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(location()).toBe('/member/trends?year=2009/10&granularity=QUARTER&measure=CONTACTS'));
    expect(screen.getByLabelText('Count by')).toHaveValue('QUARTER');
  });

  it('says when there is nothing to show, and has no chart for a single period', async () => {
    const empty = { disclosedTrend: { ...QUARTERS.disclosedTrend, periods: ['2009/10'], series: [], periodTotals: ['0'], total: '0' } };
    renderPage('/member/trends?year=2009/10&granularity=FINANCIAL_YEAR&measure=CONTACTS', { data: empty });
    expect(await screen.findByText('Nothing was recorded from 1 April 2009 to 31 March 2010 for these figures.', {}, LAZY)).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('says it is loading, then shows an error with a way to try again', async () => {
    const { unmount } = renderPage('/member/trends?year=2009/10', 'loading');
    expect(await screen.findByText('Loading figures…', {}, LAZY)).toBeInTheDocument();
    unmount();
    renderPage('/member/trends?year=2009/10', { error: new CombinedError({ networkError: new Error('down') }) });
    expect(await screen.findByRole('alert', {}, LAZY)).toHaveTextContent('There is a problem');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('is the member’s “Trends” in the navigation', async () => {
    renderPage('/', { data: QUARTERS });
    const nav = await screen.findByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Trends' })).toHaveAttribute('href', '/member/trends');
  });

  it('opens for an analyst too, who sees what the member sees', async () => {
    renderPage('/member/trends?year=2009/10&granularity=QUARTER&measure=CONTACTS&groupBy=OUTCOME&contacts=FORMAL_COMPLAINT', { data: QUARTERS }, 'ANALYST');
    expect(await screen.findByRole('table', { name: CAPTION }, LAZY)).toBeInTheDocument();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(nav).getByRole('link', { name: 'Trends' })).toHaveAttribute('href', '/trends');
  });
});
