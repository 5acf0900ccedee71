import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockAnswer, type MockResponses } from '../../test/render';
import { emptyReport, report2009 } from './report-fixtures';
import type { AnnualReportData } from './useAnnualReportQuery';

function reportPage(answer: (financialYear: string) => MockAnswer = (year) => ({ data: { annualReport: { ...report2009(), financialYear: year } } })) {
  const asked: string[] = [];
  const responses: MockResponses = {
    CurrentUser: meResponse('ANALYST'),
    ReportFinancialYears: {
      data: {
        trend: {
          series: [
            {
              points: [
                { period: '2008/09', count: 309 },
                { period: '2009/10', count: 441 },
                { period: '2010/11', count: 0 },
              ],
            },
          ],
        },
      },
    },
    AnnualReport: (variables) => {
      const year = variables.financialYear as string;
      asked.push(year);
      return answer(year);
    },
  };
  return { responses, asked };
}

const withReport = (report: AnnualReportData) => () => ({ data: { annualReport: report } });

/** The text of each cell in the row headed `label`. */
function cellsOf(table: HTMLElement, label: string): string[] {
  const row = within(table).getByRole('rowheader', { name: label }).closest('tr')!;
  return within(row).getAllByRole('cell').map((cell) => cell.textContent ?? '');
}

describe('annual report page', () => {
  it('shows the latest year with contacts by default, and puts it in the address', async () => {
    const { responses, asked } = reportPage();
    const view = renderAt('/annual-report', responses);

    await waitFor(() => expect(view.location()).toBe('/annual-report?year=2009/10'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Annual report on comments and complaints, 2009/10' })).toBeInTheDocument();
    const select = screen.getByLabelText('Financial year');
    expect(select).toHaveValue('2009/10');
    expect(within(select).getAllByRole('option').map((o) => o.textContent)).toEqual(['2009/10', '2008/09']);
    expect(asked).toEqual(['2009/10']);
    await waitFor(() => expect(document.title).toBe('Annual report, 2009/10 – Complaints Insight'));
  });

  it('shows another year when it is chosen, in the address and the links', async () => {
    const { responses, asked } = reportPage();
    const view = renderAt('/annual-report?year=2009/10', responses);
    const user = userEvent.setup();
    await screen.findByRole('table', { name: 'Table 3: Contacts received month by month, 2009/10' });

    await user.selectOptions(screen.getByLabelText('Financial year'), '2008/09');
    expect(view.location()).toBe('/annual-report?year=2009/10');
    await user.click(screen.getByRole('button', { name: 'Show report' }));

    await waitFor(() => expect(view.location()).toBe('/annual-report?year=2008/09'));
    await waitFor(() => expect(asked.at(-1)).toBe('2008/09'));
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Annual report on comments and complaints, 2008/09');
    expect(screen.getByRole('link', { name: 'Printable version of the 2008/09 annual report' })).toHaveAttribute('href', '/report/2008-09');
    expect(screen.getByRole('button', { name: 'Show report' })).toHaveFocus();
  });

  it('renders every table accessibly: caption, scoped headers, en-GB numbers, blanks for no figure, totals, notes and CSV', async () => {
    const { responses } = reportPage(withReport(report2009()));
    renderAt('/annual-report?year=2009/10', responses);

    const table3 = await screen.findByRole('table', { name: 'Table 3: Contacts received month by month, 2009/10' });
    const headers = within(table3).getAllByRole('columnheader');
    expect(headers.map((h) => h.textContent)).toEqual(['Record type', 'Apr 2009', 'May 2009', 'Jun 2009', 'Jul 2009', 'Aug 2009', 'Sep 2009', 'Oct 2009', 'Nov 2009', 'Dec 2009', 'Jan 2010', 'Feb 2010', 'Mar 2010', 'Total']);
    headers.forEach((h) => expect(h).toHaveAttribute('scope', 'col'));
    expect(within(table3).getByRole('rowheader', { name: 'Statutory complaint' })).toHaveAttribute('scope', 'row');
    expect(cellsOf(table3, 'Statutory complaint')[headers.findIndex((h) => h.textContent === 'Oct 2009') - 1]).toBe('22');
    expect(within(table3).getAllByRole('cell')[0]).toHaveClass('table__numeric');

    // Previous-year columns as the API gives them; percentages to one place; a blank for no figure.
    const table1 = screen.getByRole('table', { name: 'Table 1: Contacts received by record type, 2008/09 and 2009/10' });
    expect(within(table1).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Record type', '2008/09', '2008/09 %', '2009/10', '2009/10 %', 'Change %']);
    expect(cellsOf(table1, 'Stage 1 complaints')).toEqual(['118', '38.2', '181', '41.0', '53.4']);
    expect(cellsOf(table1, 'Stage 1 complaints (Schools/LA)')).toEqual(['3', '1.0', '2', '0.5', '-33.3']);
    expect(cellsOf(table1, 'Other correspondence/enquiries')).toEqual(['0', '0.0', '0', '0.0', 'no figure']);
    const blank = within(within(table1).getByRole('rowheader', { name: 'Other correspondence/enquiries' }).closest('tr')!).getAllByRole('cell')[4]!;
    expect(within(blank).getByText('no figure')).toHaveClass('visually-hidden');
    expect(cellsOf(table1, 'Total')).toEqual(['1,309', '100.0', '1,441', '100.0', '10.1']);
    expect(within(table1).getByRole('rowheader', { name: 'Total' }).closest('tr')).toHaveClass('table__totals');

    const table6 = screen.getByRole('table', { name: 'Table 6: Social care activity, 2009/10' });
    expect(cellsOf(table6, 'Referrals')).toEqual(['3,204']);
    expect(cellsOf(table6, 'Initial assessments')).toEqual(['no figure']);

    expect(screen.getByRole('list', { name: 'Notes on Table 1: Contacts received by record type, 2008/09 and 2009/10' })).toHaveTextContent(
      'blank where the previous year had none',
    );
    expect(screen.getByRole('link', { name: 'Download CSV of Table 3: Contacts received month by month, 2009/10' })).toHaveAttribute(
      'href',
      '/export/report/2009-10/table3.csv',
    );
    expect(screen.getByRole('link', { name: 'Printable version of the 2009/10 annual report' })).toHaveAttribute('href', '/report/2009-10');
  });

  it("keeps the printed report's order: numbered sections, then Appendix 1 with its learning actions", async () => {
    const { responses } = reportPage(withReport(report2009()));
    renderAt('/annual-report?year=2009/10', responses);
    await screen.findByRole('table', { name: /^Table 3/ });

    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      'Contents',
      '3. Contacts received',
      '4. Key findings: complaints',
      '6. Progression of statutory complaints',
      '9. Customer feedback',
      '12. Lost information',
      'Appendix 1: Learning from complaints',
    ]);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      '3.2 Contacts received by division, 2009/10',
      'Table 1: Contacts received by record type, 2008/09 and 2009/10',
      'Table 2: Contacts – how received, 2009/10',
      'Table 3: Contacts received month by month, 2009/10',
      '3.7 Compliments by service area, 2009/10',
      'Table 5: Contacts and complaints by issue, 2009/10',
      'Table 6: Social care activity, 2009/10',
      '6.2 Outcomes of Stage 1 complaints, 2009/10',
      '6.3 Progression of complaints beyond Stage 1, 2009/10',
      '9.1 Customer feedback forms sent and returned, 2009/10',
      '12.2 Lost information, 2009/10',
    ]);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    expect(within(contents).getByRole('link', { name: 'Table 3: Contacts received month by month, 2009/10' })).toHaveAttribute('href', '#table3');

    expect(screen.getByText(/^Learning captured: 22 of the 150 complaints responded to \(14\.7%\)/)).toBeInTheDocument();
    const actions = screen.getByRole('table', { name: 'Appendix 1: Learning from complaints, 2009/10' });
    expect(cellsOf(actions, 'Alleged breach of confidentiality')).toEqual([
      '9',
      'Review of procedure/policy and further training for staff',
      'Service Managers',
      'Ongoing',
      '31 October 2010',
      'none',
    ]);
    expect(screen.getByRole('link', { name: 'Download CSV of Appendix 1: Learning from complaints, 2009/10' })).toHaveAttribute(
      'href',
      '/export/report/2009-10/appendix1.csv',
    );
  });

  it('charts monthly contacts, channels, issues and outcomes, each named by its text summary', async () => {
    const { responses } = reportPage(withReport(report2009()));
    renderAt('/annual-report?year=2009/10', responses);
    const charts = await screen.findAllByTestId('nivo-chart');
    expect(charts.map((chart) => chart.getAttribute('aria-label'))).toEqual([
      'Chart: Table 2: Contacts – how received, 2009/10',
      'Chart: Table 3: Contacts received month by month, 2009/10, by record type',
      'Chart: Table 5: Contacts and complaints by issue, 2009/10',
      'Chart: 6.2 Outcomes of Stage 1 complaints, 2009/10',
    ]);
    const figures = screen.getAllByRole('figure');
    expect(figures).toHaveLength(4);
    expect(figures[1]).toHaveAccessibleName(expect.stringMatching(/^Stacked bar chart of Table 3: .* The busiest month is Oct 2009, with 41 contacts;/));
    expect(charts[1]).toHaveAttribute('data-series', '["Compliment","MP/Cllr Enquiry","Statutory complaint"]');
  });

  it('shows a year with no contacts as tables of zeros, with a note saying so', async () => {
    const { responses } = reportPage(withReport(emptyReport('2012/13')));
    renderAt('/annual-report?year=2012/13', responses);

    expect(await screen.findByText('No contacts are recorded for 2012/13.')).toBeInTheDocument();
    const table3 = screen.getByRole('table', { name: 'Table 3: Contacts received month by month, 2012/13' });
    expect(cellsOf(table3, 'Statutory complaint')).toEqual(Array(13).fill('0'));
    expect(screen.queryAllByTestId('nivo-chart')).toHaveLength(0);
    expect(within(screen.getByLabelText('Financial year')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      '2012/13 (no contacts recorded)',
      '2009/10',
      '2008/09',
    ]);
    expect(screen.getByRole('table', { name: 'Appendix 1: Learning from complaints, 2012/13' })).toHaveTextContent(
      'No learning actions were recorded for 2012/13.',
    );
  });

  it('says when the year in a link cannot be used, and shows the latest year instead', async () => {
    const { responses, asked } = reportPage();
    const view = renderAt('/annual-report?year=last-year', responses);
    await waitFor(() => expect(view.location()).toBe('/annual-report?year=2009/10'));
    expect(await screen.findByText(/is not a financial year such as 2009\/10/)).toHaveTextContent('last-year');
    expect(asked).toEqual(['2009/10']);
  });

  it("shows loading and the API's error messages", async () => {
    const loading = reportPage(() => 'loading');
    const first = renderAt('/annual-report?year=2009/10', loading.responses);
    expect(await screen.findByText('Loading annual report…')).toHaveAttribute('role', 'status');
    first.unmount();

    const refused = reportPage(() => ({
      error: graphqlError("Invalid annualReport: financialYear: '2030/31' is outside the years reported on (1990/91 to 2027/28)", {
        code: 'BAD_USER_INPUT',
        field: 'financialYear',
      }),
    }));
    renderAt('/annual-report?year=2030/31', refused.responses);
    expect(await screen.findByRole('alert')).toHaveTextContent(
      "The annual report could not be shown. Invalid annualReport: financialYear: '2030/31' is outside the years reported on",
    );
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});
