/**
 * The explorer's form: a draft of the question that becomes a TrendInput (and
 * so a URL) when it is submitted. Pure functions, tested in trend-form.test.ts.
 */
import { financialYearRange, isIsoDate } from '@complaints/domain';
import type { Dimension, Granularity, Taxonomy, TrendFilter, TrendInput, TrendMeasure } from '../../graphql/graphql';
import { FILTER_KEYS, type FilterKey } from './trend-params';

export type PeriodType = 'financialYear' | 'dates';

export interface TrendForm {
  measure: TrendMeasure;
  groupBy: Dimension | '';
  crossBy: Dimension | '';
  granularity: Granularity;
  periodType: PeriodType;
  financialYear: string;
  from: string;
  to: string;
  /** Show the same periods a year earlier beside each figure, with the change. */
  compareWithPreviousYear: boolean;
  /** Counted as recorded, or mapped to the divisions, service areas and issues in force at the end of the period. */
  taxonomy: Taxonomy;
  filter: Partial<Record<FilterKey, string[]>>;
}

/** Errors by the id of the control they are about. */
export type TrendFormErrors = Partial<Record<'from' | 'to' | 'crossBy', string>>;

export function formFromInput(input: TrendInput, defaultYear: string): TrendForm {
  const dates = Boolean(!input.financialYear && (input.from || input.to));
  const financialYear = input.financialYear ?? defaultYear;
  const range = financialYearRange(financialYear);
  const filter: TrendForm['filter'] = {};
  for (const key of FILTER_KEYS) {
    const codes = input.filter?.[key];
    if (codes && codes.length) filter[key] = [...codes];
  }
  return {
    measure: input.measure ?? 'CONTACTS',
    groupBy: input.groupBy ?? '',
    crossBy: input.crossBy ?? '',
    granularity: input.granularity ?? 'MONTH',
    periodType: dates ? 'dates' : 'financialYear',
    financialYear,
    from: input.from ?? range.from,
    to: input.to ?? range.to,
    compareWithPreviousYear: input.compareWith === 'PREVIOUS_YEAR',
    taxonomy: input.taxonomy ?? 'AS_RECORDED',
    filter,
  };
}

export function validateForm(form: TrendForm): TrendFormErrors {
  const errors: TrendFormErrors = {};
  if (form.periodType === 'dates') {
    if (form.from === '') errors.from = 'Enter the first date received';
    else if (!isIsoDate(form.from)) errors.from = 'The first date must be a real date';
    if (form.to === '') errors.to = 'Enter the last date received';
    else if (!isIsoDate(form.to)) errors.to = 'The last date must be a real date';
    if (!errors.from && !errors.to && form.from > form.to) errors.to = 'The last date must be the same as or after the first date';
  }
  if (form.crossBy && !form.groupBy) errors.crossBy = 'Choose what to split by first, or choose no second split';
  else if (form.crossBy && form.crossBy === form.groupBy) errors.crossBy = 'Choose a second split different from the first';
  return errors;
}

/** The question the form asks; only valid forms should be turned into one. */
export function inputFromForm(form: TrendForm): TrendInput {
  const input: TrendInput = {};
  if (form.periodType === 'financialYear') input.financialYear = form.financialYear;
  else {
    input.from = form.from;
    input.to = form.to;
  }
  input.granularity = form.granularity;
  if (form.groupBy) input.groupBy = form.groupBy;
  if (form.groupBy && form.crossBy) input.crossBy = form.crossBy;
  input.measure = form.measure;
  if (form.compareWithPreviousYear) input.compareWith = 'PREVIOUS_YEAR';
  // As recorded is the default: left out, so the URLs of earlier questions stay as they were.
  if (form.taxonomy === 'CURRENT') input.taxonomy = 'CURRENT';
  const filter: Record<string, string[]> = {};
  for (const key of FILTER_KEYS) {
    const codes = form.filter[key];
    if (codes && codes.length) filter[key] = codes;
  }
  if (Object.keys(filter).length) input.filter = filter as TrendFilter;
  return input;
}
