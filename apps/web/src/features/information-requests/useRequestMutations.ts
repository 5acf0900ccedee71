import { useMutation } from 'urql';
import { graphql } from '../../graphql';

// Each answers with the whole request, so the normalized cache updates its page at once;
// app/graphql-client.ts drops the register, queue and summary, which may count it differently now.

const RecordInformationRequestDocument = graphql(`
  mutation RecordInformationRequest($input: RecordInformationRequestInput!) {
    recordInformationRequest(input: $input) {
      ...InformationRequestFields
    }
  }
`);

const AcknowledgeInformationRequestDocument = graphql(`
  mutation AcknowledgeInformationRequest($id: ID!, $date: LocalDate!) {
    acknowledgeInformationRequest(id: $id, acknowledgedDate: $date) {
      ...InformationRequestFields
    }
  }
`);

const ExtendInformationRequestDocument = graphql(`
  mutation ExtendInformationRequest($id: ID!, $reason: String!) {
    extendInformationRequest(id: $id, reason: $reason) {
      ...InformationRequestFields
    }
  }
`);

const PauseInformationRequestDocument = graphql(`
  mutation PauseInformationRequest($id: ID!, $reason: ClockPauseReason!, $date: LocalDate!) {
    pauseInformationRequest(id: $id, reason: $reason, pausedOn: $date) {
      ...InformationRequestFields
    }
  }
`);

const ResumeInformationRequestDocument = graphql(`
  mutation ResumeInformationRequest($id: ID!, $date: LocalDate!) {
    resumeInformationRequest(id: $id, resumedOn: $date) {
      ...InformationRequestFields
    }
  }
`);

const CompleteInformationRequestDocument = graphql(`
  mutation CompleteInformationRequest($id: ID!, $date: LocalDate!) {
    completeInformationRequest(id: $id, completedDate: $date) {
      ...InformationRequestFields
    }
  }
`);

const WithdrawInformationRequestDocument = graphql(`
  mutation WithdrawInformationRequest($id: ID!, $date: LocalDate!, $reason: String) {
    withdrawInformationRequest(id: $id, withdrawnDate: $date, reason: $reason) {
      ...InformationRequestFields
    }
  }
`);

export function useRecordInformationRequest() {
  return useMutation(RecordInformationRequestDocument);
}

/** The steps on a recorded request, and whether one is being saved. */
export function useRequestSteps() {
  const [acknowledging, acknowledge] = useMutation(AcknowledgeInformationRequestDocument);
  const [extending, extend] = useMutation(ExtendInformationRequestDocument);
  const [pausing, pause] = useMutation(PauseInformationRequestDocument);
  const [resuming, resume] = useMutation(ResumeInformationRequestDocument);
  const [completing, respond] = useMutation(CompleteInformationRequestDocument);
  const [withdrawing, withdraw] = useMutation(WithdrawInformationRequestDocument);
  const fetching = [acknowledging, extending, pausing, resuming, completing, withdrawing].some((state) => state.fetching);
  return { acknowledge, extend, pause, resume, respond, withdraw, fetching };
}
