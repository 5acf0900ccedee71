/** The Code report's, self-assessment's and Ombudsman figures' GraphQL documents, one hook each. */
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';

const ComplaintCodeReportDocument = graphql(`
  query ComplaintCodeReport($financialYear: String!) {
    complaintCodeReport(financialYear: $financialYear) {
      financialYear
      from
      to
      disclosureRule
      disclosureNote
      provisionsSource
      selfAssessment {
        id
        version
        status
        approvedBy
        approvedOn
      }
      nonCompliance {
        entryId
        complies
        flagged
        flagReason
        provision {
          code
          title
        }
        actions {
          id
          description
          owner
          dueDate
        }
      }
      tables {
        id
        section
        title
        columns
        rows {
          label
          cells
        }
        notes
      }
      statutoryTables {
        id
        title
        columns
        rows {
          label
          cells
        }
        notes
      }
      ombudsmanLetter {
        financialYear
        complaintsReceived
        decisionsMade
        detailedInvestigations
        upheld
        satisfactoryRemedyBeforeOmbudsman
        compliancePercent
        text
      }
      governanceResponse {
        financialYear
        body
        consideredOn
        response
      }
    }
  }
`);

export function useComplaintCodeReportQuery(financialYear: string) {
  return useQuery({ query: ComplaintCodeReportDocument, variables: { financialYear } });
}

const SelfAssessmentsDocument = graphql(`
  query SelfAssessments {
    selfAssessments {
      id
      version
      status
      financialYear
      reason
      approvedBy
      approvedOn
      provisionsSource
      rows {
        entryId
        complies
        evidence
        commentary
        measuredEvidence
        flagged
        flagReason
        provision {
          code
          section
          title
          requirement
        }
        actions {
          id
          description
          owner
          dueDate
          completedOn
        }
      }
    }
  }
`);

export function useSelfAssessmentsQuery() {
  return useQuery({ query: SelfAssessmentsDocument });
}

const CreateSelfAssessmentDocument = graphql(`
  mutation CreateSelfAssessment($input: CreateSelfAssessmentInput!) {
    createSelfAssessment(input: $input) {
      id
      version
    }
  }
`);
export const useCreateSelfAssessment = () => useMutation(CreateSelfAssessmentDocument);

const UpdateSelfAssessmentEntryDocument = graphql(`
  mutation UpdateSelfAssessmentEntry($input: SelfAssessmentEntryInput!) {
    updateSelfAssessmentEntry(input: $input) {
      id
      complies
      evidence
      commentary
    }
  }
`);
export const useUpdateSelfAssessmentEntry = () => useMutation(UpdateSelfAssessmentEntryDocument);

const AddSelfAssessmentActionDocument = graphql(`
  mutation AddSelfAssessmentAction($input: SelfAssessmentActionInput!) {
    addSelfAssessmentAction(input: $input) {
      id
    }
  }
`);
export const useAddSelfAssessmentAction = () => useMutation(AddSelfAssessmentActionDocument);

const ApproveSelfAssessmentDocument = graphql(`
  mutation ApproveSelfAssessment($input: ApproveSelfAssessmentInput!) {
    approveSelfAssessment(input: $input) {
      id
      status
      approvedBy
      approvedOn
    }
  }
`);
export const useApproveSelfAssessment = () => useMutation(ApproveSelfAssessmentDocument);

const SaveGovernanceResponseDocument = graphql(`
  mutation SaveGovernanceResponse($input: GovernanceResponseInput!) {
    saveGovernanceResponse(input: $input) {
      financialYear
    }
  }
`);
export const useSaveGovernanceResponse = () => useMutation(SaveGovernanceResponseDocument);

const OmbudsmanBenchmarkDocument = graphql(`
  query OmbudsmanBenchmark($financialYear: String) {
    ombudsmanBenchmark(financialYear: $financialYear) {
      financialYear
      selfCouncil
      comparatorUpheldPercent
      councils
      years
      includesInventedSample
      note
      rows {
        id
        councilName
        financialYear
        complaintsReceived
        decided
        upheld
        upheldPercent
        compliancePercent
        satisfactoryRemedy
        invented
      }
    }
  }
`);

export function useOmbudsmanBenchmarkQuery(financialYear: string | null) {
  return useQuery({ query: OmbudsmanBenchmarkDocument, variables: { financialYear } });
}

const SetOmbudsmanComparatorsDocument = graphql(`
  mutation SetOmbudsmanComparators($selfCouncil: String!, $comparators: [String!]!) {
    setOmbudsmanComparators(selfCouncil: $selfCouncil, comparators: $comparators) {
      financialYear
    }
  }
`);
export const useSetOmbudsmanComparators = () => useMutation(SetOmbudsmanComparatorsDocument);

const SaveOmbudsmanLetterDocument = graphql(`
  mutation SaveOmbudsmanLetter($input: OmbudsmanLetterInput!) {
    saveOmbudsmanLetter(input: $input) {
      financialYear
    }
  }
`);
export const useSaveOmbudsmanLetter = () => useMutation(SaveOmbudsmanLetterDocument);

/** The field a BAD_USER_INPUT error names, and its message, for showing beside the field. */
export function fieldErrors(error: { graphQLErrors: ReadonlyArray<{ message: string; extensions: Record<string, unknown> }> } | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of error?.graphQLErrors ?? []) {
    const problems = (e.extensions.problems as Array<{ field: string; message: string }> | undefined) ?? [];
    for (const p of problems) out[p.field] = p.message;
    if (!problems.length) out._ = e.message;
  }
  return out;
}

/** This financial year and the two before, newest first ('2026/27', …). */
export function recentFinancialYears(today: string, count = 3): [string, ...string[]] {
  const year = Number(today.slice(0, 4));
  const start = Number(today.slice(5, 7)) >= 4 ? year : year - 1;
  const years = Array.from({ length: Math.max(1, count) }, (_, i) => `${start - i}/${String((start - i + 1) % 100).padStart(2, '0')}`);
  return years as [string, ...string[]];
}
