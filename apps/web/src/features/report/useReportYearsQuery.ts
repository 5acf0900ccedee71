import { currentFinancialYear, EARLIEST_FINANCIAL_YEAR_START, financialYearRange } from '@complaints/domain';
import { useMemo } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import { yearsWithContacts } from './report-params';

const ReportFinancialYearsDocument = graphql(`
  query ReportFinancialYears($from: LocalDate!, $to: LocalDate!) {
    trend(input: { from: $from, to: $to, granularity: FINANCIAL_YEAR }) {
      series {
        points {
          period
          count
        }
      }
    }
  }
`);

export interface ReportYears {
  /** Financial years with at least one contact, newest first (empty when there are none or the question failed). */
  years: string[];
  /** The year to show when the address names none: the newest with contacts, else the current financial year. */
  latest: string;
  /** Still asking the server. */
  fetching: boolean;
}

/**
 * The financial years that have contacts, from one trend question counted by
 * financial year (up to the end of the current one). If it fails, the page
 * still works: it offers the current financial year and any year in the address.
 */
export function useReportYearsQuery(now: Date = new Date()): ReportYears {
  const current = currentFinancialYear(now);
  const [result] = useQuery({
    query: ReportFinancialYearsDocument,
    variables: { from: `${EARLIEST_FINANCIAL_YEAR_START}-04-01`, to: financialYearRange(current).to },
  });
  return useMemo(() => {
    const years = yearsWithContacts(result.data?.trend.series[0]?.points ?? []);
    return { years, latest: years[0] ?? current, fetching: result.fetching && !result.data };
  }, [result.data, result.fetching, current]);
}
