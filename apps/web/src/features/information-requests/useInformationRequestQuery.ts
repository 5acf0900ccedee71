import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { InformationRequestFieldsFragment } from '../../graphql/graphql';

/** Everything a request's page shows, with the steps the signed-in person may record now. Every step answers with it too. */
export const InformationRequestFieldsFragmentDoc = graphql(`
  fragment InformationRequestFields on InformationRequest {
    id
    reference
    kind
    status
    requesterType
    requesterName
    serviceArea {
      code
      name
    }
    receivedDate
    dueDate
    acknowledgedDate
    completedDate
    withdrawnDate
    extended
    extensionReason
    clockPausedOn
    clockPauseReason
    jointWithDirectorate
    summary
    completedWithinDeadline
    workingDaysOverdue
    workingDaysRemaining
    clockPauseOptions {
      reason
      effect
    }
    viewerCan {
      acknowledge
      extend
      pause
      resume
      respond
      withdraw
    }
    history {
      kind
      date
      reason
      note
      dueDate
      recordedBy
    }
  }
`);

const InformationRequestDocument = graphql(`
  query InformationRequest($reference: String!) {
    informationRequestByReference(reference: $reference) {
      ...InformationRequestFields
    }
  }
`);

export type RequestData = InformationRequestFieldsFragment;
export type RequestHistoryEntry = RequestData['history'][number];

/** One request by its reference as the web address writes it; null when there is none the signed-in user may see. */
export function useInformationRequestQuery(reference: string) {
  return useQuery({ query: InformationRequestDocument, variables: { reference } });
}
