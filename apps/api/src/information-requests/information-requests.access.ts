/**
 * The access-to-records and FOI registers' rows for the role-by-operation
 * access test. Completion and extension work on a fresh open request received
 * today (in Social Care), so an allowed role's try succeeds.
 */
import type { AccessOperation } from '../test-support/access-operation';
import { openInformationRequest, unique } from '../test-support/access-operation-fixtures';
import { todayIso } from '../periods/today';

export const INFORMATION_REQUEST_OPERATIONS: AccessOperation[] = [
  {
    name: 'informationRequests',
    document: '{ informationRequests(filter: { kind: FREEDOM_OF_INFORMATION }) { totalCount edges { node { reference summary status } } } }',
  },
  {
    name: 'informationRequest',
    document: 'query($id: ID!) { informationRequest(id: $id) { reference summary serviceArea { code } } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource) }),
  },
  {
    name: 'informationRequestSummary',
    document: '{ informationRequestSummary(financialYear: "2009/10") { kinds { kind received completedWithinDeadline } } }',
  },
  {
    name: 'recordInformationRequest',
    document: `mutation($r: String!) { recordInformationRequest(input: { reference: $r, kind: FREEDOM_OF_INFORMATION, serviceArea: "SCHOOL_STANDARDS",
      requesterType: MEDIA, receivedDate: "2010-01-05" }) { id } }`,
    variables: () => ({ r: unique('MATRIX-IR-') }),
  },
  {
    name: 'completeInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { completeInformationRequest(id: $id, completedDate: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource), d: todayIso() }),
  },
  {
    name: 'extendInformationRequest',
    document: 'mutation($id: ID!) { extendInformationRequest(id: $id) { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource) }),
  },
];
