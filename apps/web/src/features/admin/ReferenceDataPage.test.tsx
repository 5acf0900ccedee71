import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphqlError, meResponse, renderAt, type MockResponses } from '../../test/render';
import { REFERENCE_DATA } from './admin-fixtures';

function responses(extra: MockResponses = {}): MockResponses {
  return { CurrentUser: meResponse('ADMIN'), AdminReferenceData: { data: REFERENCE_DATA }, TaxonomyMappings: { data: { taxonomyMappings: [] } }, ...extra };
}

describe('the reference data page', () => {
  it('opens on record types and switches kinds by link, showing retired values with their date', async () => {
    const user = userEvent.setup();
    const view = renderAt('/reference-data', responses());
    expect(await screen.findByRole('heading', { level: 2, name: 'Record types' })).toBeInTheDocument();
    await user.click(within(screen.getByRole('navigation', { name: 'Kinds of reference data' })).getByRole('link', { name: 'Channels' }));
    await waitFor(() => expect(view.location()).toBe('/reference-data/channels'));
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual(['NameCodeStatus', 'EmailEMAILIn use', 'FaxFAXRetired from 1 April 2011']);
    expect(within(table).getByRole('link', { name: 'Fax' })).toHaveAttribute('href', '/reference-data/channels/FAX');
    expect(screen.getByRole('link', { name: 'Channels' })).toHaveAttribute('aria-current', 'page');
  });

  it('adds a service area, suggesting its code from the name and offering only divisions in use', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({ data: { saveReferenceItem: true } }));
    renderAt('/reference-data/service-areas', responses({ SaveReferenceItem: save }));
    await user.type(await screen.findByLabelText('Name'), 'Early Help');
    expect(screen.getByLabelText('Code')).toHaveValue('EARLY_HELP');
    // Not the retired division; a division a reorganisation brings in later may take new service areas.
    expect(within(screen.getByLabelText('Division')).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Choose a division',
      'Schools',
      'Learning and Inclusion',
      'Family Help',
    ]);
    await user.selectOptions(screen.getByLabelText('Division'), 'SCHOOLS');
    await user.click(screen.getByRole('button', { name: 'Add service area' }));
    expect(save).toHaveBeenCalledWith({ input: { kind: 'SERVICE_AREA', code: 'EARLY_HELP', name: 'Early Help', parent: 'SCHOOLS' } });
    const message = await screen.findByText('Added the service area ‘Early Help’ (EARLY_HELP).');
    await waitFor(() => expect(message.closest('.notification')).toHaveFocus());
    expect(screen.getByLabelText('Name')).toHaveValue('');
  });

  it('lists the dates each item came into use and is retired from', async () => {
    renderAt('/reference-data/divisions', responses());
    const table = await screen.findByRole('table');
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'NameCodeStatus',
      'SchoolsSCHOOLSIn use',
      'Old divisionOLD_DIVISIONRetired from 1 April 2012 (in use from 1 April 2008)',
      'Learning and InclusionLEARNINGIn use since 1 April 2012',
      'Family HelpFAMILY_HELPComes into use on 1 April 2031',
    ]);
  });

  it('adds a service area that comes into force on a restructure date, and names the date when the API refuses it', async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('Invalid reference item: effectiveFrom', {
      code: 'BAD_USER_INPUT',
      field: 'effectiveFrom',
      problems: [{ field: 'effectiveFrom', message: "is before 'Family Help' comes into force on 2031-04-01: enter 2031-04-01 or later" }],
    });
    const save = jest.fn().mockReturnValueOnce({ error: refusal }).mockReturnValue({ data: { saveReferenceItem: true } });
    renderAt('/reference-data/service-areas', responses({ SaveReferenceItem: save }));
    const date = await screen.findByLabelText('In force from (optional)');
    expect(date).toHaveAttribute('type', 'date');
    expect(date).toHaveAccessibleDescription(expect.stringContaining('Leave empty if it is in force now.'));
    expect(date).toHaveValue('');

    await user.type(screen.getByLabelText('Name'), 'Family Support');
    await user.selectOptions(screen.getByLabelText('Division'), 'FAMILY_HELP');
    await user.type(date, '2030-04-01');
    await user.click(screen.getByRole('button', { name: 'Add service area' }));
    expect(save).toHaveBeenLastCalledWith({ input: { kind: 'SERVICE_AREA', code: 'FAMILY_SUPPORT', name: 'Family Support', parent: 'FAMILY_HELP', effectiveFrom: '2030-04-01' } });
    const message = "In force from is before 'Family Help' comes into force on 1 April 2031: enter 1 April 2031 or later";
    expect(await screen.findByRole('link', { name: message })).toHaveAttribute('href', '#add-effectiveFrom');
    expect(date).toHaveAttribute('aria-invalid', 'true');
    expect(date).toHaveAccessibleDescription(expect.stringContaining(message));

    await user.clear(date);
    await user.type(date, '2031-04-01');
    await user.click(screen.getByRole('button', { name: 'Add service area' }));
    expect(save).toHaveBeenLastCalledWith({ input: { kind: 'SERVICE_AREA', code: 'FAMILY_SUPPORT', name: 'Family Support', parent: 'FAMILY_HELP', effectiveFrom: '2031-04-01' } });
    expect(await screen.findByText('Added the service area ‘Family Support’ (FAMILY_SUPPORT), in use from 1 April 2031.')).toBeInTheDocument();
    expect(screen.getByLabelText('In force from (optional)')).toHaveValue('');
    expect(screen.queryByRole('link', { name: message })).not.toBeInTheDocument();
  });

  it("refuses an existing code itself, and puts the API's refusals beside their fields", async () => {
    const user = userEvent.setup();
    const refusal = graphqlError('Invalid reference item: code: has no statutory timescale yet', {
      code: 'BAD_USER_INPUT',
      field: 'code',
      problems: [{ field: 'code', message: 'has no statutory timescale yet: a new record type needs its deadline rule added to the system first' }],
    });
    const save = jest.fn(() => ({ error: refusal }));
    renderAt('/reference-data/record-types', responses({ SaveReferenceItem: save }));
    await user.type(await screen.findByLabelText('Name'), 'Comment');
    await user.selectOptions(screen.getByLabelText('Group'), 'ENQUIRY');
    await user.click(screen.getByRole('button', { name: 'Add record type' }));
    expect(await screen.findByRole('link', { name: /COMMENT is already used/ })).toHaveAttribute('href', '#add-code');
    expect(save).not.toHaveBeenCalled();

    await user.clear(screen.getByLabelText('Code'));
    await user.type(screen.getByLabelText('Code'), 'petition');
    await user.click(screen.getByRole('button', { name: 'Add record type' }));
    expect(save).toHaveBeenCalledWith({ input: { kind: 'RECORD_TYPE', code: 'PETITION', name: 'Comment', group: 'ENQUIRY' } });
    await waitFor(() => expect(screen.getByLabelText('Code')).toHaveAttribute('aria-invalid', 'true'));
    expect(screen.getByText(/Code has no statutory timescale yet/, { selector: '.error-message' })).toBeInTheDocument();
  });
});

describe('a reference item page', () => {
  it('renames an issue', async () => {
    const user = userEvent.setup();
    const save = jest.fn(() => ({ data: { saveReferenceItem: true } }));
    renderAt('/reference-data/issues/POLICY_DISAGREEMENT', responses({ SaveReferenceItem: save }));
    const name = await screen.findByLabelText('Name');
    await user.clear(name);
    await user.type(name, 'Disagrees with a council policy');
    await user.click(screen.getByRole('button', { name: 'Save changes' }));
    expect(save).toHaveBeenCalledWith({ input: { kind: 'ISSUE', code: 'POLICY_DISAGREEMENT', name: 'Disagrees with a council policy', parent: 'POLICY' } });
    expect(await screen.findByText('Saved: the issue POLICY_DISAGREEMENT is now called ‘Disagrees with a council policy’.')).toBeInTheDocument();
  });

  it('retires a value from a date, asking for the date first', async () => {
    const user = userEvent.setup();
    const retire = jest.fn(() => ({ data: { retireReferenceItem: true } }));
    renderAt('/reference-data/channels/EMAIL', responses({ RetireReferenceItem: retire }));
    await user.click(await screen.findByRole('button', { name: 'Retire channel' }));
    expect(await screen.findByRole('link', { name: 'Enter the date it is retired from' })).toHaveAttribute('href', '#retiredFrom');
    await user.type(screen.getByLabelText('Retire from'), '2031-04-01');
    await user.click(screen.getByRole('button', { name: 'Retire channel' }));
    expect(retire).toHaveBeenCalledWith({ input: { kind: 'CHANNEL', code: 'EMAIL', retiredFrom: '2031-04-01' } });
    expect(await screen.findByText('Retired ‘Email’ from 1 April 2031: records received from then on cannot use it.')).toBeInTheDocument();
  });

  it('puts a retired value back in use', async () => {
    const user = userEvent.setup();
    const reinstate = jest.fn(() => ({ data: { reinstateReferenceItem: true } }));
    renderAt('/reference-data/channels/FAX', responses({ ReinstateReferenceItem: reinstate }));
    expect(await screen.findByText('Retired from 1 April 2011')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Put back in use' }));
    expect(reinstate).toHaveBeenCalledWith({ kind: 'CHANNEL', code: 'FAX' });
    expect(await screen.findByText('‘Fax’ is in use again.')).toBeInTheDocument();
  });

  it('says when there is no such item', async () => {
    renderAt('/reference-data/channels/PIGEON', responses());
    expect(await screen.findByRole('heading', { level: 1, name: 'Not found' })).toBeInTheDocument();
  });
});
