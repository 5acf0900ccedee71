/** The accessibility statement's row for the role-by-operation access test (auth/access-matrix.integration.test.ts). */
import type { AccessOperation } from '../test-support/access-operation';

export const ACCESSIBILITY_OPERATIONS: AccessOperation[] = [{ name: 'accessibilityStatement', document: '{ accessibilityStatement { councilName contactEmail contactPhone } }' }];
