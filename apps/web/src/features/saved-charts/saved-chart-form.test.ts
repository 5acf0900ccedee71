import { CombinedError } from 'urql';
import type { TrendInput } from '../../graphql/graphql';
import { defaultChartType, newSavedChartForm, saveChartInput, savedChartErrorsFromApi, updateSavedChartInput, validateSavedChartForm } from './saved-chart-form';

const INPUT: TrendInput = { financialYear: '2009/10', granularity: 'MONTH', groupBy: 'CHANNEL', filter: { channels: ['LETTER'] } };

describe('saved chart form', () => {
  it('asks for a name and a description, and keeps them within the API’s limits', () => {
    const empty = validateSavedChartForm({ ...newSavedChartForm(INPUT), name: '  ', description: '' });
    expect(empty.fields).toEqual({
      name: 'Enter a name for the chart',
      description: 'Enter a description of what the chart shows, for people who cannot see it',
    });
    const long = validateSavedChartForm({ ...newSavedChartForm(INPUT), name: 'x'.repeat(121), description: 'y'.repeat(1001) });
    expect(long.fields).toEqual({
      name: 'The name must be 120 characters or fewer (it has 121)',
      description: 'The description must be 1000 characters or fewer (it has 1001)',
    });
    expect(validateSavedChartForm({ ...newSavedChartForm(INPUT), name: 'A', description: 'B' })).toEqual({ fields: {}, form: [] });
  });

  it('saves the question as the explorer’s query string, trimmed, with the choices made', () => {
    const form = { name: ' Letters ', description: ' What it shows ', chartType: 'LINE', dataDownload: 'EMBED_READERS' } as const;
    expect(saveChartInput(form, INPUT)).toEqual({
      name: 'Letters',
      description: 'What it shows',
      params: 'financialYear=2009/10&granularity=MONTH&groupBy=CHANNEL&channels=LETTER',
      chartType: 'LINE',
      dataDownload: 'EMBED_READERS',
    });
  });

  it('starts from the chart the explorer would draw, unless one was chosen', () => {
    expect(defaultChartType({ financialYear: '2009/10', groupBy: 'CHANNEL', crossBy: 'OUTCOME' })).toBe('HEATMAP');
    expect(defaultChartType({ financialYear: '2009/10', granularity: 'FINANCIAL_YEAR', groupBy: 'CHANNEL' })).toBe('BARS');
    expect(defaultChartType({ financialYear: '2009/10', granularity: 'MONTH' })).toBe('LINE');
    expect(newSavedChartForm(INPUT, 'GROUPED_BARS', 'By channel')).toEqual({ name: 'By channel', description: '', chartType: 'GROUPED_BARS', dataDownload: 'STAFF' });
  });

  it('sends only what changed', () => {
    const start = { name: 'A', description: 'B', chartType: 'LINE', dataDownload: 'STAFF' } as const;
    expect(updateSavedChartInput(start, { ...start, description: 'B ' })).toEqual({});
    expect(updateSavedChartInput(start, { ...start, name: 'New', dataDownload: 'EMBED_READERS' })).toEqual({ name: 'New', dataDownload: 'EMBED_READERS' });
  });

  it('puts the API’s refusal beside the field it names', () => {
    const error = new CombinedError({
      graphQLErrors: [
        {
          message: 'Invalid saved chart: description: is required; params: granularity: must be MONTH',
          extensions: { code: 'BAD_USER_INPUT', field: 'description', problems: [{ field: 'description', message: 'is required' }, { field: 'params', message: 'granularity: must be MONTH' }] },
        },
      ],
    });
    expect(savedChartErrorsFromApi(error)).toEqual({ fields: { description: 'Description is required' }, form: ['Granularity: must be MONTH'] });
  });
});
