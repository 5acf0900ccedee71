import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { AnnualReportQuery } from '../../graphql/graphql';

// One shape for every table; the generated AnnualReport document carries this fragment with it.
graphql(`
  fragment AnnualReportTable on ReportTable {
    id
    title
    columns
    rows {
      label
      values
    }
    notes
  }
`);

const AnnualReportDocument = graphql(`
  query AnnualReport($financialYear: String!) {
    annualReport(financialYear: $financialYear) {
      financialYear
      previousFinancialYear
      from
      to
      tables {
        ...AnnualReportTable
      }
      outcomes {
        ...AnnualReportTable
      }
      progression {
        ...AnnualReportTable
      }
      feedback {
        ...AnnualReportTable
      }
      compliments {
        ...AnnualReportTable
      }
      divisions {
        ...AnnualReportTable
      }
      lostInformation {
        ...AnnualReportTable
      }
      learningActions {
        id
        issueIdentified
        count
        actionNeeded
        byWhom
        status
        dueDate
        furtherAction
      }
      learningCaptured {
        summary
      }
    }
  }
`);

export type AnnualReportData = AnnualReportQuery['annualReport'];
export type ReportTableData = AnnualReportData['tables'][number];
export type LearningActionData = AnnualReportData['learningActions'][number];

/** The generated annual report for a financial year; paused until there is a year to ask for. */
export function useAnnualReportQuery(financialYear: string | null) {
  return useQuery({
    query: AnnualReportDocument,
    variables: { financialYear: financialYear ?? '' },
    pause: financialYear === null,
  });
}
