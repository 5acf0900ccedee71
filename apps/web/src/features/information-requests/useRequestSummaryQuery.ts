import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { RequestSummaryQuery } from '../../graphql/graphql';

const RequestSummaryDocument = graphql(`
  query RequestSummary($financialYear: String!) {
    informationRequestSummary(financialYear: $financialYear) {
      financialYear
      previousFinancialYear
      asOf
      kinds {
        kind
        received
        receivedPreviousYear
        changePercent
        fromPolice
        jointWithAnotherDirectorate
        completed
        completedWithinDeadline
        completedWithinDeadlinePercent
        stillOpen
        overdue
        withdrawn
      }
    }
  }
`);

export type RequestSummaryData = RequestSummaryQuery['informationRequestSummary'];
export type RequestKindSummary = RequestSummaryData['kinds'][number];

/** Sections 10 and 11 (tables 8 and 9) for a financial year: counts only, for every role that reads aggregates. */
export function useRequestSummaryQuery(financialYear: string) {
  return useQuery({ query: RequestSummaryDocument, variables: { financialYear } });
}
