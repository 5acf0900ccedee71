import { useMutation } from 'urql';
import { graphql } from '../../graphql';

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
      ...LearningActionFields
    }
  }
`);

const CloseLearningActionDocument = graphql(`
  mutation CloseLearningAction($id: ID!, $expectedVersion: Int!) {
    closeLearningAction(id: $id, expectedVersion: $expectedVersion) {
      ...LearningActionFields
    }
  }
`);

const ReopenLearningActionDocument = graphql(`
  mutation ReopenLearningAction($id: ID!, $expectedVersion: Int!) {
    reopenLearningAction(id: $id, expectedVersion: $expectedVersion) {
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
