/**
 * The lost-information register's rows for the role-by-operation access test.
 * Incidents carry what was lost about whom: officers and the area's service
 * managers read them (the test manager's area is Social Care); officers write;
 * analysts get the counts only.
 */
import type { DataSource } from 'typeorm';
import type { AccessOperation } from '../test-support/access-operation';
import { unique } from '../test-support/access-operation-fixtures';
import { LostInformationService } from './lost-information.service';

/** An open incident discovered an hour ago in Social Care, its ICO clock running. */
export async function openIncident(dataSource: DataSource): Promise<string> {
  const incident = await new LostInformationService(dataSource).record({
    reference: unique('AM-LI-'),
    discoveredAt: new Date(Date.now() - 60 * 60 * 1000),
    format: 'USB_STICK',
    dataDescription: 'Names and dates of birth',
    peopleAffected: 12,
    encrypted: 'NO',
    reportedBy: 'Access Matrix',
    serviceArea: 'SOCIAL_CARE',
  });
  return String(incident.id);
}

const INPUT = `{ discoveredAt: "2026-01-05T09:30:00Z", format: LAPTOP, dataDescription: "Case notes", peopleAffected: 3,
  encrypted: YES, reportedBy: "A Social Worker", serviceArea: "SOCIAL_CARE" }`;

export const LOST_INFORMATION_OPERATIONS: AccessOperation[] = [
  {
    name: 'lostInformationIncidents',
    document: '{ lostInformationIncidents(filter: { open: true }) { reference dataDescription reportedBy icoClockState actions { description } learningActions { id } } }',
  },
  {
    name: 'lostInformationIncident',
    document: 'query($id: ID!) { lostInformationIncident(id: $id) { reference dataDescription serviceArea { code } riskLevel } }',
    variables: async ({ dataSource }) => ({ id: await openIncident(dataSource) }),
  },
  {
    name: 'lostInformationIncidentByReference',
    document: 'query($r: String!) { lostInformationIncidentByReference(reference: $r) { reference reportedBy } }',
    variables: () => ({ r: 'LI-2026-0001' }),
  },
  {
    name: 'caseworkQueue lostInformation',
    document: '{ caseworkQueue { lostInformation { summary dueAt incident { reference dataDescription } } } }',
  },
  {
    name: 'lostInformationSummary',
    document: '{ lostInformationSummary(financialYear: "2026/27") { incidents within72Hours byFormat { format incidents notified } } }',
  },
  {
    name: 'recordLostInformationIncident',
    document: `mutation($r: String!) { recordLostInformationIncident(input: { reference: $r, discoveredAt: "2026-01-05T09:30:00Z", format: LAPTOP,
      dataDescription: "Case notes", peopleAffected: 3, encrypted: YES, reportedBy: "A Social Worker", serviceArea: "SOCIAL_CARE" }) { id } }`,
    variables: () => ({ r: unique('MATRIX-LI-') }),
  },
  {
    name: 'updateLostInformationIncident',
    document: `mutation($id: ID!) { updateLostInformationIncident(id: $id, input: ${INPUT}) { id } }`,
    variables: async ({ dataSource }) => ({ id: await openIncident(dataSource) }),
  },
];
