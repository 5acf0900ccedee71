/** The GraphQL vocabulary of trends is the domain's: the same codes, and input types the shared parser fills. */
import {
  COMPLAINANT_TYPES,
  DIMENSIONS,
  GRANULARITIES,
  OUTCOMES,
  RECORD_TYPE_GROUPS,
  ROLES,
  STAGES,
  TREND_COMPARISONS,
  TREND_MEASURES,
  type TrendFilterParams,
  type TrendParams,
} from '@complaints/domain';
import { Role } from '../auth/role';
import { ComplainantType, Outcome, RecordTypeGroup, Stage } from '../reference/reference.enums';
import { Dimension, Granularity, TrendComparison, TrendMeasure } from './trend.enums';
import type { TrendFilter, TrendInput } from './trend.inputs';

// Fails the typecheck when the GraphQL inputs and the shared parser's types part ways.
const inputFromParams = (params: TrendParams): TrendInput => params;
const paramsFromInput = (input: TrendInput): TrendParams => input;
const filterBothWays = (filter: TrendFilter): TrendFilterParams => filter;
void [inputFromParams, paramsFromInput, filterBothWays];

describe('GraphQL enums come from @complaints/domain', () => {
  it.each([
    ['Dimension', Dimension, DIMENSIONS],
    ['Granularity', Granularity, GRANULARITIES],
    ['TrendMeasure', TrendMeasure, TREND_MEASURES],
    ['TrendComparison', TrendComparison, TREND_COMPARISONS],
    ['Outcome', Outcome, OUTCOMES],
    ['Stage', Stage, STAGES],
    ['ComplainantType', ComplainantType, COMPLAINANT_TYPES],
    ['RecordTypeGroup', RecordTypeGroup, RECORD_TYPE_GROUPS],
    ['Role', Role, ROLES],
  ])('%s has exactly the domain codes, in order', (_name, graphqlEnum, domain) => {
    expect(Object.values(graphqlEnum)).toEqual(Object.keys(domain));
  });
});
