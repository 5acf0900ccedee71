import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { financialYearOf } from './trend-format';

const FinancialYearsDocument = graphql(`
  query TrendFinancialYears($to: LocalDate!) {
    trend(input: { from: "1990-04-01", to: $to, granularity: FINANCIAL_YEAR }) {
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

function isoToday(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

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
  const today = isoToday(now);
  const [result] = useQuery({ query: FinancialYearsDocument, variables: { to: today } });
  const current = financialYearOf(now);

  return useMemo(() => {
    const points = result.data?.trend.series[0]?.points ?? [];
    const withData = points.filter((point) => point.count > 0).map((point) => point.period);
    const years = withData.length ? [...withData].reverse() : [current];
    return { years, latest: years[0]!, fetching: result.fetching && !result.data };
  }, [result.data, result.fetching, current]);
}
