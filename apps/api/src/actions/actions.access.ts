/**
 * The learning-action tracker's rows for the role-by-operation access test.
 * Changes name an action that does not exist: allowed roles get NOT_FOUND, which
 * is not a refusal, and the demo data is left as it was.
 */
import { ACCESS } from '../auth/role';
import type { AccessOperation } from '../test-support/access-operation';

const MISSING = '"999999"';

export const ACTIONS_OPERATIONS: AccessOperation[] = [
  { name: 'learningActions', document: '{ learningActions { id byWhom overdue history { field } } }', allowed: ACCESS.ACTIONS_READ },
  { name: 'learningAction', document: '{ learningAction(id: "1") { id serviceArea { code } } }', allowed: ACCESS.ACTIONS_READ },
  {
    name: 'createLearningAction',
    // SOCIAL_CARE: the service manager the matrix signs in manages it.
    document: `mutation { createLearningAction(input: { issueIdentified: "Access matrix", serviceArea: "SOCIAL_CARE",
      actionNeeded: "Check who may record actions", byWhom: "Service Manager" }) { id } }`,
    allowed: ACCESS.ACTIONS_WRITE,
  },
  {
    name: 'updateLearningAction',
    document: `mutation { updateLearningAction(id: ${MISSING}, expectedVersion: 1, input: { byWhom: "Someone" }) { id } }`,
    allowed: ACCESS.ACTIONS_WRITE,
  },
  { name: 'closeLearningAction', document: `mutation { closeLearningAction(id: ${MISSING}, expectedVersion: 1) { id } }`, allowed: ACCESS.ACTIONS_WRITE },
  { name: 'reopenLearningAction', document: `mutation { reopenLearningAction(id: ${MISSING}, expectedVersion: 1) { id } }`, allowed: ACCESS.ACTIONS_WRITE },
];
