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
      taxonomy
      taxonomyDate
      taxonomySplits {
        dimension
        fromCode
        fromLabel
        toCode
        toLabel
        rule
        description
      }
      comparison {
        compareWith
        from
        to
      }
      previousTotal {
        ...TrendPreviousFields
      }
      periodTotals {
        period
        value
        count
        previous {
          ...TrendPreviousFields
        }
      }
      series {
        key
        label
        crossKey
        crossLabel
        total
        totalCount
        previousTotal {
          ...TrendPreviousFields
        }
        points {
          period
          value
          count
          previous {
            ...TrendPreviousFields
          }
        }
      }
    }
  }

  fragment TrendPreviousFields on TrendPrevious {
    period
    value
    count
    change
    percentChange
  }
`);

export type TrendResultData = TrendQuery['trend'];
export type TrendSeriesData = TrendResultData['series'][number];
export type TrendPointData = TrendSeriesData['points'][number];
/** A point or total a year earlier, with the change (when the question compares). */
export type TrendPreviousData = NonNullable<TrendPointData['previous']>;

/** Runs a trend question; paused while there is none (e.g. the default year is still loading). */
export function useTrendQuery(input: TrendInput | null) {
  return useQuery({ query: TrendDocument, variables: { input: input ?? {} }, pause: input === null });
}
