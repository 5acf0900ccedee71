/**
 * Invented lost-information incidents for the demo (report 12.2): a handful a
 * year, deterministic, in 2009/10, 2010/11 and 2026/27. Times are London wall
 * clock; the loader stores them as UTC instants and leaves out any incident
 * discovered after the day it runs, so nothing is dated after the load day.
 * The 2026/27 ones include an ICO decision still waiting (overdue on the load
 * day) so the officer's casework queue shows one.
 */
import {
  instantFromLondonLocal,
  type EncryptionState,
  type IcoDecision,
  type IncidentActionKind,
  type IncidentFormat,
  type SubjectsDecision,
} from '@complaints/domain';
import type { EntityManager } from 'typeorm';
import { LearningAction } from '../actions/learning-action.entity';
import { LostInformationIncident } from '../lost-information/lost-information-incident.entity';
import { prepareIncident } from '../lost-information/lost-information-validation';
import type { LostInformationIncidentInput } from '../lost-information/lost-information.inputs';
import { insertIncident } from '../lost-information/lost-information.service';
import { loadReferenceCatalog } from '../reference/reference-catalog';

export interface DemoIncident {
  reference: string;
  occurred?: string;
  discovered: string;
  format: IncidentFormat;
  dataDescription: string;
  peopleAffected: number;
  encrypted: EncryptionState;
  reportedBy: string;
  serviceArea: string;
  likelihood?: number;
  severity?: number;
  ico?: { decision: IcoDecision; decided: string; notified?: string; reason?: string };
  subjects?: { decision: SubjectsDecision; toldOn?: string; reason?: string };
  actions?: Array<[IncidentActionKind, string, string]>;
  lessonsLearned?: string;
  /** Learning actions (by financial year and issue identified) the lessons are taken forward in. */
  learningActions?: Array<{ financialYear: string; issueIdentified: string }>;
  closedOn?: string;
}

export const DEMO_INCIDENTS: readonly DemoIncident[] = [
  {
    reference: 'LI/2009/0001',
    occurred: '2009-06-12T17:30',
    discovered: '2009-06-15T09:10',
    format: 'PAPER',
    dataDescription: 'Case file summary: names, address and family history of one family, left on a train',
    peopleAffected: 5,
    encrypted: 'NO',
    reportedBy: 'Social worker, Children in Need team',
    serviceArea: 'SOCIAL_CARE',
    likelihood: 3,
    severity: 4,
    ico: { decision: 'NOTIFY', decided: '2009-06-16T11:00', notified: '2009-06-17T15:20' },
    subjects: { decision: 'TELL', toldOn: '2009-06-16' },
    actions: [
      ['CONTAINMENT', 'Reported to British Transport Police lost property', '2009-06-15'],
      ['RECOVERY', 'File recovered from lost property, sealed', '2009-06-19'],
    ],
    lessonsLearned: 'Paper files taken out of the office must travel in a locked case.',
    learningActions: [{ financialYear: '2009/10', issueIdentified: 'Alleged breach of confidentiality' }],
    closedOn: '2009-07-10',
  },
  {
    reference: 'LI/2009/0002',
    discovered: '2009-10-02T14:45',
    format: 'EMAIL_WRONG_RECIPIENT',
    dataDescription: 'Meeting minutes naming a child and their school, sent to a parent of another child',
    peopleAffected: 1,
    encrypted: 'NO',
    reportedBy: 'Inclusion officer',
    serviceArea: 'INCLUSION',
    likelihood: 2,
    severity: 2,
    ico: { decision: 'DO_NOT_NOTIFY', decided: '2009-10-03T10:00', reason: 'Recipient confirmed deletion the same day; low risk of harm' },
    subjects: { decision: 'TELL', toldOn: '2009-10-05' },
    actions: [['CONTAINMENT', 'Recipient asked to delete the e-mail; deletion confirmed by telephone', '2009-10-02']],
    lessonsLearned: 'Switch off address auto-complete for personal data.',
    closedOn: '2009-10-20',
  },
  {
    reference: 'LI/2009/0003',
    discovered: '2010-02-26T16:20',
    format: 'USB_STICK',
    dataDescription: 'Spreadsheet of school admissions appeals: names, addresses, reasons for appeal',
    peopleAffected: 120,
    encrypted: 'NO',
    reportedBy: 'Admissions team leader',
    serviceArea: 'SCHOOL_STANDARDS',
    likelihood: 3,
    severity: 3,
    // Discovered on a Friday afternoon; decided on the Tuesday, after the 72 hours.
    ico: { decision: 'NOTIFY', decided: '2010-03-01T16:00', notified: '2010-03-02T10:30' },
    subjects: { decision: 'DO_NOT_TELL', reason: 'USB stick recovered unopened within the building the next week' },
    actions: [
      ['CONTAINMENT', 'Building search; notice to all staff', '2010-03-01'],
      ['RECOVERY', 'Stick found in a meeting room; contents checked unopened', '2010-03-04'],
    ],
    lessonsLearned: 'Only encrypted USB sticks to be issued; unencrypted ports blocked.',
    closedOn: '2010-03-26',
  },
  {
    reference: 'LI/2010/0001',
    discovered: '2010-09-14T08:50',
    format: 'LAPTOP',
    dataDescription: 'Laptop stolen from a car: case notes for a caseload of looked-after children',
    peopleAffected: 22,
    encrypted: 'YES',
    reportedBy: 'Senior practitioner, Looked After Children team',
    serviceArea: 'SOCIAL_CARE',
    likelihood: 1,
    severity: 4,
    ico: { decision: 'DO_NOT_NOTIFY', decided: '2010-09-14T15:00', reason: 'Full-disk encryption; no realistic risk to the children' },
    subjects: { decision: 'DO_NOT_TELL', reason: 'Encrypted: no risk to the people the data is about' },
    actions: [['CONTAINMENT', 'Reported to police; device wiped remotely at next connection', '2010-09-14']],
    closedOn: '2010-10-01',
  },
  {
    reference: 'LI/2026/0001',
    occurred: '2026-06-03T11:00',
    discovered: '2026-06-04T09:30',
    format: 'POST_WRONG_ADDRESS',
    dataDescription: 'Child protection conference report posted to a previous address',
    peopleAffected: 4,
    encrypted: 'NO',
    reportedBy: 'Conference chair',
    serviceArea: 'SOCIAL_CARE',
    likelihood: 3,
    severity: 5,
    ico: { decision: 'NOTIFY', decided: '2026-06-04T16:00', notified: '2026-06-05T12:15' },
    subjects: { decision: 'TELL', toldOn: '2026-06-05' },
    actions: [
      ['CONTAINMENT', 'Current occupier visited; envelope returned unopened', '2026-06-04'],
      ['RECOVERY', 'Address records checked against the case system', '2026-06-08'],
    ],
    lessonsLearned: 'Check the address on the case system on the day of posting.',
    closedOn: '2026-07-01',
  },
  {
    reference: 'LI/2026/0002',
    discovered: '2026-08-28T17:40',
    format: 'MOBILE_DEVICE',
    dataDescription: 'Work phone left in a taxi: contacts and text messages with families',
    peopleAffected: 60,
    encrypted: 'YES',
    reportedBy: 'Family support worker',
    serviceArea: 'INCLUSION',
    likelihood: 1,
    severity: 3,
    // Friday before the August bank holiday: decided on the Monday, within the 72 hours.
    ico: { decision: 'DO_NOT_NOTIFY', decided: '2026-08-31T10:00', reason: 'PIN-locked and encrypted; wiped remotely within the hour' },
    subjects: { decision: 'DO_NOT_TELL', reason: 'No risk of harm' },
    actions: [['CONTAINMENT', 'Device wiped remotely', '2026-08-28']],
    closedOn: '2026-09-04',
  },
  {
    reference: 'LI/2026/0003',
    occurred: '2026-11-19T15:00',
    discovered: '2026-11-20T10:15',
    format: 'EMAIL_WRONG_RECIPIENT',
    dataDescription: 'Assessment for an education, health and care plan sent to the wrong school',
    peopleAffected: 1,
    encrypted: 'NO',
    reportedBy: 'SEN caseworker',
    serviceArea: 'INCLUSION',
    likelihood: 2,
    severity: 4,
    actions: [['CONTAINMENT', 'School asked to delete the e-mail and confirm in writing', '2026-11-20']],
  },
  {
    reference: 'LI/2026/0004',
    discovered: '2026-11-25T16:30',
    format: 'CD_DVD',
    dataDescription: 'CD of a recorded interview missing from a courier package',
    peopleAffected: 2,
    encrypted: 'UNKNOWN',
    reportedBy: 'Legal services',
    serviceArea: 'SOCIAL_CARE',
  },
];

const at = (local: string): Date => {
  const instant = instantFromLondonLocal(local);
  if (!instant) throw new Error(`Demo incident time is not a time: ${local}`);
  return instant;
};

/** The register's input for one demo incident (learning actions by id once they are loaded). */
export function demoIncidentInput(d: DemoIncident, learningActionIds: string[]): LostInformationIncidentInput {
  return {
    reference: d.reference,
    occurredAt: d.occurred ? at(d.occurred) : null,
    discoveredAt: at(d.discovered),
    format: d.format,
    dataDescription: d.dataDescription,
    peopleAffected: d.peopleAffected,
    encrypted: d.encrypted,
    reportedBy: d.reportedBy,
    serviceArea: d.serviceArea,
    likelihood: d.likelihood ?? null,
    severity: d.severity ?? null,
    icoDecision: d.ico?.decision ?? null,
    icoDecisionReason: d.ico?.reason ?? null,
    icoDecidedAt: d.ico ? at(d.ico.decided) : null,
    icoNotifiedAt: d.ico?.notified ? at(d.ico.notified) : null,
    subjectsDecision: d.subjects?.decision ?? null,
    subjectsDecisionReason: d.subjects?.reason ?? null,
    subjectsToldOn: d.subjects?.toldOn ?? null,
    actions: (d.actions ?? []).map(([kind, description, takenOn]) => ({ kind, description, takenOn })),
    lessonsLearned: d.lessonsLearned ?? null,
    learningActionIds,
    closedOn: d.closedOn ?? null,
  };
}

/**
 * Adds the demo incidents not yet present, inside the loader's transaction:
 * each checked as the register checks it, as of `now`; those discovered after
 * `now` are left out. Returns how many were added.
 */
export async function loadDemoIncidents(manager: EntityManager, now: Date): Promise<number> {
  const catalog = await loadReferenceCatalog(manager);
  const present = new Set((await manager.find(LostInformationIncident, { select: { reference: true } })).map((i) => i.reference));
  const actions = await manager.find(LearningAction, { select: { id: true, financialYear: true, issueIdentified: true } });
  const actionId = (key: { financialYear: string; issueIdentified: string }) =>
    actions.find((a) => a.financialYear === key.financialYear && a.issueIdentified === key.issueIdentified)?.id;
  let added = 0;
  for (const demo of DEMO_INCIDENTS) {
    if (present.has(demo.reference) || at(demo.discovered) > now) continue;
    // Lessons are linked only to learning actions the dataset holds.
    const links = (demo.learningActions ?? []).flatMap((key) => (actionId(key) ? [String(actionId(key))] : []));
    const result = prepareIncident(demoIncidentInput(demo, links), catalog, now);
    // Refused only when a later step is dated after `now` (loaded before it happened): left out, never half-loaded.
    if (!result.ok) continue;
    await insertIncident(manager, result.value, demo.reference);
    added += 1;
  }
  return added;
}
