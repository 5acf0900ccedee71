import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AppRoutes } from '../../app/AppRoutes';
import { BackButton, graphqlError, meResponse, renderAt } from '../../test/render';
import { assessments, BENCHMARK, REPORT } from './code-report-fixtures';

/** The pages are lazily loaded chunks: the first render waits for the import. */
const LAZY = { timeout: 8000 };
jest.setTimeout(20_000);

describe("the Code's annual report page", () => {
  it('shows every section with the disclosed figures and a printable version, to the member too', async () => {
    renderAt('/complaint-code-report?year=2026/27', { CurrentUser: meResponse('MEMBER'), ComplaintCodeReport: { data: REPORT } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Annual complaints performance and service improvement report, 2026/27' }, LAZY)).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Complaints received by month, 2026/27' });
    expect(within(table).getAllByRole('row').map((r) => r.textContent)).toEqual(['Children Act (statutory)Complaint Handling CodeTotal', 'April 202612<5c', 'Total12<5c']);
    expect(screen.getByRole('link', { name: 'Printable version of the 2026/27 report' })).toHaveAttribute('href', '/code-report/2026-27');
    expect(screen.getByText(/4 small or protecting figures are suppressed/)).toBeInTheDocument();
    for (const heading of ['1. Self-assessment against the Code', '3. Types of complaints refused', '4. Findings of non-compliance with the Code', '6. The Ombudsman’s annual letter', '7. The governance body’s response']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/assessed as not complied with/)).toHaveTextContent('6.3 Stage 1 response');
    // Only officers record the governance body's response.
    expect(screen.queryByRole('button', { name: 'Save the response' })).not.toBeInTheDocument();
  });

  it('shows another year from the form, keeping focus on its button; back shows the earlier year in the form too', async () => {
    const user = userEvent.setup();
    const view = renderAt(
      '/complaint-code-report?year=2026/27',
      { CurrentUser: meResponse('MEMBER'), ComplaintCodeReport: { data: REPORT } },
      <>
        <AppRoutes />
        <BackButton />
      </>,
    );
    const select = await screen.findByLabelText('Financial year', {}, LAZY);
    const other = within(select).getAllByRole<HTMLOptionElement>('option').map((option) => option.value).find((year) => year !== '2026/27')!;
    await user.selectOptions(select, other);
    await user.click(screen.getByRole('button', { name: 'Show report' }));
    await waitFor(() => expect(view.location()).toBe(`/complaint-code-report?year=${encodeURIComponent(other)}`));
    expect(screen.getByRole('button', { name: 'Show report' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Back' }));
    await waitFor(() => expect(view.location()).toBe('/complaint-code-report?year=2026/27'));
    expect(screen.getByLabelText('Financial year')).toHaveValue('2026/27');
  });

  it('lets an officer record the response, showing the field the API names', async () => {
    renderAt('/complaint-code-report?year=2026/27', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ComplaintCodeReport: { data: REPORT },
      SaveGovernanceResponse: { error: graphqlError('Invalid governance response: body: is required', { code: 'BAD_USER_INPUT', field: 'body', problems: [{ field: 'body', message: 'is required' }] }) },
    });
    await userEvent.setup().click(await screen.findByRole('button', { name: 'Save the response' }, LAZY));
    await waitFor(() => expect(screen.getByLabelText('Governance body')).toHaveAccessibleDescription(expect.stringContaining('is required')));
  });
});

describe('the self-assessment page', () => {
  it('shows the measured evidence and flags, read-only once approved', async () => {
    renderAt('/self-assessment', { CurrentUser: meResponse('MEMBER'), SelfAssessments: { data: assessments('APPROVED') } });
    expect(await screen.findByText('Measured from the records: Stage 1 responses within 10 working days (or the extension given): 67 % of 3', {}, LAZY)).toBeInTheDocument();
    expect(screen.getByText('Flagged: Below 95 % in the year.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Download as CSV' })).toHaveAttribute('href', '/export/self-assessment/7.csv');
    expect(screen.queryByRole('button', { name: /Save 6\.3/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Make a new version' })).not.toBeInTheDocument();
  });

  it('lets an officer answer a draft, add an action for a "no", and approve it', async () => {
    let approved: unknown = null;
    renderAt('/self-assessment', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      SelfAssessments: { data: assessments('DRAFT') },
      UpdateSelfAssessmentEntry: { data: { updateSelfAssessmentEntry: { id: '6.2', complies: true, evidence: 'Policy', commentary: null } } },
      ApproveSelfAssessment: (variables) => {
        approved = variables;
        return { data: { approveSelfAssessment: { id: '7', status: 'APPROVED', approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' } } };
      },
    });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Save 6.2' }, LAZY));
    expect(await screen.findByText('Saved 6.2.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add the action for 6.3' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Governing body'), 'Audit and Governance Committee');
    await user.click(screen.getByRole('button', { name: 'Record approval' }));
    expect(await screen.findByText('Enter the date of approval as YYYY-MM-DD')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Date approved'), '2026-11-20');
    await user.click(screen.getByRole('button', { name: 'Record approval' }));
    await waitFor(() => expect(approved).toEqual({ input: { id: '7', approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' } }));
  });
});

describe('the Ombudsman page', () => {
  it('says the sample is invented and shows this council beside its comparators', async () => {
    renderAt('/ombudsman', { CurrentUser: meResponse('MEMBER'), OmbudsmanBenchmark: { data: BENCHMARK } });
    expect(await screen.findByText(/Invented sample: these figures are made up/, {}, LAZY)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'This council and its comparators, 2025/26' });
    expect(within(table).getByRole('rowheader', { name: 'Demo City Council (this council)' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Import' })).not.toBeInTheDocument();
  });
});
