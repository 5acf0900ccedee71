import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { meResponse, renderAt, type MockResponses } from '../../test/render';
import { REFERENCE_DATA } from './admin-fixtures';

const DATA = {
  ...REFERENCE_DATA,
  serviceAreas: [
    { code: 'YOUNG_PEOPLE', name: 'Young People', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } },
    { code: 'COMMISSIONING', name: 'Commissioning', effectiveFrom: null, retiredFrom: '2010-04-01', division: { code: 'SCHOOLS', name: 'Schools' } },
    { code: 'STRATEGY', name: 'Strategy', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } },
    { code: 'EARLY_HELP', name: 'Early Help', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } },
    { code: 'YOUTH', name: 'Youth Services', effectiveFrom: null, retiredFrom: null, division: { code: 'SCHOOLS', name: 'Schools' } },
  ],
};

const MAPPINGS = [
  { id: '1', kind: 'SERVICE_AREA', fromCode: 'COMMISSIONING', toCode: 'STRATEGY', effectiveFrom: '2010-04-01', mappingKind: 'MANY_TO_ONE', designated: true, rule: null },
  { id: '2', kind: 'ISSUE', fromCode: 'X', toCode: 'Y', effectiveFrom: '2010-04-01', mappingKind: 'ONE_TO_ONE', designated: true, rule: null },
];

function responses(extra: MockResponses = {}): MockResponses {
  return { CurrentUser: meResponse('ADMIN'), AdminReferenceData: { data: DATA }, TaxonomyMappings: { data: { taxonomyMappings: MAPPINGS } }, ...extra };
}

describe('reorganisations on the reference data page', () => {
  it("lists the kind's mappings and retires a value, splitting it, after asking for the split's rule", async () => {
    const user = userEvent.setup();
    const add = jest.fn(() => ({ data: { addTaxonomyMapping: [{ id: '3', fromCode: 'YOUNG_PEOPLE', toCode: 'EARLY_HELP' }] } }));
    renderAt('/reference-data/service-areas', responses({ AddTaxonomyMapping: add }));

    const table = await screen.findByRole('table', { name: 'Service areas replaced, and by what' }, { timeout: 10000 });
    expect(within(table).getAllByRole('row').map((row) => row.textContent)).toEqual([
      'Old service areaReplaced byHowFromRule for older records',
      'CommissioningStrategyMany to one1 April 2010',
    ]);

    await user.selectOptions(screen.getByLabelText('Value to retire'), 'YOUNG_PEOPLE');
    await user.type(screen.getByLabelText('Replaced from'), '2010-04-01');
    await user.click(screen.getByLabelText('Split: replaced by several values'));
    const replacedBy = screen.getByRole('group', { name: 'Replaced by' });
    // A retired value cannot replace another; the value retired is not offered either.
    expect(within(replacedBy).getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual(['STRATEGY', 'EARLY_HELP', 'YOUTH']);
    await user.click(within(replacedBy).getByLabelText('Early Help'));
    await user.click(within(replacedBy).getByLabelText('Youth Services'));
    await user.selectOptions(screen.getByLabelText('Older records count under'), 'EARLY_HELP');
    await user.click(screen.getByRole('button', { name: 'Retire and replace' }));

    // The rule is asked for, linked from the summary and described by its error.
    expect(await screen.findByRole('link', { name: 'Say, in words, why older records count there' })).toHaveAttribute('href', '#mapping-rule');
    expect(screen.getByLabelText('The rule for older records')).toHaveAttribute('aria-invalid', 'true');
    expect(add).not.toHaveBeenCalled();

    await user.type(screen.getByLabelText('The rule for older records'), 'Early Help took on most of its teams');
    await user.click(screen.getByRole('button', { name: 'Retire and replace' }));
    await waitFor(() =>
      expect(add).toHaveBeenCalledWith({
        input: {
          kind: 'SERVICE_AREA',
          fromCode: 'YOUNG_PEOPLE',
          toCodes: ['EARLY_HELP', 'YOUTH'],
          effectiveFrom: '2010-04-01',
          mappingKind: 'SPLIT',
          designated: 'EARLY_HELP',
          rule: 'Early Help took on most of its teams',
        },
      }),
    );
    const done = await screen.findByText('Young People is replaced by Early Help, Youth Services from 1 April 2010.');
    await waitFor(() => expect(done.closest('.notification')).toHaveFocus());
  }, 30000);

  it('is not offered for record types and channels', async () => {
    renderAt('/reference-data/channels', responses());
    await screen.findByRole('heading', { level: 2, name: 'Channels' }, { timeout: 10000 });
    expect(screen.queryByRole('heading', { name: 'Reorganisations' })).not.toBeInTheDocument();
  }, 30000);
});
