/** "Have your say" rows for the role-by-operation access test (auth/access-matrix.integration.test.ts). */
import type { DataSource } from 'typeorm';
import type { AccessOperation } from '../test-support/access-operation';
import { unique } from '../test-support/access-operation-fixtures';
import { memoryHaveYourSayLimits } from './have-your-say-limits';
import { submitHaveYourSay } from './have-your-say.service';
import { HaveYourSayItem } from './have-your-say.entity';

/** A new message, sent through the service from an address of its own (so no limit is reached). */
async function freshItem(dataSource: DataSource): Promise<string> {
  const { reference } = await submitHaveYourSay(dataSource, memoryHaveYourSayLimits(), unique('matrix-'), { whatHappened: 'Access matrix message' });
  return String((await dataSource.getRepository(HaveYourSayItem).findOneByOrFail({ reference })).id);
}

export const HAVE_YOUR_SAY_OPERATIONS: AccessOperation[] = [
  { name: 'submitHaveYourSay', document: 'mutation { submitHaveYourSay(input: { whatHappened: "Access matrix message" }) { reference } }' },
  { name: 'haveYourSayTriage', document: '{ haveYourSayTriage { id whatHappened } }' },
  {
    name: 'convertHaveYourSay',
    document: `mutation($id: ID!) { convertHaveYourSay(id: $id, input: { recordType: "COMMENT", serviceAreas: ["SOCIAL_CARE"], issues: ["POLICY_DISAGREEMENT"] }) { convertedReference } }`,
    variables: async ({ dataSource }) => ({ id: await freshItem(dataSource) }),
  },
  {
    name: 'closeHaveYourSay',
    document: 'mutation($id: ID!) { closeHaveYourSay(id: $id, reason: "A test message") { status } }',
    variables: async ({ dataSource }) => ({ id: await freshItem(dataSource) }),
  },
];
