import { formFromInput, inputFromForm, validateForm } from './trend-form';

describe('trend explorer form', () => {
  it('starts from the question in the URL', () => {
    const form = formFromInput({ financialYear: '2008/09', groupBy: 'CHANNEL', filter: { channels: ['LETTER'] } }, '2009/10');
    expect(form).toMatchObject({
      periodType: 'financialYear',
      financialYear: '2008/09',
      from: '2008-04-01',
      to: '2009-03-31',
      measure: 'CONTACTS',
      granularity: 'MONTH',
      groupBy: 'CHANNEL',
      crossBy: '',
      filter: { channels: ['LETTER'] },
    });
    expect(formFromInput({ from: '2009-01-01', to: '2009-06-30' }, '2009/10')).toMatchObject({
      periodType: 'dates',
      financialYear: '2009/10',
      from: '2009-01-01',
      to: '2009-06-30',
    });
  });

  it('asks the question the form describes, dropping empty choices', () => {
    const form = formFromInput({ financialYear: '2009/10' }, '2009/10');
    expect(inputFromForm({ ...form, groupBy: 'CHANNEL', granularity: 'FINANCIAL_YEAR', filter: { channels: [], outcomes: ['UPHELD'] } })).toEqual({
      financialYear: '2009/10',
      granularity: 'FINANCIAL_YEAR',
      groupBy: 'CHANNEL',
      measure: 'CONTACTS',
      filter: { outcomes: ['UPHELD'] },
    });
    expect(inputFromForm({ ...form, periodType: 'dates', from: '2009-05-01', to: '2009-05-31' })).toEqual({
      from: '2009-05-01',
      to: '2009-05-31',
      granularity: 'MONTH',
      measure: 'CONTACTS',
    });
  });

  it('checks dates and the second split', () => {
    const form = formFromInput({ financialYear: '2009/10' }, '2009/10');
    expect(validateForm(form)).toEqual({});
    expect(validateForm({ ...form, periodType: 'dates', from: '', to: '2009-02-30' })).toEqual({
      from: 'Enter the first date received',
      to: 'The last date must be a real date',
    });
    expect(validateForm({ ...form, periodType: 'dates', from: '2009-06-01', to: '2009-05-01' })).toEqual({
      to: 'The last date must be the same as or after the first date',
    });
    expect(validateForm({ ...form, crossBy: 'OUTCOME' }).crossBy).toMatch(/split by first/);
    expect(validateForm({ ...form, groupBy: 'OUTCOME', crossBy: 'OUTCOME' }).crossBy).toMatch(/different/);
  });
});
