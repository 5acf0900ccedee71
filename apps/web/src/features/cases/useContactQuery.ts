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
    status
    nextDueDate
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
    assignableStages
    assignments {
      stage
      role
      officer {
        id
        name
        roleName
      }
    }
    complainant {
      givenName
      familyName
      email
      phone
      address
      relationshipToChild
      preferredContactMethod
      reasonableAdjustments
    }
  }
`);

// An address holds a reference (/cases/CS-2009-0123); one written before references were used
// holds the contact's number (/cases/751), which is looked up too so the page can move to the reference.
const CaseContactDocument = graphql(`
  query CaseContact($reference: String!, $id: ID!, $numeric: Boolean!) {
    contactByReference(reference: $reference) {
      ...CaseContactFields
    }
    contact(id: $id) @include(if: $numeric) {
      id
      reference
    }
  }
`);

export type CaseContact = CaseContactFieldsFragment;
export type CaseEscalation = CaseContact['escalations'][number];
export type CaseTimelineEvent = CaseContact['timeline'][number];
export type CaseComplainant = NonNullable<CaseContact['complainant']>;
export type CaseAssignment = CaseContact['assignments'][number];

/** An old address's contact number, e.g. '751' in /cases/751. */
export function isContactNumber(param: string): boolean {
  return /^\d{1,15}$/.test(param);
}

/**
 * The contact at an address: `data.contactByReference`, null when there is none
 * the signed-in user may see; for a number, `data.contact` is the contact it
 * numbers (to move to its reference's address).
 */
export function useContactQuery(param: string) {
  const numeric = isContactNumber(param);
  return useQuery({ query: CaseContactDocument, variables: { reference: param, id: numeric ? param : '0', numeric } });
}
