import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderAt } from '../../test/render';
import { validateAgreedDate } from './agreed-statement';
import { ComplaintCodeSection } from './ComplaintCodeSection';
import type { CaseComplaintCode } from './useComplaintCode';

type Escalation = CaseComplaintCode['escalations'][number];

const STAGE_2: Escalation = {
  id: '77',
  stage: 'STAGE_2',
  requestedDate: '2026-09-01',
  responseDueDate: '2026-10-06',
  agreedStatementDate: null,
  responseSentDate: null,
  outcome: 'ONGOING',
  extended: false,
};

function childrenActCase(escalation: Partial<Escalation> = {}): CaseComplaintCode {
  return {
    id: '42',
    reference: 'CS/2026/0042',
    receivedDate: '2026-07-01',
    responseSentDate: '2026-07-28',
    nextDueDate: '2026-10-06',
    regime: 'CHILDREN_ACT',
    regimeDecided: 'CHILDREN_ACT',
    regimeReason: 'A statutory complaint about children’s social care: the Children Act 1989 procedure applies.',
    regimeOverrideReason: null,
    codeStages: [],
    refusals: [],
    reasonableAdjustments: [],
    responsePoints: [],
    remedies: [],
    escalations: [{ ...STAGE_2, ...escalation }],
    fromServiceRequest: null,
  };
}

const LABEL = 'Date the statement of complaint was agreed';

function renderCase(code: CaseComplaintCode | (() => CaseComplaintCode), canWrite: boolean, extra: Record<string, unknown> = {}) {
  const onRecorded = jest.fn();
  const answer = typeof code === 'function' ? () => ({ data: { contact: code() } }) : { data: { contact: code } };
  const view = renderAt('/', { CaseComplaintCode: answer, ...extra } as never, <ComplaintCodeSection contactId="42" canWrite={canWrite} onRecorded={onRecorded} />);
  return { ...view, onRecorded };
}

jest.setTimeout(20_000);

describe('the Children Act Stage 2 statement of complaint', () => {
  it('shows when Stage 2 was asked for, that no statement is recorded and the due date, read only for a manager', async () => {
    renderCase(childrenActCase(), false);
    const panel = await screen.findByRole('region', { name: 'Stage 2 statement of complaint' });
    expect(within(panel).getByText('Stage 2 asked for').nextSibling).toHaveTextContent('1 September 2026');
    expect(within(panel).getByText('Statement of complaint agreed').nextSibling).toHaveTextContent('Not recorded yet');
    expect(within(panel).getByText('Stage 2 response due').nextSibling).toHaveTextContent('6 October 2026');
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
  });

  it('is not shown without a Stage 2, nor is the form once Stage 2 is answered', async () => {
    const { unmount } = renderCase({ ...childrenActCase(), escalations: [] }, true);
    await screen.findByRole('region', { name: 'Procedure' });
    expect(screen.queryByRole('region', { name: 'Stage 2 statement of complaint' })).not.toBeInTheDocument();
    unmount();
    renderCase(childrenActCase({ responseSentDate: '2026-10-01', agreedStatementDate: '2026-09-05' }), true);
    const panel = await screen.findByRole('region', { name: 'Stage 2 statement of complaint' });
    expect(panel).toHaveTextContent('5 September 2026');
    expect(panel).toHaveTextContent('sent 1 October 2026');
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
  });

  it('checks the date before sending: required, not in the future, not before the request', async () => {
    const user = userEvent.setup();
    const { client } = renderCase(childrenActCase(), true);
    const form = await screen.findByRole('form', { name: 'Record when the statement was agreed' });
    const field = within(form).getByLabelText(LABEL);
    expect(field).toHaveAccessibleDescription('On or after 1 September 2026, when Stage 2 was asked for, and not in the future.');
    expect(field).toHaveAttribute('min', '2026-09-01');

    await user.click(within(form).getByRole('button', { name: 'Record the date' }));
    expect(await within(form).findByRole('link', { name: 'Enter the date the statement of complaint was agreed' })).toHaveAttribute('href', `#${field.id}`);
    expect(field).toHaveAttribute('aria-invalid', 'true');

    await user.type(field, '2099-01-01');
    await user.click(within(form).getByRole('button', { name: 'Record the date' }));
    expect(await within(form).findByRole('link', { name: `${LABEL} must be today or in the past` })).toBeInTheDocument();

    await user.clear(field);
    await user.type(field, '2026-08-31');
    await user.click(within(form).getByRole('button', { name: 'Record the date' }));
    expect(await within(form).findByRole('link', { name: `${LABEL} must be the same as or after the date Stage 2 was asked for (1 September 2026)` })).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining('Error:'));
    expect(client.executeMutation).not.toHaveBeenCalled();
  });

  it('shows the API’s refusal in the error summary and beside the field', async () => {
    const user = userEvent.setup();
    renderCase(childrenActCase(), true, {
      RecordAgreedStatement: {
        error: graphqlError('Invalid agreed statement', {
          code: 'BAD_USER_INPUT',
          problems: [
            { field: 'agreedDate', message: '2026-09-02 is before the Stage 2 request date 2026-09-03' },
            { field: 'escalationId', message: 'Stage 2 was answered on 2026-09-30' },
          ],
        }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Record when the statement was agreed' });
    await user.type(within(form).getByLabelText(LABEL), '2026-09-02');
    await user.click(within(form).getByRole('button', { name: 'Record the date' }));
    const summary = await within(form).findByRole('alert');
    expect(summary).toHaveTextContent('There is a problem');
    expect(summary).toHaveTextContent('Stage 2 was answered on 30 September 2026');
    expect(within(summary).getByRole('link', { name: '2 September 2026 is before the Stage 2 request date 3 September 2026' })).toBeInTheDocument();
    expect(within(form).getByLabelText(LABEL)).toHaveAccessibleDescription(expect.stringContaining('2 September 2026 is before the Stage 2 request date'));
  });

  it('records the date and then shows it with the due date counted from it', async () => {
    const user = userEvent.setup();
    let recorded = false;
    const { client, onRecorded } = renderCase(() => (recorded ? childrenActCase({ agreedStatementDate: '2026-09-15', responseDueDate: '2026-10-20' }) : childrenActCase()), true, {
      RecordAgreedStatement: () => {
        recorded = true;
        return { data: { recordAgreedStatement: { id: '77', agreedStatementDate: '2026-09-15', responseDueDate: '2026-10-20' } } };
      },
    });
    const form = await screen.findByRole('form', { name: 'Record when the statement was agreed' });
    await user.type(within(form).getByLabelText(LABEL), '2026-09-15');
    await user.click(within(form).getByRole('button', { name: 'Record the date' }));
    expect(client.executeMutation).toHaveBeenCalledWith(expect.objectContaining({ variables: { escalationId: '77', agreedDate: '2026-09-15' } }), expect.anything());
    await waitFor(() => expect(onRecorded).toHaveBeenCalledWith('Statement of complaint agreed on 15 September 2026 recorded; the Stage 2 response is due by 20 October 2026'));
    const panel = screen.getByRole('region', { name: 'Stage 2 statement of complaint' });
    await waitFor(() => expect(within(panel).getByText('Statement of complaint agreed').nextSibling).toHaveTextContent('15 September 2026'));
    expect(within(panel).getByText('Stage 2 response due').nextSibling).toHaveTextContent('20 October 2026');
    expect(panel).toHaveTextContent('The due date moved from 6 October 2026 to 20 October 2026, counted from the agreed statement.');
    // Recorded once, it may be corrected while Stage 2 is open.
    expect(within(panel).getByRole('form', { name: 'Correct the date the statement was agreed' })).toBeInTheDocument();
  });
});

describe('validateAgreedDate', () => {
  const limits = { today: '2026-11-26', requestedDate: '2026-09-01', label: LABEL };
  it.each([
    ['', 'Enter the date the statement of complaint was agreed'],
    ['2026-02-30', `${LABEL} must be a real date`],
    ['2026-11-27', `${LABEL} must be today or in the past`],
    ['2026-08-31', `${LABEL} must be the same as or after the date Stage 2 was asked for (1 September 2026)`],
    ['2026-09-01', null],
    ['2026-11-26', null],
  ])('%j → %j', (value, expected) => {
    expect(validateAgreedDate(value, limits)).toBe(expected);
  });
  it('treats a date the browser could not read as not a real date', () => {
    expect(validateAgreedDate('', { ...limits, unreadable: true })).toBe(`${LABEL} must be a real date`);
  });
});
