import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CaseComplaintCodeQuery } from '../../graphql/graphql';

const CaseComplaintCodeDocument = graphql(`
  query CaseComplaintCode($id: ID!) {
    contact(id: $id) {
      id
      reference
      receivedDate
      responseSentDate
      # Asked for here too so that, refetched after a step, the case page's own next due date follows.
      nextDueDate
      regime
      regimeDecided
      regimeReason
      regimeOverrideReason
      codeStages {
        id
        stage
        handlerUserId
        handlerName
        startDate
        acknowledgementDueDate
        acknowledgementSentDate
        originalResponseDueDate
        responseDueDate
        responseSentDate
        respondedInTime
        outcome
        extensionWorkingDays
        extensionReason
        extensionToldDate
      }
      refusals {
        id
        subject
        reason
        evidence
        refusedDate
        ombudsmanSignpostedDate
      }
      reasonableAdjustments {
        id
        adjustment
        agreedDate
        reviewDate
        lastReviewedDate
        endedDate
        reviewDue
      }
      responsePoints {
        id
        stage
        point
        addressed
      }
      remedies {
        id
        stage
        type
        description
        owner
        offeredDate
        dueDate
        completedDate
        completionEvidence
      }
      # Children Act escalations: Stage 2's statement of complaint may start its clock (recordAgreedStatement).
      escalations {
        id
        stage
        requestedDate
        responseDueDate
        agreedStatementDate
        responseSentDate
        outcome
        extended
      }
      fromServiceRequest {
        id
        receivedDate
        summary
        reviewedDate
        reviewNote
        convertedDate
      }
    }
  }
`);

export type CaseComplaintCode = NonNullable<CaseComplaintCodeQuery['contact']>;

export function useCaseComplaintCode(id: string) {
  return useQuery({ query: CaseComplaintCodeDocument, variables: { id } });
}

const OverrideRegimeDocument = graphql(`
  mutation OverrideContactRegime($contactId: ID!, $regime: ComplaintRegime!, $reason: String!) {
    overrideContactRegime(contactId: $contactId, regime: $regime, reason: $reason) {
      id
      regime
      regimeOverrideReason
    }
  }
`);
const RefuseComplaintDocument = graphql(`
  mutation RefuseComplaint($input: RefuseComplaintInput!) {
    refuseComplaint(input: $input) {
      id
    }
  }
`);
const ExtendCodeStageDocument = graphql(`
  mutation ExtendCodeStage($input: ExtendCodeStageInput!) {
    extendCodeStage(input: $input) {
      id
      responseDueDate
    }
  }
`);
const EscalateCodeComplaintDocument = graphql(`
  mutation EscalateCodeComplaint($contactId: ID!, $requestedDate: LocalDate!, $handlerUserId: ID!) {
    escalateCodeComplaint(contactId: $contactId, requestedDate: $requestedDate, handlerUserId: $handlerUserId) {
      id
    }
  }
`);
const SetCodeStageHandlerDocument = graphql(`
  mutation SetCodeStageHandler($contactId: ID!, $stage: CodeStage!, $handlerUserId: ID!) {
    setCodeStageHandler(contactId: $contactId, stage: $stage, handlerUserId: $handlerUserId) {
      id
      handlerUserId
      handlerName
    }
  }
`);
const AddAdjustmentDocument = graphql(`
  mutation AddReasonableAdjustment($input: AddReasonableAdjustmentInput!) {
    addReasonableAdjustment(input: $input) {
      id
    }
  }
`);
const ReviewAdjustmentDocument = graphql(`
  mutation ReviewReasonableAdjustment($id: ID!, $reviewedDate: LocalDate!, $nextReviewDate: LocalDate, $ended: Boolean!) {
    reviewReasonableAdjustment(id: $id, reviewedDate: $reviewedDate, nextReviewDate: $nextReviewDate, ended: $ended) {
      id
      reviewDate
      lastReviewedDate
      endedDate
      reviewDue
    }
  }
`);
const SetResponsePointsDocument = graphql(`
  mutation SetResponsePoints($contactId: ID!, $stage: CodeStage!, $points: [ResponsePointInput!]!) {
    setResponsePoints(contactId: $contactId, stage: $stage, points: $points) {
      id
    }
  }
`);
const AddRemedyDocument = graphql(`
  mutation AddRemedy($input: AddRemedyInput!) {
    addRemedy(input: $input) {
      id
    }
  }
`);
const CompleteRemedyDocument = graphql(`
  mutation CompleteRemedy($id: ID!, $completedDate: LocalDate!, $evidence: String!) {
    completeRemedy(id: $id, completedDate: $completedDate, evidence: $evidence) {
      id
      completedDate
      completionEvidence
    }
  }
`);

const RecordAgreedStatementDocument = graphql(`
  mutation RecordAgreedStatement($escalationId: ID!, $agreedDate: LocalDate!) {
    recordAgreedStatement(escalationId: $escalationId, agreedDate: $agreedDate) {
      id
      agreedStatementDate
      responseDueDate
    }
  }
`);

export const useOverrideRegime = () => useMutation(OverrideRegimeDocument);
export const useRefuseComplaint = () => useMutation(RefuseComplaintDocument);
export const useExtendCodeStage = () => useMutation(ExtendCodeStageDocument);
export const useEscalateCodeComplaint = () => useMutation(EscalateCodeComplaintDocument);
export const useSetCodeStageHandler = () => useMutation(SetCodeStageHandlerDocument);
export const useAddAdjustment = () => useMutation(AddAdjustmentDocument);
export const useReviewAdjustment = () => useMutation(ReviewAdjustmentDocument);
export const useSetResponsePoints = () => useMutation(SetResponsePointsDocument);
export const useAddRemedy = () => useMutation(AddRemedyDocument);
export const useCompleteRemedy = () => useMutation(CompleteRemedyDocument);
export const useRecordAgreedStatement = () => useMutation(RecordAgreedStatementDocument);
