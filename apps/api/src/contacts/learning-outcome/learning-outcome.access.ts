/**
 * Learning at closure's rows for the role-by-operation access test: the answer
 * is part of the case record (officers and the case's service manager read it;
 * analysts and administrators never reach a contact), and officers record it,
 * as they record the response.
 */
import type { AccessOperation } from '../../test-support/access-operation';
import { answeredComplaint } from '../../test-support/access-operation-fixtures';

export const LEARNING_OUTCOME_OPERATIONS: AccessOperation[] = [
  {
    name: 'recordLearningOutcome',
    document: `mutation($id: ID!) { recordLearningOutcome(contactId: $id, input: { kind: NONE, note: "Access matrix" }) {
      id learningOutcome { kind note } } }`,
    variables: async ({ dataSource }) => ({ id: await answeredComplaint(dataSource) }),
  },
  {
    name: 'contact learningOutcome',
    document: 'query($id: ID!) { contact(id: $id) { learningOutcomeAsked learningOutcome { kind learningAction { id } } } }',
    variables: async ({ dataSource }) => ({ id: await answeredComplaint(dataSource) }),
  },
];
