import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, renderAt } from '../../test/render';
import { ComplaintCodeSection } from './ComplaintCodeSection';
import type { CaseComplaintCode } from './useComplaintCode';

const OFFICERS = [
  { id: '5', name: 'Ann Handler', roleName: 'Complaints officer' },
  { id: '6', name: 'Ben Investigator', roleName: 'Complaints officer' },
];

function codeFixture(overrides: Partial<CaseComplaintCode> = {}): CaseComplaintCode {
  return {
    id: '42',
    reference: 'CS/2026/0042',
    receivedDate: '2026-09-14',
    responseSentDate: '2026-10-09',
    nextDueDate: null,
    regime: 'COMPLAINT_HANDLING_CODE',
    regimeDecided: 'COMPLAINT_HANDLING_CODE',
    regimeReason: "No statutory process applies (School Standards) and it was received on or after 2026-04-01: the Ombudsman's Complaint Handling Code applies.",
    regimeOverrideReason: null,
    codeStages: [
      {
        id: '1',
        stage: 'STAGE_1',
        handlerUserId: '5',
        handlerName: 'Ann Handler',
        startDate: '2026-09-14',
        acknowledgementDueDate: '2026-09-21',
        acknowledgementSentDate: '2026-09-16',
        originalResponseDueDate: '2026-10-05',
        responseDueDate: '2026-10-12',
        responseSentDate: '2026-10-09',
        respondedInTime: true,
        outcome: 'NOT_UPHELD',
        extensionWorkingDays: 5,
        extensionReason: 'Waiting for the transport contractor',
        extensionToldDate: '2026-09-30',
      },
    ],
    refusals: [],
    reasonableAdjustments: [{ id: '3', adjustment: 'Letters in large print', agreedDate: '2026-09-15', reviewDate: '2026-11-01', lastReviewedDate: null, endedDate: null, reviewDue: true }],
    responsePoints: [
      { id: '7', stage: 'STAGE_1', point: 'Pass not reissued', addressed: true },
      { id: '8', stage: 'STAGE_1', point: 'No reply to emails', addressed: false },
    ],
    remedies: [
      { id: '9', stage: 'STAGE_1', type: 'APOLOGY', description: 'Written apology', owner: 'Head of service', offeredDate: '2026-10-09', dueDate: '2026-10-20', completedDate: '2026-10-15', completionEvidence: 'Letter on file' },
    ],
    escalations: [],
    fromServiceRequest: { id: '11', receivedDate: '2026-09-01', summary: 'Reissue the bus pass', reviewedDate: '2026-09-08', reviewNote: 'Chased', convertedDate: '2026-09-14' },
    ...overrides,
  };
}

function renderSection(code: CaseComplaintCode, canWrite: boolean, extra: Record<string, unknown> = {}) {
  const onRecorded = jest.fn();
  const view = renderAt('/', { CaseComplaintCode: { data: { contact: code } }, CaseOfficers: { data: { caseOfficers: OFFICERS } }, ...extra } as never, <ComplaintCodeSection contactId="42" canWrite={canWrite} onRecorded={onRecorded} />);
  return { ...view, onRecorded };
}

jest.setTimeout(20_000);

describe('the case page’s complaints procedure', () => {
  it('shows the procedure and why, the stages with their extension, adjustments, points raised and remedies, read only for a manager', async () => {
    renderSection(codeFixture(), false);
    expect(await screen.findByRole('heading', { level: 2, name: 'Complaints procedure' })).toBeInTheDocument();
    const procedure = screen.getByRole('region', { name: 'Procedure' });
    expect(procedure).toHaveTextContent("Ombudsman's Complaint Handling Code");
    expect(procedure).toHaveTextContent('received on or after 2026-04-01');
    const stages = within(screen.getByRole('region', { name: 'Stages under the Complaint Handling Code' })).getByRole('table');
    const stage1 = within(stages).getByRole('rowheader', { name: 'Stage 1' }).closest('tr')!;
    expect(stage1).toHaveTextContent('Ann Handler');
    expect(stage1).toHaveTextContent('5 working days (Waiting for the transport contractor); complainant told 30 September 2026');
    expect(stage1).toHaveTextContent('9 October 2026, in time');
    expect(screen.getByRole('region', { name: 'Service request it came from' })).toHaveTextContent('Reissue the bus pass');
    expect(screen.getByRole('region', { name: 'Reasonable adjustments' })).toHaveTextContent('Review due now 1 November 2026');
    expect(screen.getByRole('list', { name: 'Points raised at Stage 1' })).toHaveTextContent('No reply to emails — not addressed');
    expect(screen.getByRole('region', { name: 'Remedies' })).toHaveTextContent('Done 15 October 2026: Letter on file');
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
    expect(screen.queryByText('Record a refusal')).not.toBeInTheDocument();
  });

  it('shows an officer’s override beside the procedure the rules chose', async () => {
    renderSection(codeFixture({ regime: 'CHILDREN_ACT', regimeOverrideReason: 'About services to a child in need' }), false);
    const procedure = await screen.findByRole('region', { name: 'Procedure' });
    expect(procedure).toHaveTextContent('Children Act statutory procedure');
    expect(procedure).toHaveTextContent('Changed by an officer from “Ombudsman\'s Complaint Handling Code”: About services to a child in need');
  });

  it('puts the API’s refusal of the Stage 1 handler at Stage 2 beside the handler field', async () => {
    const user = userEvent.setup();
    const { client } = renderSection(codeFixture(), true, {
      EscalateCodeComplaint: {
        error: graphqlError('Invalid Stage 2', { code: 'BAD_USER_INPUT', field: 'handlerUserId', problems: [{ field: 'handlerUserId', message: 'Stage 2 must be handled by someone other than the Stage 1 handler' }] }),
      },
    });
    await user.click(await screen.findByText('Escalate to Stage 2', { selector: 'summary' }));
    const form = screen.getByRole('form', { name: 'Escalate to Stage 2' });
    expect(within(form).getByLabelText('Stage 2 handler')).toHaveAccessibleDescription('Someone other than Ann Handler, who handled Stage 1.');
    await user.type(within(form).getByLabelText('Date Stage 2 was asked for'), '2026-10-15');
    await user.selectOptions(within(form).getByLabelText('Stage 2 handler'), 'Ann Handler');
    await user.click(within(form).getByRole('button', { name: 'Escalate to Stage 2' }));
    expect(client.executeMutation).toHaveBeenCalledWith(expect.objectContaining({ variables: { contactId: '42', requestedDate: '2026-10-15', handlerUserId: '5' } }), expect.anything());
    const select = within(form).getByLabelText('Stage 2 handler');
    expect(await within(form).findByRole('alert')).toHaveTextContent('Stage 2 must be handled by someone other than the Stage 1 handler');
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(select).toHaveAccessibleDescription(expect.stringContaining('Error: Stage 2 must be handled by someone other than the Stage 1 handler'));
  });

  it('checks a refusal’s fields before sending, then records it and says so', async () => {
    const user = userEvent.setup();
    const { client, onRecorded } = renderSection(codeFixture({ codeStages: [], responseSentDate: null }), true, { RefuseComplaint: { data: { refuseComplaint: { id: '1' } } } });
    await user.click(await screen.findByText('Record a refusal'));
    const form = screen.getByRole('form', { name: 'Record a refusal' });
    await user.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    expect(within(form).getByLabelText('Reason')).toHaveAccessibleDescription(expect.stringContaining('Error: Choose reason'));
    expect(client.executeMutation).not.toHaveBeenCalled();
    await user.selectOptions(within(form).getByLabelText('Reason'), 'Made more than 12 months after the matter or after the person knew of it (§2.2)');
    await user.type(within(form).getByLabelText('Evidence for the reason'), 'Decision of March 2024');
    await user.type(within(form).getByLabelText('Date refused'), '2026-10-01');
    await user.type(within(form).getByLabelText('Date told they may go to the Ombudsman'), '2026-10-01');
    await user.click(within(form).getByRole('button', { name: 'Record the refusal' }));
    expect(client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: { input: { contactId: '42', subject: 'COMPLAINT', reason: 'OUT_OF_TIME', evidence: 'Decision of March 2024', refusedDate: '2026-10-01', ombudsmanSignpostedDate: '2026-10-01' } },
      }),
      expect.anything(),
    );
    expect(onRecorded).toHaveBeenCalledWith('Refusal recorded');
  });

  it('sends an extension of at most 10 working days and shows the API’s refusal of more beside the field', async () => {
    const user = userEvent.setup();
    const open = codeFixture({ responseSentDate: null, codeStages: [{ ...codeFixture().codeStages[0]!, extensionWorkingDays: null, extensionReason: null, extensionToldDate: null, responseSentDate: null, respondedInTime: null }] });
    renderSection(open, true, {
      ExtendCodeStage: { error: graphqlError('Invalid extension', { code: 'BAD_USER_INPUT', problems: [{ field: 'workingDays', message: 'the Code allows at most 10 more working days at Stage 1' }] }) },
    });
    await user.click(await screen.findByText('Extend a stage'));
    const form = screen.getByRole('form', { name: 'Extend a stage' });
    expect(within(form).getByLabelText('Working days more')).toHaveAccessibleDescription('At most 10 (the Code §6.4).');
    await user.type(within(form).getByLabelText('Working days more'), '11');
    await user.type(within(form).getByLabelText('Reason'), 'Records');
    await user.type(within(form).getByLabelText('Date the complainant was told'), '2026-09-30');
    await user.click(within(form).getByRole('button', { name: 'Record the extension' }));
    expect(await within(form).findByRole('link', { name: 'the Code allows at most 10 more working days at Stage 1' })).toHaveAttribute('href', '#code-extension-workingDays');
  });
});
