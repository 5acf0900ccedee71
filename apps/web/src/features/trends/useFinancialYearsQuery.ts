import { currentFinancialYear, EARLIEST_FINANCIAL_YEAR_START, todayIso } from '@complaints/domain';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const FinancialYearsDocument = graphql(`
  query TrendFinancialYears($from: LocalDate!, $to: LocalDate!) {
    trend(input: { from: $from, to: $to, granularity: FINANCIAL_YEAR }) {
      periods
      series {
        points {
          period
          count
        }
      }
    }
  }
`);

export interface FinancialYears {
  /** Financial years with at least one contact, newest first (the current year when there are none). */
  years: string[];
  /** The newest of them: what the explorer shows first. */
  latest: string;
  /** Still asking the server. */
  fetching: boolean;
}

/**
 * The financial years that have contacts, from one trend question counted by
 * financial year. If the question fails, the explorer still works with the
 * current financial year.
 */
export function useFinancialYearsQuery(now: Date = new Date()): FinancialYears {
  const today = todayIso(now);
  const [result] = useQuery({ query: FinancialYearsDocument, variables: { from: `${EARLIEST_FINANCIAL_YEAR_START}-04-01`, to: today } });
  const current = currentFinancialYear(now);

  return useMemo(() => {
    const points = result.data?.trend.series[0]?.points ?? [];
    const withData = points.filter((point) => point.count > 0).map((point) => point.period);
    const years = withData.length ? [...withData].reverse() : [current];
    return { years, latest: years[0]!, fetching: result.fetching && !result.data };
  }, [result.data, result.fetching, current]);
}
