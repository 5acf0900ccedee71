import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { requestFixture } from './request-fixtures';

const options = {
  recordTypes: [],
  channels: [],
  serviceAreas: [
    { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', retiredFrom: null },
    { code: 'SCHOOL_STANDARDS', name: 'School Standards', retiredFrom: null },
    // Retired: offered only for requests received before 2010.
    { code: 'YOUTH', name: 'Youth Service', retiredFrom: '2010-01-01' },
  ],
  issueCategories: [],
};

function responses(extra: MockResponses = {}): MockResponses {
  return { CurrentUser: meResponse('COMPLAINTS_OFFICER'), RecordFormOptions: { data: options }, ...extra };
}

async function fillValid(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByLabelText('Freedom of Information'));
  await user.type(screen.getByLabelText('Date received'), '2026-11-02');
  await user.selectOptions(screen.getByLabelText('Service area'), 'SCHOOL_STANDARDS');
  await user.selectOptions(screen.getByLabelText('Who asked'), 'MEDIA');
  await user.type(screen.getByLabelText('Requester’s name (optional)'), 'Jo Bloggs');
}

const submit = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Record request' }));

describe('record an information request', () => {
  it('offers a service area retired by the received date only for requests received before it', async () => {
    const user = userEvent.setup();
    renderAt('/information-requests/new', responses());
    const areas = async () => within(await screen.findByLabelText('Service area')).getAllByRole('option').map((o) => o.textContent);
    expect(await areas()).toEqual(['Choose the service area', 'Safeguarding: Social Care', 'School Standards']);
    await user.type(screen.getByLabelText('Date received'), '2009-11-02');
    expect(await areas()).toEqual(['Choose the service area', 'Safeguarding: Social Care', 'School Standards', 'Youth Service']);
  });

  it('says what is missing beside each field and in a focused error summary, sending nothing', async () => {
    const user = userEvent.setup();
    const view = renderAt('/information-requests/new', responses());
    await screen.findByLabelText('Date received');
    await submit(user);
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the kind of request', '#kind'],
      ['Enter the date the request was received', '#receivedDate'],
      ['Select the service area the request is about', '#serviceArea'],
      ['Select who asked', '#requesterType'],
    ]);
    expect(screen.getByRole('group', { name: 'Kind of request' })).toHaveAccessibleDescription('Error: Select the kind of request');
    expect(document.title).toBe('Error: Record an information request – Complaints Insight');
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it("puts the API's refusal beside its field", async () => {
    const user = userEvent.setup();
    renderAt(
      '/information-requests/new',
      responses({
        RecordInformationRequest: {
          error: graphqlError("Invalid information request: reference: 'FOI/OWN/1' is already in use, written 'FOI-OWN-1'", {
            code: 'BAD_USER_INPUT',
            field: 'reference',
            problems: [{ field: 'reference', message: "'FOI/OWN/1' is already in use, written 'FOI-OWN-1'" }],
          }),
        },
      }),
    );
    await fillValid(user);
    await user.type(screen.getByLabelText('Reference (optional)'), 'foi/own/1');
    await submit(user);
    await waitFor(() =>
      expect(screen.getByLabelText('Reference (optional)')).toHaveAccessibleDescription(
        "Leave blank to have one made, for example FOI/2026/0001. Error: 'FOI/OWN/1' is already in use, written 'FOI-OWN-1'",
      ),
    );
  });

  it('records the request and opens its page, addressed by reference', async () => {
    const user = userEvent.setup();
    const saved = requestFixture({ reference: 'FOI/2026/0001', receivedDate: '2026-11-02', dueDate: '2026-11-30' });
    const view = renderAt(
      '/information-requests/new',
      responses({ RecordInformationRequest: { data: { recordInformationRequest: saved } }, InformationRequest: { data: { informationRequestByReference: saved } } }),
    );
    await fillValid(user);
    await submit(user);
    await waitFor(() => expect(view.location()).toBe('/information-requests/FOI-2026-0001'));
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          input: {
        kind: 'FREEDOM_OF_INFORMATION',
        receivedDate: '2026-11-02',
        serviceArea: 'SCHOOL_STANDARDS',
        requesterType: 'MEDIA',
        requesterName: 'Jo Bloggs',
        summary: null,
        jointWithDirectorate: null,
        reference: null,
        acknowledgedDate: null,
          },
        },
      }),
      expect.anything(),
    );
    expect(await screen.findByText(/Request FOI\/2026\/0001 recorded/)).toBeInTheDocument();
  });

  it('is not for service managers', async () => {
    renderAt('/information-requests/new', { CurrentUser: meResponse('SERVICE_MANAGER') });
    expect(await screen.findByRole('heading', { level: 1 })).not.toHaveTextContent('Record an information request');
  });
});
