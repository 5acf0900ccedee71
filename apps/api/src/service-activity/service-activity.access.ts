/**
 * Social care activity figures' rows for the role-by-operation access test.
 * Saving uses a year of its own per try, so an allowed role's try succeeds.
 */
import type { AccessOperation } from '../test-support/access-operation';

let year = 1990;

export const SERVICE_ACTIVITY_OPERATIONS: AccessOperation[] = [
  { name: 'serviceActivity', document: '{ serviceActivity { financialYear referrals initialAssessments lookedAfterChildren } }' },
  {
    name: 'saveServiceActivity',
    document: `mutation($fy: String!) { saveServiceActivity(input: { financialYear: $fy, referrals: 1, initialAssessments: 2, lookedAfterChildren: 3 }) {
      financialYear } }`,
    variables: () => {
      year += 1;
      return { fy: `${year}/${String((year + 1) % 100).padStart(2, '0')}` };
    },
  },
];
