import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { contactFixture } from './case-fixtures';

const options = {
  recordTypes: [
    { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT', retiredFrom: null },
    { code: 'COMPLIMENT', name: 'Compliment', group: 'COMPLIMENT', retiredFrom: null },
  ],
  channels: [
    { code: 'EMAIL', name: 'Email', retiredFrom: null },
    { code: 'LETTER', name: 'Letter', retiredFrom: null },
    // Retired: offered only for contacts received before 2010.
    { code: 'FAX', name: 'Fax', retiredFrom: '2010-01-01' },
  ],
  serviceAreas: [
    { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', retiredFrom: null },
    { code: 'INCLUSION', name: 'Safeguarding: Inclusion', retiredFrom: null },
    { code: 'YOUTH', name: 'Youth Service', retiredFrom: '2010-01-01' },
  ],
  issueCategories: [
    {
      code: 'COMMUNICATION',
      name: 'Communication',
      retiredFrom: null,
      issues: [
        { code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of', retiredFrom: null },
        { code: 'COMMUNICATION_DELAY', name: 'Communication: delayed response', retiredFrom: null },
        { code: 'COMMUNICATION_FAX', name: 'Communication: fax unreadable', retiredFrom: '2010-01-01' },
      ],
    },
    { code: 'FINANCE', name: 'Finance', retiredFrom: null, issues: [{ code: 'FINANCE_CHARGES', name: 'Charges', retiredFrom: null }] },
  ],
};

function responses(extra: MockResponses = {}): MockResponses {
  return { CurrentUser: meResponse('COMPLAINTS_OFFICER'), RecordFormOptions: { data: options }, ...extra };
}

async function fillValidContact(user: ReturnType<typeof userEvent.setup>) {
  await user.selectOptions(await screen.findByLabelText('Record type'), 'STATUTORY_COMPLAINT');
  await user.selectOptions(screen.getByLabelText('How it was received'), 'LETTER');
  await user.type(screen.getByLabelText('Date received'), '2010-02-01');
  await user.click(screen.getByLabelText('Parent or carer'));
  await user.selectOptions(screen.getByLabelText('Main service area'), 'SOCIAL_CARE');
  await user.click(screen.getByLabelText('Safeguarding: Inclusion'));
  await user.selectOptions(screen.getByLabelText('Main issue'), 'COMMUNICATION_DELAY');
  await user.click(screen.getByLabelText('Finance: Charges'));
}

const submit = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Record contact' }));

function errorSummary(): HTMLElement {
  return screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary') as HTMLElement;
}

describe('record a contact', () => {
  it('offers values retired by the received date only for contacts received before it, keeping one already chosen', async () => {
    const user = userEvent.setup();
    renderAt('/cases/new', responses());
    const channels = () => within(screen.getByLabelText('How it was received')).getAllByRole('option').map((o) => o.textContent);
    const areas = () => within(screen.getByLabelText('Main service area')).getAllByRole('option').map((o) => o.textContent);
    await screen.findByLabelText('Record type');
    // No date yet: today's choices.
    expect(channels()).toEqual(['Choose how it was received', 'Email', 'Letter']);
    expect(screen.queryByLabelText('Communication: fax unreadable')).toBeNull();

    await user.type(screen.getByLabelText('Date received'), '2009-12-31');
    expect(channels()).toEqual(['Choose how it was received', 'Email', 'Letter', 'Fax']);
    expect(areas()).toContain('Youth Service');
    expect(screen.getByLabelText('Communication: fax unreadable')).toBeInTheDocument();

    await user.selectOptions(screen.getByLabelText('How it was received'), 'FAX');
    await user.clear(screen.getByLabelText('Date received'));
    await user.type(screen.getByLabelText('Date received'), '2010-01-01');
    // Fax stays chosen (the API will say it is retired); the unchosen retired values go.
    expect(channels()).toEqual(['Choose how it was received', 'Email', 'Letter', 'Fax']);
    expect(areas()).not.toContain('Youth Service');
    expect(screen.queryByLabelText('Communication: fax unreadable')).toBeNull();
  });

  it('says what is missing next to each field and in a focused error summary', async () => {
    const user = userEvent.setup();
    const view = renderAt('/cases/new', responses());
    await screen.findByLabelText('Record type');
    await submit(user);

    const summary = errorSummary();
    expect(summary).toHaveFocus();
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Select the record type', '#recordType'],
      ['Select how the contact was received', '#channel'],
      ['Enter the date the contact was received', '#receivedDate'],
      ['Select the main service area', '#serviceAreas'],
      ['Select the main issue', '#issues'],
      ['Select who made the contact', '#complainantType'],
    ]);
    expect(screen.getByLabelText('Record type')).toHaveAccessibleDescription('Error: Select the record type');
    expect(screen.getByLabelText('Date received')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByLabelText('Main service area')).toHaveAccessibleDescription(
      'The service the contact is mostly about. Error: Select the main service area',
    );
    expect(screen.getByRole('group', { name: 'Who made the contact' })).toHaveAccessibleDescription('Error: Select who made the contact');
    expect(document.title).toBe('Error: Record a contact – Complaints Insight');
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.click(links[3]!);
    expect(screen.getByLabelText('Main service area')).toHaveFocus();
  });

  it('puts a response date before the date received next to the response date', async () => {
    const user = userEvent.setup();
    const view = renderAt('/cases/new', responses());
    await fillValidContact(user);
    await user.type(screen.getByLabelText('Date the response was sent (optional)'), '2010-01-15');
    // A complaint's response needs its outcome: the question appears with the date.
    await user.click(screen.getByLabelText('Upheld'));
    await submit(user);

    const response = screen.getByLabelText('Date the response was sent (optional)');
    expect(response).toHaveAccessibleDescription(
      'Error: Date the response was sent must be the same as or after the date received (1 February 2010)',
    );
    expect(screen.getByLabelText('Date received')).not.toHaveAttribute('aria-invalid');
    expect(within(errorSummary()).getAllByRole('link')).toHaveLength(1);
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it('refuses dates in the future and asks for the outcome of a recorded response', async () => {
    const user = userEvent.setup();
    renderAt('/cases/new', responses());
    await fillValidContact(user);
    await user.clear(screen.getByLabelText('Date received'));
    await user.type(screen.getByLabelText('Date received'), '2999-01-01');
    await user.type(screen.getByLabelText('Date the response was sent (optional)'), '2999-01-02');
    await submit(user);

    expect(screen.getByLabelText('Date received')).toHaveAccessibleDescription(
      'The day the council received it, for example 27 March 2010. Error: Date received must be today or in the past',
    );
    expect(screen.getByLabelText('Date the response was sent (optional)')).toHaveAccessibleDescription(
      'Error: Date the response was sent must be today or in the past',
    );
    expect(screen.getByRole('group', { name: 'Outcome of the response' })).toHaveAccessibleDescription(
      "A complaint's response upholds it, partly upholds it or does not. Error: Select the outcome of the response",
    );
  });

  it("puts the API's BAD_USER_INPUT problem for serviceAreas next to the service area", async () => {
    const user = userEvent.setup();
    renderAt(
      '/cases/new',
      responses({
        CreateContact: {
          error: graphqlError("Invalid contact: serviceAreas: unknown service area 'SOCIAL_CARE'", {
            code: 'BAD_USER_INPUT',
            field: 'serviceAreas',
            problems: [{ field: 'serviceAreas', message: "unknown service area 'SOCIAL_CARE'" }],
          }),
        },
      }),
    );
    await fillValidContact(user);
    await submit(user);

    const area = await screen.findByLabelText('Main service area');
    await waitFor(() =>
      expect(area).toHaveAccessibleDescription("The service the contact is mostly about. Error: Unknown service area 'SOCIAL_CARE'"),
    );
    const summary = errorSummary();
    expect(summary).toHaveFocus();
    expect(within(summary).getByRole('link', { name: "Unknown service area 'SOCIAL_CARE'" })).toHaveAttribute('href', '#serviceAreas');
  });

  it('records the contact, with its complainant, and goes to its page at its reference', async () => {
    const user = userEvent.setup();
    const view = renderAt(
      '/cases/new',
      responses({
        CreateContact: { data: { createContact: { id: '751', reference: 'CS/2009/0442' } } },
        CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contactFixture({ id: '751', reference: 'CS/2009/0442' }) } },
        CaseOfficers: { data: { caseOfficers: [] } },
      }),
    );
    await fillValidContact(user);
    await user.type(screen.getByLabelText('Summary (optional)'), 'Letter about a late reply.');
    await user.type(screen.getByLabelText('Given names (optional)'), 'Jane');
    await user.type(screen.getByLabelText('Surname'), "O'Brien");
    await user.type(screen.getByLabelText('Email address (optional)'), 'jane@example.com');
    await user.selectOptions(screen.getByLabelText('How they would like to be contacted (optional)'), 'EMAIL');
    await submit(user);

    await waitFor(() => expect(view.location()).toBe('/cases/CS-2009-0442'));
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({
        variables: {
          input: {
            recordType: 'STATUTORY_COMPLAINT',
            channel: 'LETTER',
            receivedDate: '2010-02-01',
            serviceAreas: ['SOCIAL_CARE', 'INCLUSION'],
            issues: ['COMMUNICATION_DELAY', 'FINANCE_CHARGES'],
            complainantType: 'PARENT_OR_CARER',
            acknowledgementSentDate: null,
            responseSentDate: null,
            outcome: null,
            summary: 'Letter about a late reply.',
            complainant: {
              givenName: 'Jane',
              familyName: "O'Brien",
              email: 'jane@example.com',
              phone: null,
              address: null,
              relationshipToChild: null,
              preferredContactMethod: 'EMAIL',
              reasonableAdjustments: null,
            },
          },
        },
      }),
      expect.anything(),
    );
    expect(await screen.findByText(/Contact CS\/2009\/0442 recorded/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Statutory complaint CS/2009/0442');
  });

  it("asks for the complainant's surname once any of their details is given, linking to it", async () => {
    const user = userEvent.setup();
    renderAt('/cases/new', responses());
    await fillValidContact(user);
    await user.type(screen.getByLabelText('Phone number (optional)'), 'ring me');
    await submit(user);
    const summary = errorSummary();
    expect(within(summary).getByRole('link', { name: "Enter the complainant's surname" })).toHaveAttribute('href', '#complainant-familyName');
    expect(within(summary).getByRole('link', { name: /Phone number must be a phone number/ })).toHaveAttribute('href', '#complainant-phone');
    expect(screen.getByLabelText('Surname')).toHaveAttribute('aria-invalid', 'true');
  });

  it('is for complaints officers only', async () => {
    renderAt('/cases/new', { CurrentUser: meResponse('SERVICE_MANAGER') });
    expect(await screen.findByRole('heading', { level: 1, name: 'You cannot use this page' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Record contact' })).not.toBeInTheDocument();
  });
});
