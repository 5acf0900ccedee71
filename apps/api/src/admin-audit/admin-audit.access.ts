/** The audit log's operation for the access-matrix test (who may run it: auth/access-matrix.expected.ts). */
import type { AccessOperation } from '../test-support/access-operation';

export const ADMIN_AUDIT_OPERATIONS: AccessOperation[] = [
  { name: 'adminAuditLog', document: '{ adminAuditLog(page: { first: 5 }) { entries { action targetLabel changes { field } } pageInfo { hasNextPage } } }' },
];
