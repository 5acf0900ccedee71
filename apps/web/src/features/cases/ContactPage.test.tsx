import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { AppRoutes } from '../../app/AppRoutes';
import { GraphqlProvider } from '../../app/GraphqlProvider';
import { withSchemaTypenames } from '../../test/cached-mock-client';
import { graphqlError, meResponse, renderAt } from '../../test/render';
import { contactFixture, escalationFixture, offering } from './case-fixtures';
import type { CaseContact } from './useContactQuery';

const OFFICERS = [
  { id: '5', name: 'Ann Handler', roleName: 'Complaints officer' },
  { id: '6', name: 'Ben Investigator', roleName: 'Complaints officer' },
];

const answered = contactFixture({
  acknowledgementSentDate: '2010-01-12',
  responseSentDate: '2010-01-22',
  outcome: 'NOT_UPHELD',
  stage: 'STAGE_2',
  workingDaysToResponse: 9,
  summary: 'Parent says letters went unanswered.',
  escalations: [escalationFixture({ requestedDate: '2010-02-01', responseDueDate: '2010-03-08' })],
  viewerCan: offering('recordEscalationResponse', 'withdraw'),
  timeline: [
    { kind: 'RECEIVED', date: '2010-01-11', stage: 'STAGE_1', outcome: null, dueDate: '2010-01-14', description: 'Received; acknowledgement due 2010-01-14; response due 2010-01-25' },
    { kind: 'ACKNOWLEDGED', date: '2010-01-12', stage: 'STAGE_1', outcome: null, dueDate: null, description: 'Acknowledged' },
    { kind: 'RESPONDED', date: '2010-01-22', stage: 'STAGE_1', outcome: 'NOT_UPHELD', dueDate: null, description: 'Response sent (not upheld)' },
    { kind: 'ESCALATED', date: '2010-02-01', stage: 'STAGE_2', outcome: null, dueDate: '2010-03-08', description: 'Stage 2 requested; response due 2010-03-08' },
  ],
});

describe('contact page', () => {
  it("shows the contact's details, due dates and its history as an ordered list", async () => {
    renderAt('/cases/CS-2009-0334', { CurrentUser: meResponse('COMPLAINTS_OFFICER'), CaseOfficers: { data: { caseOfficers: OFFICERS } }, CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: answered } }, ContactLearningOutcome: 'loading' });

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Statutory complaint CS/2009/0334');
    await waitFor(() => expect(document.title).toBe('Contact CS/2009/0334 – Complaints Insight'));
    expect(screen.getByText('Safeguarding: Inclusion')).toBeInTheDocument();
    expect(screen.getByText('School Standards (main)')).toBeInTheDocument();
    expect(screen.getByText('Not upheld (responded in 9 working days)')).toBeInTheDocument();
    expect(screen.getByText('Parent says letters went unanswered.')).toBeInTheDocument();

    const history = screen.getByRole('list', { name: 'History' });
    expect(history.tagName).toBe('OL');
    const items = within(history).getAllByRole('listitem');
    expect(items.map((item) => within(item).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Received',
      'Acknowledged',
      'Response sent',
      'Stage 2 requested',
    ]);
    expect(items[0]).toHaveTextContent('11 January 2010Acknowledgement due 14 January 2010Response due 25 January 2010');
    expect(within(items[0]!).getByText('11 January 2010')).toHaveAttribute('datetime', '2010-01-11');
    expect(items[2]).toHaveTextContent('Outcome: not upheld');

    const dueDates = screen.getByRole('table', { name: 'Due dates' });
    const stage2 = within(dueDates).getByRole('rowheader', { name: 'Stage 2 response' }).closest('tr')!;
    expect(within(stage2).getAllByRole('cell').map((cell) => cell.textContent)).toEqual(['8 March 2010', 'Not yet', 'Overdue']);
  });

  it('offers the next legal steps to officers: here the Stage 2 response or a withdrawal', async () => {
    renderAt('/cases/CS-2009-0334', { CurrentUser: meResponse('COMPLAINTS_OFFICER'), CaseOfficers: { data: { caseOfficers: OFFICERS } }, CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: answered } }, ContactLearningOutcome: 'loading' });
    await screen.findByRole('heading', { level: 1 });
    const forms = screen.getAllByRole('form').filter((form) => form.closest('.case-steps'));
    expect(forms.map((form) => form.getAttribute('aria-labelledby') && within(form).getByRole('heading', { level: 3 }).textContent)).toEqual([
      'Record the Stage 2 response',
      'Record a withdrawal',
    ]);
  });

  it('is read-only for service managers', async () => {
    renderAt('/cases/CS-2009-0334', { CurrentUser: meResponse('SERVICE_MANAGER'), CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contactFixture() } } });
    expect(await screen.findByText('You can read this contact. Complaints officers record its steps.')).toBeInTheDocument();
    expect(screen.queryByRole('form')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Record/ })).not.toBeInTheDocument();
  });

  it('checks the acknowledgement date before sending it', async () => {
    const user = userEvent.setup();
    const view = renderAt('/cases/CS-2009-0334', { CurrentUser: meResponse('COMPLAINTS_OFFICER'), CaseOfficers: { data: { caseOfficers: OFFICERS } }, CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contactFixture() } } });
    const form = await screen.findByRole('form', { name: 'Record the acknowledgement' });
    await user.click(within(form).getByRole('button', { name: 'Record acknowledgement' }));
    const date = within(form).getByLabelText('Date the acknowledgement was sent');
    expect(date).toHaveAccessibleDescription('On or after 11 January 2010, the date received. Error: Enter the date the acknowledgement was sent');
    expect(within(form).getByRole('link', { name: 'Enter the date the acknowledgement was sent' })).toHaveAttribute('href', '#acknowledge-date');

    await user.type(date, '2010-01-10');
    await user.click(within(form).getByRole('button', { name: 'Record acknowledgement' }));
    expect(date).toHaveAccessibleDescription(
      'On or after 11 January 2010, the date received. Error: Date the acknowledgement was sent must be the same as or after the date received (11 January 2010)',
    );
    expect(view.client.executeMutation).not.toHaveBeenCalled();
  });

  it("records the acknowledgement and shows the updated history (the normalized cache refetches the contact)", async () => {
    const user = userEvent.setup();
    let contact: CaseContact = contactFixture();
    const asked: string[] = [];
    const fetch = jest.fn(async (_url: string, init: { body: string }) => {
      const { operationName, variables, query } = JSON.parse(init.body) as { operationName: string; variables: Record<string, string>; query: string };
      asked.push(operationName);
      let data: unknown;
      if (operationName === 'CurrentUser') data = (meResponse('COMPLAINTS_OFFICER') as { data: unknown }).data;
      else if (operationName === 'CaseContact') data = { contactByReference: contact };
      else if (operationName === 'CaseOfficers') data = { caseOfficers: [] };
      else if (operationName === 'AcknowledgeContact') {
        contact = {
          ...contact,
          acknowledgementSentDate: variables.sentDate!,
          viewerCan: offering('respond', 'extend', 'withdraw'),
          timeline: [...contact.timeline, { kind: 'ACKNOWLEDGED', date: variables.sentDate!, stage: 'STAGE_1', outcome: null, dueDate: null, description: 'Acknowledged' }],
        };
        data = { acknowledgeContact: { id: contact.id } };
      }
      const typed = withSchemaTypenames(query, data);
      return { status: 200, statusText: 'OK', headers: { get: () => 'application/json' }, text: async () => JSON.stringify({ data: typed }) };
    });
    const original = globalThis.fetch;
    Object.assign(globalThis, { fetch });
    try {
      render(
        <GraphqlProvider>
          <MemoryRouter initialEntries={['/cases/CS-2009-0334']}>
            <AppRoutes />
          </MemoryRouter>
        </GraphqlProvider>,
      );
      const form = await screen.findByRole('form', { name: 'Record the acknowledgement' });
      await user.type(within(form).getByLabelText('Date the acknowledgement was sent'), '2010-01-13');
      await user.click(within(form).getByRole('button', { name: 'Record acknowledgement' }));

      const notice = await screen.findByText(/Acknowledgement recorded/);
      await waitFor(() => expect(notice.closest('.notification')).toHaveFocus());
      const history = screen.getByRole('list', { name: 'History' });
      await waitFor(() => expect(within(history).getAllByRole('listitem')).toHaveLength(2));
      expect(within(history).getAllByRole('listitem')[1]).toHaveTextContent('Acknowledged13 January 2010');
      expect(screen.queryByRole('form', { name: 'Record the acknowledgement' })).not.toBeInTheDocument();
      expect(JSON.parse(fetch.mock.calls.find(([, init]) => init.body.includes('AcknowledgeContact'))![1].body).variables).toEqual({
        id: '643',
        sentDate: '2010-01-13',
      });
      // One request for the step and one to read the contact again: nothing asked twice.
      expect(asked.filter((name) => name !== 'CurrentUser' && name !== 'CaseOfficers' && name !== 'CaseComplaintCode')).toEqual(['CaseContact', 'AcknowledgeContact', 'CaseContact']);
    } finally {
      Object.assign(globalThis, { fetch: original });
    }
  });

  it("shows the API's refusal beside the date it names, and what is not about a field above the form", async () => {
    const user = userEvent.setup();
    renderAt('/cases/CS-2009-0334', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      CaseOfficers: { data: { caseOfficers: OFFICERS } },
      CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contactFixture() } },
      RecordResponse: {
        error: graphqlError('Invalid response: …', {
          code: 'BAD_USER_INPUT',
          field: 'id',
          problems: [
            { field: 'id', message: 'the response was already sent on 2010-01-20' },
            { field: 'sentDate', message: '2010-01-12 is before the acknowledgement sent on 2010-01-13' },
          ],
        }),
      },
    });
    const form = await screen.findByRole('form', { name: 'Record the Stage 1 response' });
    await user.type(within(form).getByLabelText('Date the response was sent'), '2010-01-12');
    await user.click(within(form).getByLabelText('Partially upheld'));
    await user.click(within(form).getByRole('button', { name: 'Record response' }));

    await waitFor(() =>
      expect(within(form).getByLabelText('Date the response was sent')).toHaveAccessibleDescription(
        'On or after 11 January 2010, the date received. Error: 12 January 2010 is before the acknowledgement sent on 13 January 2010',
      ),
    );
    expect(within(form).getByRole('alert')).toHaveTextContent('The response was already sent on 20 January 2010');
  });

  it('says when there is no contact the person may see', async () => {
    renderAt('/cases/999', { CurrentUser: meResponse('SERVICE_MANAGER'), CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: null, contact: null } } });
    expect(await screen.findByText(/There is no contact with the reference 999 that you may see./)).toHaveAttribute('role', 'status');
    expect(screen.getByRole('heading', { level: 1, name: 'Contact' })).toBeInTheDocument();
  });

  it('moves an old address by number, or another spelling of the reference, to the reference’s address', async () => {
    const found = contactFixture({ id: '751', reference: 'CS/2009/0442' });
    const answer = (variables: Record<string, unknown>) =>
      variables.reference === 'CS-2009-0442' || variables.reference === 'cs-2009-0442'
        ? { data: { contactByReference: found, contact: null } }
        : { data: { contactByReference: null, contact: variables.numeric ? { id: '751', reference: 'CS/2009/0442' } : null } };
    for (const path of ['/cases/751', '/cases/cs-2009-0442']) {
      const view = renderAt(path, { CurrentUser: meResponse('SERVICE_MANAGER'), CaseComplaintCode: 'loading', CaseContact: answer });
      await waitFor(() => expect(view.location()).toBe('/cases/CS-2009-0442'));
      expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Statutory complaint CS/2009/0442');
      view.unmount();
    }
  });

  it("shows the complainant's details and who handles each stage", async () => {
    const contact = contactFixture({
      stage: 'STAGE_2',
      assignableStages: ['STAGE_1', 'STAGE_2'],
      assignments: [{ stage: 'STAGE_1', role: 'Stage 1 handler', officer: { id: '5', name: 'Ann Handler', roleName: 'Complaints officer' } }],
    });
    renderAt('/cases/CS-2009-0334', { CurrentUser: meResponse('SERVICE_MANAGER'), CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contact } } });
    expect((await screen.findByText('Name', { selector: 'dt' })).nextElementSibling).toHaveTextContent('Jane Smith');
    expect(screen.getByText('Relationship to the child', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Grandmother');
    expect(screen.getByText('Reasonable adjustments', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Letters in large print');
    expect(screen.getByText('Stage 1 handler', { selector: 'dt' }).nextElementSibling).toHaveTextContent('Ann Handler (complaints officer)');
    expect(screen.getByText('Stage 2 investigator', { selector: 'dt' }).nextElementSibling).toHaveTextContent('No one assigned');
    // A service manager reads them but changes nothing.
    expect(screen.queryByRole('button', { name: /complainant’s details/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Assign an officer' })).not.toBeInTheDocument();
  });

  it("lets an officer correct the complainant's details, checking them first", async () => {
    const user = userEvent.setup();
    const view = renderAt('/cases/CS-2009-0334', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      CaseOfficers: { data: { caseOfficers: OFFICERS } },
      CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contactFixture() } },
      SaveComplainant: (variables) => ({ data: { saveComplainant: contactFixture({ complainant: { ...contactFixture().complainant!, ...(variables.input as object) } }) } }),
    });
    await user.click(await screen.findByRole('button', { name: 'Change the complainant’s details' }));
    const form = screen.getByRole('form', { name: 'The complainant’s details' });
    await user.clear(within(form).getByLabelText('Email address (optional)'));
    await user.click(within(form).getByRole('button', { name: 'Save the complainant’s details' }));
    expect(within(form).getByRole('link', { name: 'How they would like to be contacted needs an email address to contact them by' })).toHaveAttribute(
      'href',
      '#edit-complainant-preferredContactMethod',
    );
    expect(view.client.executeMutation).not.toHaveBeenCalled();

    await user.type(within(form).getByLabelText('Phone number (optional)'), '020 7946 0000');
    await user.selectOptions(within(form).getByLabelText('How they would like to be contacted (optional)'), 'PHONE');
    await user.click(within(form).getByRole('button', { name: 'Save the complainant’s details' }));
    expect(await screen.findByText(/Complainant's details saved/)).toBeInTheDocument();
    expect(view.client.executeMutation).toHaveBeenCalledWith(
      expect.objectContaining({ variables: { contactId: '643', input: expect.objectContaining({ email: null, phone: '020 7946 0000', preferredContactMethod: 'PHONE' }) } }),
      expect.anything(),
    );
  });

  it('lets an officer assign the Stage 2 investigator', async () => {
    const user = userEvent.setup();
    const contact = contactFixture({ stage: 'STAGE_2', assignableStages: ['STAGE_1', 'STAGE_2'] });
    const view = renderAt('/cases/CS-2009-0334', {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      CaseOfficers: { data: { caseOfficers: OFFICERS } },
      CaseComplaintCode: 'loading', CaseContact: { data: { contactByReference: contact } },
      AssignContact: { data: { assignContact: contact } },
    });
    const form = await screen.findByRole('form', { name: 'Assign an officer' });
    expect(within(form).getByLabelText('Stage')).toHaveValue('STAGE_2');
    await waitFor(() => expect(within(form).getByRole('option', { name: 'Ben Investigator (complaints officer)' })).toBeInTheDocument());
    await user.selectOptions(within(form).getByLabelText('Officer'), '6');
    await user.click(within(form).getByRole('button', { name: 'Assign' }));
    expect(await screen.findByText(/Stage 2 investigator: Ben Investigator/)).toBeInTheDocument();
    expect(view.client.executeMutation).toHaveBeenCalledWith(expect.objectContaining({ variables: { id: '643', stage: 'STAGE_2', officerId: '6' } }), expect.anything());
  });
});
