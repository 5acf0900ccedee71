import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { CaseContactFieldsFragment } from '../../graphql/graphql';

/** Everything the contact page shows, with the steps the signed-in person may record now. */
export const CaseContactFieldsFragmentDoc = graphql(`
  fragment CaseContactFields on Contact {
    id
    reference
    receivedDate
    recordType {
      code
      name
      group
    }
    channel {
      code
      name
    }
    complainantType
    stage
    outcome
    summary
    acknowledgementDueDate
    acknowledgementSentDate
    responseDueDate
    responseSentDate
    extended
    extendedDate
    withdrawnDate
    workingDaysToResponse
    serviceAreas {
      code
      name
    }
    issues {
      code
      name
    }
    escalations {
      id
      stage
      requestedDate
      responseDueDate
      panelDueDate
      panelHeldDate
      responseSentDate
      outcome
      extended
    }
    viewerCan {
      acknowledge
      respond
      extend
      escalateToStage2
      escalateToStage3
      recordPanelHeld
      recordEscalationResponse
      withdraw
    }
    timeline {
      kind
      date
      stage
      outcome
      dueDate
      description
    }
  }
`);

const CaseContactDocument = graphql(`
  query CaseContact($id: ID!) {
    contact(id: $id) {
      ...CaseContactFields
    }
  }
`);

export type CaseContact = CaseContactFieldsFragment;
export type CaseEscalation = CaseContact['escalations'][number];
export type CaseTimelineEvent = CaseContact['timeline'][number];

/** One contact; `data.contact` is null when there is none the signed-in user may see. */
export function useContactQuery(id: string) {
  return useQuery({ query: CaseContactDocument, variables: { id } });
}
