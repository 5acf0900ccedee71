/**
 * The access-to-records and FOI registers' rows for the role-by-operation
 * access test. Each step works on a fresh open request received today (in
 * Social Care, the test manager's area), so an allowed role's try succeeds.
 * The register and its history carry the requester's name and the reasons
 * typed: only officers and the area's service managers may read them; analysts
 * read the summary (counts) only.
 */
import type { DataSource } from 'typeorm';
import type { AccessOperation } from '../test-support/access-operation';
import { openInformationRequest, unique } from '../test-support/access-operation-fixtures';
import { todayIso } from '../periods/today';
import { InformationRequestService } from './information-request.service';

/** An open FOI request received today with its clock paused today, awaiting clarification. */
async function pausedInformationRequest(dataSource: DataSource): Promise<string> {
  const id = await openInformationRequest(dataSource);
  await new InformationRequestService(dataSource).pause(id, 'AWAITING_CLARIFICATION', todayIso(), 'Access matrix');
  return id;
}

export const INFORMATION_REQUEST_OPERATIONS: AccessOperation[] = [
  {
    name: 'informationRequests',
    document:
      '{ informationRequests(filter: { kind: FREEDOM_OF_INFORMATION, search: "A" }, sort: DUE_SOONEST) { totalCount edges { node { reference requesterName summary status } } } }',
  },
  {
    name: 'informationRequest',
    document: 'query($id: ID!) { informationRequest(id: $id) { reference requesterName summary serviceArea { code } viewerCan { respond } } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource) }),
  },
  {
    name: 'informationRequest history',
    document: 'query($id: ID!) { informationRequest(id: $id) { history { kind date reason note recordedBy } } }',
    variables: async ({ dataSource }) => ({ id: await pausedInformationRequest(dataSource) }),
  },
  {
    name: 'informationRequestByReference',
    document: 'query($r: String!) { informationRequestByReference(reference: $r) { reference requesterName } }',
    variables: async ({ dataSource }) => {
      const request = await new InformationRequestService(dataSource).record({
        reference: unique('AM/IR/'),
        kind: 'ACCESS_TO_RECORDS',
        serviceArea: 'SOCIAL_CARE',
        requesterType: 'INDIVIDUAL',
        requesterName: 'Access Matrix',
        receivedDate: todayIso(),
      });
      return { r: request.reference.replace(/\//g, '-').toLowerCase() };
    },
  },
  {
    name: 'informationRequestQueue',
    document: '{ informationRequestQueue { overdueCount dueSoonCount pausedCount items { reference requesterName dueDate } } }',
  },
  {
    name: 'informationRequestSummary',
    document: '{ informationRequestSummary(financialYear: "2009/10") { kinds { kind received completedWithinDeadline withdrawn } } }',
  },
  {
    name: 'recordInformationRequest',
    document: `mutation($r: String!) { recordInformationRequest(input: { reference: $r, kind: FREEDOM_OF_INFORMATION, serviceArea: "SCHOOL_STANDARDS",
      requesterType: MEDIA, requesterName: "A Reporter", receivedDate: "2010-01-05" }) { id } }`,
    variables: () => ({ r: unique('MATRIX-IR-') }),
  },
  {
    name: 'acknowledgeInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { acknowledgeInformationRequest(id: $id, acknowledgedDate: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource), d: todayIso() }),
  },
  {
    name: 'completeInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { completeInformationRequest(id: $id, completedDate: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource), d: todayIso() }),
  },
  {
    name: 'extendInformationRequest',
    document: 'mutation($id: ID!) { extendInformationRequest(id: $id, reason: "Public interest test") { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource) }),
  },
  {
    name: 'pauseInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { pauseInformationRequest(id: $id, reason: AWAITING_FEE, pausedOn: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource), d: todayIso() }),
  },
  {
    name: 'resumeInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { resumeInformationRequest(id: $id, resumedOn: $d) { id } }',
    variables: async ({ dataSource }) => ({ id: await pausedInformationRequest(dataSource), d: todayIso() }),
  },
  {
    name: 'withdrawInformationRequest',
    document: 'mutation($id: ID!, $d: LocalDate!) { withdrawInformationRequest(id: $id, withdrawnDate: $d, reason: "No longer needed") { id } }',
    variables: async ({ dataSource }) => ({ id: await openInformationRequest(dataSource), d: todayIso() }),
  },
];
