import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { LearningOutcomeFieldsFragment } from '../../graphql/graphql';

/** What the contact page's "What was learned" panel shows of a contact. */
export const LearningOutcomeFields = graphql(`
  fragment LearningOutcomeFields on Contact {
    id
    learningOutcomeAsked
    learningOutcome {
      kind
      note
      recordedByName
      recordedAt
      learningAction {
        id
        issueIdentified
        byWhom
        financialYear
        status
      }
    }
  }
`);

const ContactLearningOutcomeDocument = graphql(`
  query ContactLearningOutcome($id: ID!) {
    contact(id: $id) {
      ...LearningOutcomeFields
    }
  }
`);

// The actions a complaint can add to: those still being worked on.
const OpenLearningActionsDocument = graphql(`
  query OpenLearningActions {
    learningActions(filter: { statuses: [OPEN, ONGOING] }) {
      id
      issueIdentified
      financialYear
      byWhom
    }
  }
`);

// Answers with the contact's panel fields, so the cache updates the panel in place.
const RecordLearningOutcomeDocument = graphql(`
  mutation RecordLearningOutcome($contactId: ID!, $input: LearningOutcomeInput!) {
    recordLearningOutcome(contactId: $contactId, input: $input) {
      ...LearningOutcomeFields
    }
  }
`);

export type ContactLearning = LearningOutcomeFieldsFragment;
export type RecordedOutcome = NonNullable<ContactLearning['learningOutcome']>;

/** The contact's answer; paused (nothing asked) for contacts that are not answered complaints. */
export function useContactLearningOutcome(contactId: string, pause: boolean) {
  return useQuery({ query: ContactLearningOutcomeDocument, variables: { id: contactId }, pause });
}

export function useOpenLearningActions(pause: boolean) {
  return useQuery({ query: OpenLearningActionsDocument, pause });
}

export function useRecordLearningOutcome() {
  return useMutation(RecordLearningOutcomeDocument);
}
