import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt } from '../../test/render';
import { offering, requestFixture } from './request-fixtures';

const open = requestFixture();

describe('an information request', () => {
  it('shows where it stands, its details and its history, asked for by the reference in the address', async () => {
    const view = renderAt('/information-requests/FOI-2009-0007', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      InformationRequest: { data: { informationRequestByReference: open } },
    });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Freedom of Information request FOI/2009/0007');
    await waitFor(() => expect(document.title).toBe('Information request FOI/2009/0007 – Complaints Insight'));
    expect(view.client.executeQuery).toHaveBeenCalledWith(expect.objectContaining({ variables: { reference: 'FOI-2009-0007' } }), expect.anything());
    expect(screen.getByText('It is due on 31 December 2009 (due in 12 working days).')).toBeInTheDocument();
    expect(screen.getByText('Jo Bloggs')).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'History' });
    expect(history.tagName).toBe('OL');
    expect(within(history).getAllByRole('listitem')[0]).toHaveTextContent('Received1 December 2009Due 31 December 2009Recorded by Olivia Officer');
    expect(screen.getAllByRole('form').map((form) => within(form).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Record the response',
      'Record the acknowledgement',
      'Pause the clock',
      'Extend the deadline',
      'Record a withdrawal',
    ]);
  });

  it('pauses the clock for a reason the rule allows, then says so', async () => {
    const user = userEvent.setup();
    const paused = requestFixture({
      status: 'PAUSED',
      clockPausedOn: '2009-12-21',
      clockPauseReason: 'AWAITING_FEE',
      viewerCan: offering('resume', 'withdraw'),
    });
    const view = renderAt('/information-requests/FOI-2009-0007', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      InformationRequest: { data: { informationRequestByReference: open } },
      PauseInformationRequest: { data: { pauseInformationRequest: paused } },
    });
    const form = await screen.findByRole('form', { name: 'Pause the clock' });
    const reasons = within(form).getByRole('group', { name: 'What the requester was asked for' });
    expect(within(reasons).getAllByRole('radio').map((radio) => radio.closest('.radios__item')!.textContent)).toEqual([
      'Awaiting clarification. The whole time limit starts again on the day it arrives.',
      'Awaiting the fee. The days waiting do not count: the due date moves on by them.',
    ]);
    await user.click(within(form).getByRole('button', { name: 'Pause the clock' }));
    expect(within(form).getByLabelText('Date the requester was asked')).toHaveAccessibleDescription(
      'On or after 1 December 2009, the date received; on or before 31 December 2009, the due date. Error: Enter the date the requester was asked',
    );
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.click(within(form).getByLabelText(/Awaiting the fee/));
    await user.type(within(form).getByLabelText('Date the requester was asked'), '2009-12-21');
    await user.click(within(form).getByRole('button', { name: 'Pause the clock' }));
    await waitFor(() => expect(view.client.executeMutation).toHaveBeenCalled());
    expect(view.client.executeMutation).toHaveBeenCalledWith(expect.objectContaining({ variables: { id: '41', reason: 'AWAITING_FEE', date: '2009-12-21' } }), expect.anything());
    const notice = await screen.findByText(/Clock paused\./);
    expect(notice.closest('.notification')).toHaveFocus();
  });

  it("puts the API's refusal of a restart beside the date", async () => {
    const user = userEvent.setup();
    const paused = requestFixture({ status: 'PAUSED', clockPausedOn: '2009-12-21', clockPauseReason: 'AWAITING_FEE', viewerCan: offering('resume', 'withdraw') });
    renderAt('/information-requests/FOI-2009-0007', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      InformationRequest: { data: { informationRequestByReference: paused } },
      ResumeInformationRequest: {
        error: graphqlError('Invalid resumption: resumedOn: 2009-12-22 is in the future', {
          code: 'BAD_USER_INPUT',
          field: 'resumedOn',
          problems: [{ field: 'resumedOn', message: '2009-12-22 is in the future' }],
        }),
      },
    });
    expect(await screen.findByText(/The clock is paused since 21 December 2009, awaiting the fee/)).toBeInTheDocument();
    const form = screen.getByRole('form', { name: 'Restart the clock' });
    await user.type(within(form).getByLabelText('Date what was asked for arrived'), '2009-12-22');
    await user.click(within(form).getByRole('button', { name: 'Restart the clock' }));
    await waitFor(() =>
      expect(within(form).getByLabelText('Date what was asked for arrived')).toHaveAccessibleDescription(
        'On or after 21 December 2009, the day the clock was paused. Error: 22 December 2009 is in the future',
      ),
    );
  });

  it('is read-only for a service manager, and says so when the reference is not theirs', async () => {
    renderAt('/information-requests/FOI-2009-0007', {
      CurrentUser: meResponse('SERVICE_MANAGER'),
      InformationRequest: { data: { informationRequestByReference: requestFixture({ viewerCan: offering() }) } },
    });
    expect(await screen.findByText('You can read this request. Complaints officers record its steps.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
  });

  it('says when there is no request it may show', async () => {
    renderAt('/information-requests/FOI-404', { CurrentUser: meResponse('COMPLAINTS_OFFICER'), InformationRequest: { data: { informationRequestByReference: null } } });
    expect(await screen.findByText(/There is no information request here that you may see/)).toBeInTheDocument();
  });
});
