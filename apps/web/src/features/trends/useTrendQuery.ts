import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { TrendInput, TrendQuery } from '../../graphql/graphql';

const TrendDocument = graphql(`
  query Trend($input: TrendInput!) {
    trend(input: $input) {
      measure
      granularity
      groupBy
      crossBy
      from
      to
      periods
      definition
      total
      totalCount
      countsContactsOncePerValue
      series {
        key
        label
        crossKey
        crossLabel
        total
        totalCount
        points {
          period
          value
          count
        }
      }
    }
  }
`);

export type TrendResultData = TrendQuery['trend'];
export type TrendSeriesData = TrendResultData['series'][number];

/** Runs a trend question; paused while there is none (e.g. the default year is still loading). */
export function useTrendQuery(input: TrendInput | null) {
  return useQuery({ query: TrendDocument, variables: { input: input ?? {} }, pause: input === null });
}
