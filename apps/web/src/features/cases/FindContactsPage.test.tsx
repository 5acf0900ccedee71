import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt } from '../../test/render';
import type { FoundContact } from './useContactsQuery';

const options = {
  recordTypes: [{ code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', group: 'FORMAL_COMPLAINT' }],
  channels: [],
  divisions: [],
  serviceAreas: [{ code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' }],
  issueCategories: [],
};

function found(reference: string, overrides: Partial<FoundContact> = {}): FoundContact {
  return {
    id: reference.replace(/\D/g, ''),
    reference,
    receivedDate: '2009-11-02',
    status: 'OPEN',
    stage: 'STAGE_1',
    nextDueDate: '2009-11-16',
    recordType: { code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint' },
    primaryServiceArea: { code: 'SOCIAL_CARE', name: 'Safeguarding: Social Care' },
    assignedOfficer: { id: '5', name: 'Ann Handler' },
    complainant: { givenName: 'Jane', familyName: 'Smith' },
    ...overrides,
  };
}

function officer(nodes: FoundContact[] = [found('CS/2009/0101'), found('CS/2009/0110', { status: 'CLOSED', nextDueDate: null, assignedOfficer: null, complainant: null })]) {
  const asked: Array<Record<string, unknown>> = [];
  return {
    asked,
    responses: {
      CurrentUser: meResponse('COMPLAINTS_OFFICER'),
      ReferenceOptions: { data: options },
      CaseOfficers: { data: { caseOfficers: [{ id: '5', name: 'Ann Handler', roleName: 'Complaints officer' }] } },
      FoundContacts: (variables: Record<string, unknown>) => {
        asked.push(variables);
        return {
          data: {
            contacts: {
              totalCount: 60,
              pageInfo: { hasNextPage: true, endCursor: 'cursor-2' },
              edges: nodes.map((node) => ({ node })),
            },
          },
        };
      },
    },
  };
}

describe('find a contact', () => {
  it('lists what the address asks for, linking each contact by its reference', async () => {
    const { responses, asked } = officer();
    renderAt('/cases/find?q=smith&status=OPEN', responses);
    expect(await screen.findByRole('heading', { level: 2, name: /^60 contacts found/ })).toBeInTheDocument();
    expect(asked[0]).toEqual({ filter: { complainantName: 'smith', statuses: ['OPEN'] }, sort: 'RECEIVED_NEWEST', page: { first: 25, after: null } });
    const table = screen.getByRole('table', { name: /60 contacts found/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((row) => Array.from(row.children).map((cell) => cell.textContent))).toEqual([
      ['CS/2009/0101', '2 November 2009', 'Statutory complaintStage 1', 'Jane Smith', 'Open', '16 November 2009', 'Ann Handler'],
      ['CS/2009/0110', '2 November 2009', 'Statutory complaintStage 1', 'Not recorded', 'Closed', 'None', 'No one'],
    ]);
    expect(within(table).getByRole('link', { name: 'CS/2009/0101' })).toHaveAttribute('href', '/cases/CS-2009-0101');
    expect(screen.getByLabelText('Reference or complainant’s surname')).toHaveValue('smith');
    expect(screen.getByLabelText('Status')).toHaveValue('OPEN');
  });

  it('searches by reference or surname, with filters and an order, from the first page', async () => {
    const user = userEvent.setup();
    const { responses, asked } = officer();
    const view = renderAt('/cases/find?after=cursor-1', responses);
    await screen.findByRole('heading', { level: 2, name: /contacts found/ });
    await user.type(screen.getByLabelText('Reference or complainant’s surname'), 'cs/2009/01');
    await user.selectOptions(screen.getByLabelText('Handled by'), 'ME');
    await user.selectOptions(screen.getByLabelText('Order'), 'DUE_SOONEST');
    await user.click(screen.getByLabelText('Only contacts with a step overdue today'));
    await user.click(screen.getByRole('button', { name: 'Search' }));
    await waitFor(() => expect(view.location()).toBe('/cases/find?q=cs%2F2009%2F01&officer=ME&overdue=true&sort=DUE_SOONEST'));
    await waitFor(() =>
      expect(asked).toContainEqual({ filter: { reference: 'cs/2009/01', assignedToMe: true, overdue: true }, sort: 'DUE_SOONEST', page: { first: 25, after: null } }),
    );
    // The form stays as it is after its own search, so focus stays on its button.
    expect(screen.getByRole('button', { name: 'Search' })).toHaveFocus();
    await user.click(screen.getByRole('link', { name: 'Clear the search and filters' }));
    await waitFor(() => expect(view.location()).toBe('/cases/find?sort=DUE_SOONEST'));
    // A change from outside the form shows in it.
    expect(screen.getByLabelText('Reference or complainant’s surname')).toHaveValue('');
    expect(screen.getByLabelText('Handled by')).toHaveValue('');
  });

  it('pages on with the cursor the list gave', async () => {
    const user = userEvent.setup();
    const { responses, asked } = officer();
    const view = renderAt('/cases/find?q=smith', responses);
    await user.click(await screen.findByRole('link', { name: 'Next 25 contacts' }));
    await waitFor(() => expect(view.location()).toBe('/cases/find?q=smith&after=cursor-2'));
    await waitFor(() => expect(asked.at(-1)).toMatchObject({ page: { first: 25, after: 'cursor-2' } }));
    expect(await screen.findByRole('link', { name: 'First page' })).toHaveAttribute('href', '/cases/find?q=smith');
  });

  it('says what is wrong with the search before asking, beside the field', async () => {
    const user = userEvent.setup();
    const { responses, asked } = officer();
    const view = renderAt('/cases/find', responses);
    await screen.findByRole('heading', { level: 2, name: /contacts found/ });
    await user.type(screen.getByLabelText('Words in the summary or the complainant’s details (optional)'), 'ab');
    await user.type(screen.getByLabelText('Reference or complainant’s surname'), '2009%');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    expect(screen.getByRole('heading', { name: 'There is a problem' }).closest('.error-summary')).toHaveFocus();
    expect(screen.getByLabelText('Reference or complainant’s surname')).toHaveAccessibleDescription(
      'For example CS/2009/0123, 2009-0123 or Smith. The start of either is enough. Error: A reference has only letters, digits, /, - and _',
    );
    expect(screen.getByRole('link', { name: 'Enter 3 to 100 characters' })).toHaveAttribute('href', '#find-text');
    expect(view.location()).toBe('/cases/find');
    expect(asked).toHaveLength(1);
  });

  it('says so when nothing matches', async () => {
    renderAt('/cases/find?q=zzz', {
      ...officer().responses,
      FoundContacts: { data: { contacts: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
    });
    expect(await screen.findByText(/No contact matches/)).toHaveAttribute('role', 'status');
  });
});
