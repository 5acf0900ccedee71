/** The member's trend page's GraphQL documents: every figure comes through disclosedTrend (the only trend a MEMBER may ask for). */
import { EARLIEST_FINANCIAL_YEAR_START } from '@complaints/domain';
import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { TrendInput } from '../../graphql/graphql';

const MemberDisclosedTrendDocument = graphql(`
  query MemberDisclosedTrend($input: TrendInput!) {
    disclosedTrend(input: $input) {
      rule
      note
      definition
      periods
      series {
        label
        cells
        total
      }
      periodTotals
      total
    }
  }
`);

export function useMemberDisclosedTrend(input: TrendInput) {
  return useQuery({ query: MemberDisclosedTrendDocument, variables: { input } });
}

// One count per financial year since the earliest a trend may ask about: which years have anything to show.
const MemberTrendYearsDocument = graphql(`
  query MemberTrendYears($from: LocalDate!, $to: LocalDate!) {
    disclosedTrend(input: { from: $from, to: $to, granularity: FINANCIAL_YEAR }) {
      periods
      periodTotals
    }
  }
`);

export function useMemberTrendYears(today: string) {
  return useQuery({ query: MemberTrendYearsDocument, variables: { from: `${EARLIEST_FINANCIAL_YEAR_START}-04-01`, to: today } });
}
