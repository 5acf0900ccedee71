import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { queueFixture } from '../cases/case-fixtures';
import { hoursAgo, incidentFixture } from './incident-fixtures';

const options = {
  recordTypes: [],
  channels: [],
  serviceAreas: [
    { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', retiredFrom: null },
    { code: 'INCLUSION', name: 'Safeguarding: Inclusion', retiredFrom: null },
  ],
  issueCategories: [],
};

function responses(role: 'COMPLAINTS_OFFICER' | 'SERVICE_MANAGER' = 'COMPLAINTS_OFFICER', extra: MockResponses = {}): MockResponses {
  return {
    CurrentUser: meResponse(role),
    RecordFormOptions: { data: options },
    LostInformationLearningActionChoices: { data: { learningActions: [{ id: '3', financialYear: '2009/10', issueIdentified: 'Alleged breach of confidentiality' }] } },
    ...extra,
  };
}

// Route chunks load lazily; on a busy machine that takes longer than the default second.
const SLOW = { timeout: 15_000 };
jest.setTimeout(60_000);

const submit = (user: ReturnType<typeof userEvent.setup>, name = 'Record incident') => user.click(screen.getByRole('button', { name }));

describe('the lost-information register', () => {
  it('lists incidents with their live ICO clock, and offers officers a way to record one', async () => {
    renderAt(
      '/lost-information',
      responses('COMPLAINTS_OFFICER', {
        LostInformationIncidents: {
          data: {
            lostInformationIncidents: [
              incidentFixture({ id: '8', reference: 'LI/2026/0008', discoveredAt: hoursAgo(75.5) }),
              incidentFixture({ id: '7', reference: 'LI/2026/0007', discoveredAt: hoursAgo(57.5) }),
            ],
          },
        },
      }),
    );
    const table = await screen.findByRole('table', { name: 'Lost-information incidents, newest discovered first' }, SLOW);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByRole('link', { name: 'LI/2026/0008' })).toHaveAttribute('href', '/lost-information/8');
    expect(within(rows[0]!).getByText('ICO decision overdue by 4 h')).toBeInTheDocument();
    expect(within(rows[1]!).getByText('ICO decision due in 14 h')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Record an incident' })).toHaveAttribute('href', '/lost-information/new');
  });

  it('says so when there are none, and offers service managers no way to record', async () => {
    renderAt('/lost-information', responses('SERVICE_MANAGER', { LostInformationIncidents: { data: { lostInformationIncidents: [] } } }));
    expect(await screen.findByText('No incidents recorded.', undefined, SLOW)).toBeInTheDocument();
    expect(screen.getByText('You see the incidents of your service areas only.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Record an incident' })).toBeNull();
  });

  it('says what is missing beside each field and in a focused error summary, sending nothing', async () => {
    const user = userEvent.setup();
    const view = renderAt('/lost-information/new', responses());
    await screen.findByLabelText('When it was discovered', undefined, SLOW);
    await submit(user);
    const summary = screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
    expect(summary).toHaveFocus();
    expect(within(summary).getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual([
      '#discoveredAt',
      '#format',
      '#dataDescription',
      '#peopleAffected',
      '#encrypted',
      '#reportedBy',
      '#serviceArea',
    ]);
    expect(screen.getByLabelText('When it was discovered')).toHaveAccessibleDescription(
      'Date and time, London time. The 72 hours for the ICO decision start here. Error: Enter the date and time the loss was discovered',
    );
    expect(document.title).toBe('Error: Record a lost-information incident – Complaints Insight');
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it('refuses a loss that happened after it was discovered, and a notification without the decision to notify', async () => {
    const user = userEvent.setup();
    renderAt('/lost-information/new', responses());
    fireEvent.change(await screen.findByLabelText('When it was discovered', undefined, SLOW), { target: { value: '2026-11-20T10:00' } });
    fireEvent.change(screen.getByLabelText('When it happened (optional)'), { target: { value: '2026-11-21T10:00' } });
    await user.selectOptions(screen.getByLabelText('Format'), 'LAPTOP');
    await user.type(screen.getByLabelText('What information was lost'), 'Case notes');
    await user.type(screen.getByLabelText('About how many people is it about'), '3');
    await user.click(screen.getByLabelText('Encrypted'));
    await user.type(screen.getByLabelText('Reported by'), 'A social worker');
    await user.selectOptions(screen.getByLabelText('Service area'), 'SOCIAL_CARE');
    fireEvent.change(screen.getByLabelText('When the ICO was notified'), { target: { value: '2026-11-21T12:00' } });
    await submit(user);
    expect(screen.getByLabelText('When it happened (optional)')).toHaveAccessibleDescription(/Error: When it happened cannot be after it was discovered/);
    expect(screen.getByLabelText('When the ICO was notified')).toHaveAccessibleDescription(/Error: When the ICO was notified: only when the decision is to notify the ICO/);
  });

  it("puts the API's refusal beside its field", async () => {
    const user = userEvent.setup();
    renderAt(
      '/lost-information/new',
      responses('COMPLAINTS_OFFICER', {
        RecordLostInformationIncident: {
          error: graphqlError("Invalid lost-information incident: serviceArea: 'Safeguarding: Inclusion' is retired", {
            code: 'BAD_USER_INPUT',
            field: 'serviceArea',
            problems: [{ field: 'serviceArea', message: "'Safeguarding: Inclusion' is retired: not used from 2026-01-01" }],
          }),
        },
      }),
    );
    fireEvent.change(await screen.findByLabelText('When it was discovered', undefined, SLOW), { target: { value: '2026-11-20T10:00' } });
    await user.selectOptions(screen.getByLabelText('Format'), 'PAPER');
    await user.type(screen.getByLabelText('What information was lost'), 'A case file');
    await user.type(screen.getByLabelText('About how many people is it about'), '4');
    await user.click(screen.getByLabelText('Not known'));
    await user.type(screen.getByLabelText('Reported by'), 'Conference chair');
    await user.selectOptions(screen.getByLabelText('Service area'), 'INCLUSION');
    await submit(user);
    await waitFor(() => expect(screen.getByLabelText('Service area')).toHaveAccessibleDescription(/Error: 'Safeguarding: Inclusion' is retired/), SLOW);
  });

  it('shows a service manager the incident read-only, with its clock', async () => {
    renderAt(
      '/lost-information/7',
      responses('SERVICE_MANAGER', { LostInformationIncident: { data: { lostInformationIncident: incidentFixture({ discoveredAt: hoursAgo(57.5) }) } } }),
    );
    expect(await screen.findByRole('heading', { level: 1, name: 'Incident LI/2026/0007' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('ICO decision due in 14 h')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save changes' })).toBeNull();
  });
});

describe('the casework queue', () => {
  it('puts lost-information incidents waiting for their ICO decision at the top, overdue first', async () => {
    const incident = (id: string, h: number) => ({
      incident: { id, reference: `LI/2026/000${id}`, format: 'EMAIL_WRONG_RECIPIENT' as const, discoveredAt: hoursAgo(h), icoDecision: null, icoDecidedAt: null, icoNotifiedAt: null },
    });
    renderAt('/cases', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ReferenceOptions: { data: { ...options, divisions: [] } },
      CaseOfficers: { data: { caseOfficers: [] } },
      AdjustmentReviewsDue: { data: { adjustmentReviewsDue: [] } },
      CaseworkQueue: { data: { caseworkQueue: queueFixture({ lostInformation: [incident('3', 79.5), incident('4', 2.5)] }) } },
    });
    const section = await screen.findByRole('region', { name: 'Lost information: ICO decisions waiting (2)' }, SLOW);
    const items = within(section).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('LI/2026/0003 (E-mail to the wrong person): ICO decision overdue by 8 h');
    expect(items[1]).toHaveTextContent('ICO decision due in 69 h');
    // Before the contact steps' queue.
    const queueHeading = screen.getByRole('heading', { name: /^Queue as of/ });
    expect(section.compareDocumentPosition(queueHeading) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
