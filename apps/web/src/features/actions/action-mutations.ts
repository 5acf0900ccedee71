import { useMutation } from 'urql';
import { graphql } from '../../graphql';

/** Not saved: someone saved the action after the version sent. `current` is theirs, with its history. */
export const VersionConflictFields = graphql(`
  fragment VersionConflictFields on VersionConflict {
    expectedVersion
    current {
      ...LearningActionFields
    }
    changes {
      field
      theirValue
      yourValue
    }
  }
`);

const CreateLearningActionDocument = graphql(`
  mutation CreateLearningAction($input: CreateLearningActionInput!) {
    createLearningAction(input: $input) {
      ...LearningActionFields
    }
  }
`);

const UpdateLearningActionDocument = graphql(`
  mutation UpdateLearningAction($id: ID!, $expectedVersion: Int!, $input: UpdateLearningActionInput!) {
    updateLearningAction(id: $id, expectedVersion: $expectedVersion, input: $input) {
      __typename
      ... on LearningAction {
        ...LearningActionFields
      }
      ... on VersionConflict {
        ...VersionConflictFields
      }
    }
  }
`);

const CloseLearningActionDocument = graphql(`
  mutation CloseLearningAction($id: ID!, $expectedVersion: Int!, $closingNote: String!) {
    closeLearningAction(id: $id, expectedVersion: $expectedVersion, closingNote: $closingNote) {
      __typename
      ... on LearningAction {
        ...LearningActionFields
      }
      ... on VersionConflict {
        ...VersionConflictFields
      }
    }
  }
`);

const ReopenLearningActionDocument = graphql(`
  mutation ReopenLearningAction($id: ID!, $expectedVersion: Int!) {
    reopenLearningAction(id: $id, expectedVersion: $expectedVersion) {
      __typename
      ... on LearningAction {
        ...LearningActionFields
      }
      ... on VersionConflict {
        ...VersionConflictFields
      }
    }
  }
`);

// Entries are only added, so no version is sent; the answer is the action with its log.
const AddLearningActionProgressDocument = graphql(`
  mutation AddLearningActionProgress($id: ID!, $text: String!) {
    addLearningActionProgress(id: $id, text: $text) {
      ...LearningActionFields
    }
  }
`);

export function useCreateLearningAction() {
  return useMutation(CreateLearningActionDocument);
}

export function useUpdateLearningAction() {
  return useMutation(UpdateLearningActionDocument);
}

export function useCloseLearningAction() {
  return useMutation(CloseLearningActionDocument);
}

export function useReopenLearningAction() {
  return useMutation(ReopenLearningActionDocument);
}

export function useAddLearningActionProgress() {
  return useMutation(AddLearningActionProgressDocument);
}
