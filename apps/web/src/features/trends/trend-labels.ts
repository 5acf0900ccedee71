/**
 * Words for the trend API's codes, from @complaints/domain (where the API's
 * enums come from too). Each map is typed by a generated enum type, so when the
 * schema gains a value without a label (and a place in the explorer) the typecheck fails here.
 */
import {
  COMPLAINANT_TYPES as COMPLAINANT_TYPE_LABELS,
  DIMENSIONS as DIMENSION_LABELS,
  GRANULARITIES as GRANULARITY_LABELS,
  OUTCOMES as OUTCOME_LABELS,
  RECORD_TYPE_GROUPS as RECORD_TYPE_GROUP_LABELS,
  STAGES as STAGE_LABELS,
  TREND_MEASURES,
  type MeasureUnit,
} from '@complaints/domain';
import type {
  ComplainantType,
  Dimension,
  Granularity,
  Outcome,
  RecordTypeGroup,
  Stage,
  TrendMeasure,
} from '../../graphql/graphql';

export { codesOf, type MeasureUnit } from '@complaints/domain';

export const MEASURES: Readonly<Record<TrendMeasure, { label: string; unit: MeasureUnit }>> = TREND_MEASURES;
export const DIMENSIONS: Readonly<Record<Dimension, string>> = DIMENSION_LABELS;
export const GRANULARITIES: Readonly<Record<Granularity, string>> = GRANULARITY_LABELS;
export const RECORD_TYPE_GROUPS: Readonly<Record<RecordTypeGroup, string>> = RECORD_TYPE_GROUP_LABELS;
export const OUTCOMES: Readonly<Record<Outcome, string>> = OUTCOME_LABELS;
export const STAGES: Readonly<Record<Stage, string>> = STAGE_LABELS;
export const COMPLAINANT_TYPES: Readonly<Record<ComplainantType, string>> = COMPLAINANT_TYPE_LABELS;
