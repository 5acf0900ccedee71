/** The report's rows for the role-by-operation access test (auth/access-matrix.integration.test.ts). */
import type { AccessOperation } from '../test-support/access-operation';

export const REPORT_OPERATIONS: AccessOperation[] = [
  {
    name: 'annualReport',
    document: '{ annualReport(financialYear: "2009/10") { financialYear tables { id } learningActions { issueIdentified } } }',
  },
];
