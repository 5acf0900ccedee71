/**
 * The saved-chart form (save from the explorer, edit from the list): its
 * values, its own checks and the API's refusals put beside the fields.
 */
import type { CombinedError } from 'urql';
import type { ChartType, DataDownload, SaveChartInput, TrendInput, UpdateSavedChartInput } from '../../graphql/graphql';
import { errorsFromApi, noErrors, type FormErrors } from '../cases/form-errors';
import { trendInputToSearch } from '../trends/trend-params';

export type SavedChartField = 'name' | 'description' | 'chartType' | 'dataDownload';

/** In the order the form shows them (the error summary follows it). */
export const SAVED_CHART_FIELDS: readonly SavedChartField[] = ['name', 'description', 'chartType', 'dataDownload'];

export const FIELD_LABELS: Readonly<Record<SavedChartField, string>> = {
  name: 'Name',
  description: 'Description',
  chartType: 'Chart type',
  dataDownload: 'Who may download its data',
};

export interface SavedChartFormValues {
  name: string;
  description: string;
  chartType: ChartType;
  dataDownload: DataDownload;
}

export type SavedChartErrors = FormErrors<SavedChartField>;

/** The API's limits (characters, after trimming). */
export const SAVED_CHART_LIMITS = { name: 120, description: 1000 } as const;

function tooLong(what: string, text: string, max: number): string | undefined {
  return text.length > max ? `${what} must be ${max} characters or fewer (it has ${text.length})` : undefined;
}

/** The chart the explorer would draw for this question, as a saved chart's type. */
export function defaultChartType(input: TrendInput): ChartType {
  if (input.crossBy) return 'HEATMAP';
  if (input.granularity === 'FINANCIAL_YEAR') return 'BARS';
  return input.groupBy ? 'BARS' : 'LINE';
}

export function newSavedChartForm(input: TrendInput, chartType?: ChartType | null, name = ''): SavedChartFormValues {
  return { name, description: '', chartType: chartType ?? defaultChartType(input), dataDownload: 'STAFF' };
}

export function formFromChart(chart: SavedChartFormValues): SavedChartFormValues {
  const { name, description, chartType, dataDownload } = chart;
  return { name, description, chartType, dataDownload };
}

/** The form's own checks, before anything is sent; the API checks the same again. */
export function validateSavedChartForm(form: SavedChartFormValues): SavedChartErrors {
  const errors = noErrors<SavedChartField>();
  const name = form.name.trim();
  const description = form.description.trim();
  if (!name) errors.fields.name = 'Enter a name for the chart';
  else errors.fields.name = tooLong('The name', name, SAVED_CHART_LIMITS.name);
  if (!description) errors.fields.description = 'Enter a description of what the chart shows, for people who cannot see it';
  else errors.fields.description = tooLong('The description', description, SAVED_CHART_LIMITS.description);
  if (!errors.fields.name) delete errors.fields.name;
  if (!errors.fields.description) delete errors.fields.description;
  return errors;
}

/** A new saved chart: the explorer's question as the same query string its URL and the CSV export use. */
export function saveChartInput(form: SavedChartFormValues, input: TrendInput): SaveChartInput {
  return {
    name: form.name.trim(),
    description: form.description.trim(),
    params: trendInputToSearch(input),
    chartType: form.chartType,
    dataDownload: form.dataDownload,
  };
}

/** Only what changed, so a save never overwrites a field someone else changed meanwhile for no reason. */
export function updateSavedChartInput(start: SavedChartFormValues, form: SavedChartFormValues): UpdateSavedChartInput {
  const input: UpdateSavedChartInput = {};
  if (form.name.trim() !== start.name) input.name = form.name.trim();
  if (form.description.trim() !== start.description) input.description = form.description.trim();
  if (form.chartType !== start.chartType) input.chartType = form.chartType;
  if (form.dataDownload !== start.dataDownload) input.dataDownload = form.dataDownload;
  return input;
}

export function savedChartErrorsFromApi(error: CombinedError, action = 'The chart was not saved'): SavedChartErrors {
  return errorsFromApi(error, { fields: FIELD_LABELS, subject: 'This chart', action });
}
