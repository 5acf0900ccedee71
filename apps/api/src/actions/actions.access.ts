/**
 * The learning-action tracker's rows for the role-by-operation access test.
 * Each change works on a fresh action in Social Care (the test's service
 * manager's area), so an allowed role's try succeeds. The inline fragments
 * also fit a result union (e.g. with a version conflict).
 */
import type { AccessOperation } from '../test-support/access-operation';
import { learningAction } from '../test-support/access-operation-fixtures';

export const ACTIONS_OPERATIONS: AccessOperation[] = [
  { name: 'learningActions', document: '{ learningActions { id byWhom overdue history { field } } }' },
  // The tracker's progress log and closing notes: read with the tracker (staff names, no case details).
  { name: 'learningActions progress', document: '{ learningActions { id closingNote linkedComplaints progress { kind authorName at text } } }' },
  {
    name: 'learningAction',
    document: 'query($id: ID!) { learningAction(id: $id) { id serviceArea { code } } }',
    variables: async ({ dataSource }) => ({ id: (await learningAction(dataSource)).id }),
  },
  {
    name: 'createLearningAction',
    document: `mutation { createLearningAction(input: { issueIdentified: "Access matrix", serviceArea: "SOCIAL_CARE",
      actionNeeded: "Check who may record actions", byWhom: "Service Manager" }) { id } }`,
  },
  {
    name: 'updateLearningAction',
    document: `mutation($id: ID!, $v: Int!) { updateLearningAction(id: $id, expectedVersion: $v, input: { byWhom: "Someone" }) {
      __typename ... on LearningAction { id } } }`,
    variables: async ({ dataSource }) => {
      const { id, version } = await learningAction(dataSource);
      return { id, v: version };
    },
  },
  {
    name: 'closeLearningAction',
    document: `mutation($id: ID!, $v: Int!) { closeLearningAction(id: $id, expectedVersion: $v, closingNote: "Checked by the access matrix") {
      __typename ... on LearningAction { id closingNote } } }`,
    variables: async ({ dataSource }) => {
      const { id, version } = await learningAction(dataSource);
      return { id, v: version };
    },
  },
  {
    name: 'addLearningActionProgress',
    document: 'mutation($id: ID!) { addLearningActionProgress(id: $id, text: "Checked by the access matrix") { id progress { text } } }',
    variables: async ({ dataSource }) => ({ id: (await learningAction(dataSource)).id }),
  },
  {
    name: 'reopenLearningAction',
    document: 'mutation($id: ID!, $v: Int!) { reopenLearningAction(id: $id, expectedVersion: $v) { __typename ... on LearningAction { id } } }',
    variables: async ({ dataSource }) => {
      const { id, version } = await learningAction(dataSource, 'COMPLETED');
      return { id, v: version };
    },
  },
];
