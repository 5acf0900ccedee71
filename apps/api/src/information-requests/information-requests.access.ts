/**
 * The access-to-records and FOI registers' rows for the role-by-operation
 * access test. Completion and extension name a request that does not exist
 * (NOT_FOUND for allowed roles); each recorded request has its own reference.
 */
import { ACCESS } from '../auth/role';
import type { AccessOperation } from '../test-support/access-operation';

const MISSING = '"999999"';
let n = 0;

export const INFORMATION_REQUEST_OPERATIONS: AccessOperation[] = [
  {
    name: 'informationRequests',
    document: '{ informationRequests(filter: { kind: FREEDOM_OF_INFORMATION }) { totalCount edges { node { reference summary status } } } }',
    allowed: ACCESS.CASES_READ,
  },
  { name: 'informationRequest', document: '{ informationRequest(id: "1") { reference summary serviceArea { code } } }', allowed: ACCESS.CASES_READ },
  {
    name: 'informationRequestSummary',
    document: '{ informationRequestSummary(financialYear: "2009/10") { kinds { kind received completedWithinDeadline } } }',
    allowed: ACCESS.AGGREGATES,
  },
  {
    name: 'recordInformationRequest',
    document: `mutation($r: String!) { recordInformationRequest(input: { reference: $r, kind: FREEDOM_OF_INFORMATION, serviceArea: "SCHOOL_STANDARDS",
      requesterType: MEDIA, receivedDate: "2010-01-05" }) { id } }`,
    variables: () => ({ r: `MATRIX-IR-${++n}` }),
    allowed: ACCESS.CASES_WRITE,
  },
  {
    name: 'completeInformationRequest',
    document: `mutation { completeInformationRequest(id: ${MISSING}, completedDate: "2010-01-05") { id } }`,
    allowed: ACCESS.CASES_WRITE,
  },
  { name: 'extendInformationRequest', document: `mutation { extendInformationRequest(id: ${MISSING}) { id } }`, allowed: ACCESS.CASES_WRITE },
];
