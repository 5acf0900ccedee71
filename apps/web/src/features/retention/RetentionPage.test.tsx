import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RecordsDueForDeletionQuery, RetentionPeriodsQuery } from '../../graphql/graphql';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';

type Due = RecordsDueForDeletionQuery['recordsDueForDeletion'];

const record = (id: string, reference: string, extra: Partial<Due['records'][number]> = {}): Due['records'][number] => ({
  id,
  recordKind: 'CONTACT',
  reference,
  typeName: 'Statutory complaint',
  closedOn: '2010-03-10',
  retentionYears: 6,
  dueOn: '2016-03-10',
  ...extra,
});

const due = (records: Due['records']): { data: RecordsDueForDeletionQuery } => ({
  data: { recordsDueForDeletion: { asOf: '2026-11-26', totalCount: records.length, records, pageInfo: { hasNextPage: false, endCursor: records.length ? 'c1' : null } } },
});

const periods: RetentionPeriodsQuery = {
  retentionPeriods: [
    { id: 'CONTACT:STATUTORY_COMPLAINT', recordKind: 'CONTACT', code: 'STATUTORY_COMPLAINT', name: 'Statutory complaint', years: 6, defaultYears: 6, basis: 'Six years after closure.', retiredFrom: null },
    { id: 'CONTACT:REFERRAL', recordKind: 'CONTACT', code: 'REFERRAL', name: 'Referral', years: 6, defaultYears: 6, basis: 'Six years after closure.', retiredFrom: '2011-04-01' },
    {
      id: 'INFORMATION_REQUEST:FREEDOM_OF_INFORMATION',
      recordKind: 'INFORMATION_REQUEST',
      code: 'FREEDOM_OF_INFORMATION',
      name: 'Freedom of Information request',
      years: 3,
      defaultYears: 3,
      basis: 'Three years after the response.',
      retiredFrom: null,
    },
  ],
};

const FIRST = [record('CONTACT:1', 'CS/2009/0001'), record('INFORMATION_REQUEST:7', 'FOI/2009/0007', { recordKind: 'INFORMATION_REQUEST', typeName: 'Freedom of Information request', retentionYears: 3, dueOn: '2013-03-10' })];

function responses(extra: MockResponses = {}): MockResponses {
  return { CurrentUser: meResponse('ADMIN'), RetentionPeriods: { data: periods }, RecordsDueForDeletion: due(FIRST), ...extra };
}

describe('the retention page', () => {
  it('lists the records due, and anonymises the ones ticked only after confirming; the list then asks again', async () => {
    const user = userEvent.setup();
    let anonymised = false;
    const anonymise = jest.fn(() => {
      anonymised = true;
      return { data: { anonymiseRecords: { anonymisedOn: '2026-11-26', count: 1, references: ['CS/2009/0001'] } } };
    });
    renderAt('/retention', responses({ RecordsDueForDeletion: () => due(anonymised ? FIRST.slice(1) : FIRST), AnonymiseRecords: anonymise }), undefined, { normalizedCache: true });

    const table = await screen.findByRole('table', { name: /^2 records due for deletion by \d+ \w+ \d{4}, closed longest ago first$/ });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'SelectReferenceTypeClosedDue for deletion',
      'Select CS/2009/0001CS/2009/0001Statutory complaint10 March 201010 March 2016 (kept 6 years)',
      'Select FOI/2009/0007FOI/2009/0007Freedom of Information request10 March 201010 March 2013 (kept 3 years)',
    ]);

    await user.click(screen.getByLabelText('Select CS/2009/0001'));
    expect(screen.getByText('1 record selected')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Anonymise selected records' }));
    const confirm = screen.getByRole('region', { name: 'Anonymise 1 record?' });
    expect(within(confirm).getByRole('heading')).toHaveFocus();
    expect(within(confirm).getByRole('listitem')).toHaveTextContent('CS/2009/0001');
    expect(confirm).toHaveTextContent('This cannot be undone.');
    expect(anonymise).not.toHaveBeenCalled();

    await user.click(within(confirm).getByRole('button', { name: 'Yes, anonymise 1 record' }));
    expect(anonymise).toHaveBeenCalledWith({ ids: ['CONTACT:1'], confirm: true });
    await screen.findByText('Anonymised 1 record: CS/2009/0001. Their personal data has gone; the audit log records who did it.');
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    expect(screen.queryByLabelText('Select CS/2009/0001')).not.toBeInTheDocument();
    expect(screen.getByText('No records selected')).toBeInTheDocument();
  });

  it('asks for a selection first, and shows what the API refused without anonymising anything', async () => {
    const user = userEvent.setup();
    const anonymise = jest.fn(() => ({
      error: graphqlError('Invalid anonymisation: ids: CS/2009/0001 was already anonymised on 2026-11-20', {
        code: 'BAD_USER_INPUT',
        field: 'ids',
        problems: [{ field: 'ids', message: 'CS/2009/0001 was already anonymised on 2026-11-20' }],
      }),
    }));
    renderAt('/retention', responses({ AnonymiseRecords: anonymise }));
    await screen.findByLabelText('Select CS/2009/0001');
    await user.click(screen.getByRole('button', { name: 'Anonymise selected records' }));
    expect(within(screen.getByRole('alert')).getByText('Select the records to anonymise')).toBeInTheDocument();

    await user.click(screen.getByLabelText('Select CS/2009/0001'));
    await user.click(screen.getByRole('button', { name: 'Anonymise selected records' }));
    await user.click(screen.getByRole('button', { name: 'Yes, anonymise 1 record' }));
    await waitFor(() => expect(within(screen.getByRole('alert')).getByText('CS/2009/0001 was already anonymised on 20 November 2026')).toBeInTheDocument());
    expect(screen.queryByRole('region', { name: /^Anonymise/ })).not.toBeInTheDocument();
  });

  it('shows records due by another day, and refuses a date it cannot read', async () => {
    const user = userEvent.setup();
    const query = jest.fn(() => due(FIRST));
    renderAt('/retention', responses({ RecordsDueForDeletion: query }));
    await screen.findByLabelText('Select CS/2009/0001');
    await user.clear(screen.getByLabelText('Due by'));
    await user.click(screen.getByRole('button', { name: 'Show records due' }));
    expect(screen.getByLabelText('Due by')).toHaveAccessibleDescription(
      'Records whose retention period has run by this day. Today unless you change it. Error: Enter the date to show records due by',
    );
    await user.type(screen.getByLabelText('Due by'), '2030-01-01');
    await user.click(screen.getByRole('button', { name: 'Show records due' }));
    await waitFor(() => expect(query).toHaveBeenLastCalledWith({ asOf: '2030-01-01', page: { first: 50, after: null } }));
    expect(screen.getByRole('table', { name: /by 1 January 2030/ })).toBeInTheDocument();
  });

  it('sets how long each kind of record is kept, checking the years first', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({ data: { setRetentionPeriod: { id: 'CONTACT:STATUTORY_COMPLAINT', years: 7 } } }));
    renderAt('/retention', responses({ SetRetentionPeriod: save }));
    const field = await screen.findByLabelText('Statutory complaint: years kept after closure');
    expect(field).toHaveValue('6');
    expect(screen.getByLabelText('Referral: years kept after closure')).toHaveAccessibleDescription(/Retired from 1 April 2011: its older contacts are still kept this long\./);
    expect(screen.getByLabelText('Freedom of Information request: years kept after closure')).toHaveAccessibleDescription('Unless changed: Three years after the response.');

    await user.clear(field);
    await user.type(field, '0');
    await user.click(screen.getByRole('button', { name: 'Save the period for Statutory complaint' }));
    expect(field).toHaveAccessibleDescription('6 years unless changed. Error: Enter a number of years from 1 to 100');
    expect(save).not.toHaveBeenCalled();

    await user.clear(field);
    await user.type(field, '7');
    await user.click(screen.getByRole('button', { name: 'Save the period for Statutory complaint' }));
    expect(save).toHaveBeenCalledWith({ input: { recordKind: 'CONTACT', code: 'STATUTORY_COMPLAINT', years: 7 } });
    await screen.findByText('Statutory complaint: kept 7 years after closure.');
    expect(field).toHaveAccessibleDescription('6 years unless changed.');
  });
});
