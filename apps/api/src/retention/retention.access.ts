/** The retention operations for the access-matrix test (who may run them: auth/access-matrix.expected.ts). */
import type { DataSource } from 'typeorm';
import { ContactService } from '../contacts/contact.service';
import type { AccessOperation } from '../test-support/access-operation';
import { unique } from '../test-support/access-operation-fixtures';

/** A compliment received and closed in 2009, so long past its six years: due for deletion, and no other try's. */
async function closedLongAgo(dataSource: DataSource): Promise<string> {
  const contact = await new ContactService(dataSource).create({
    reference: unique('AM-RET-'),
    recordType: 'COMPLIMENT',
    channel: 'EMAIL',
    receivedDate: '2009-06-01',
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER',
    summary: 'Access matrix fixture',
  });
  return `CONTACT:${contact.id}`;
}

export const RETENTION_OPERATIONS: AccessOperation[] = [
  { name: 'retentionPeriods', document: '{ retentionPeriods { id years basis } }' },
  {
    // The period it already has: allowed, it succeeds; refused, nothing is written either way.
    name: 'setRetentionPeriod',
    document: 'mutation { setRetentionPeriod(input: { recordKind: CONTACT, code: "COMPLIMENT", years: 6 }) { id years } }',
  },
  {
    name: 'recordsDueForDeletion',
    document: '{ recordsDueForDeletion(page: { first: 5 }) { totalCount records { id reference typeName closedOn dueOn } pageInfo { hasNextPage } } }',
  },
  {
    name: 'anonymiseRecords',
    document: 'mutation($ids: [ID!]!) { anonymiseRecords(ids: $ids, confirm: true) { count references } }',
    variables: async ({ dataSource }) => ({ ids: [await closedLongAgo(dataSource)] }),
  },
];
