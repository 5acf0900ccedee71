/**
 * Fresh records for the access-matrix test, made through the services (not the
 * API under test), one per try, so that an allowed role's try can succeed and a
 * refused one can be checked to have changed nothing. All are in Safeguarding:
 * Social Care, the service manager's area in the test.
 */
import type { DataSource } from 'typeorm';
import { LearningActionService } from '../actions/learning-action.service';
import { Role } from '../auth/role';
import { createUser } from '../auth/user.service';
import { ContactLifecycleService } from '../contacts/contact-lifecycle.service';
import { ContactService } from '../contacts/contact.service';
import { Escalation } from '../contacts/escalation.entity';
import { InformationRequestService } from '../information-requests/information-request.service';
import { todayIso } from '../periods/today';

let n = 0;
/** A reference, email or code no other try uses. */
export function unique(prefix: string): string {
  n += 1;
  return `${prefix}${process.pid}_${n}`;
}

export const FIXTURE_PASSWORD = 'access-matrix-password';

/** An open Stage 1 statutory complaint, received today (so still extendable), not yet acknowledged. */
export async function openComplaint(dataSource: DataSource, received = todayIso()): Promise<string> {
  const contact = await new ContactService(dataSource).create({
    reference: unique('AM-C-'),
    recordType: 'STATUTORY_COMPLAINT',
    channel: 'EMAIL',
    receivedDate: received,
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER',
    summary: 'Access matrix fixture',
  });
  return String(contact.id);
}

/** A complaint answered at Stage 1 on 2010-01-20, ready to escalate. */
export async function answeredComplaint(dataSource: DataSource): Promise<string> {
  const id = await openComplaint(dataSource, '2010-01-04');
  await new ContactLifecycleService(dataSource).recordResponse(id, '2010-01-20', 'NOT_UPHELD');
  return id;
}

/** The id of an open Stage 2 escalation (requested 2010-01-25). */
export async function stage2Escalation(dataSource: DataSource): Promise<string> {
  const id = await answeredComplaint(dataSource);
  const contact = await new ContactLifecycleService(dataSource).escalate(id, 'STAGE_2', '2010-01-25', false);
  return escalationOf(dataSource, contact.id, 'STAGE_2');
}

/** The id of a Stage 3 escalation (requested 2010-02-20) whose panel has not met. */
export async function stage3Escalation(dataSource: DataSource): Promise<string> {
  const lifecycle = new ContactLifecycleService(dataSource);
  const stage2 = await stage2Escalation(dataSource);
  const contact = await lifecycle.recordEscalationResponse(stage2, '2010-02-15', 'NOT_UPHELD');
  await lifecycle.escalate(String(contact.id), 'STAGE_3', '2010-02-20', false);
  return escalationOf(dataSource, contact.id, 'STAGE_3');
}

async function escalationOf(dataSource: DataSource, contactId: number, stage: 'STAGE_2' | 'STAGE_3'): Promise<string> {
  return String((await dataSource.getRepository(Escalation).findOneByOrFail({ contactId, stage })).id);
}

/** An open FOI request received today (so still extendable). */
export async function openInformationRequest(dataSource: DataSource): Promise<string> {
  const request = await new InformationRequestService(dataSource).record({
    reference: unique('AM-IR-'),
    kind: 'FREEDOM_OF_INFORMATION',
    serviceArea: 'SOCIAL_CARE',
    requesterType: 'MEDIA',
    receivedDate: todayIso(),
  });
  return String(request.id);
}

/** A learning action at version 1 (status OPEN, or COMPLETED to be reopened). */
export async function learningAction(dataSource: DataSource, status: 'OPEN' | 'COMPLETED' = 'OPEN'): Promise<{ id: string; version: number }> {
  const writer = { email: 'fixtures@test.example', role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [] };
  const action = await new LearningActionService(dataSource).create(
    {
      issueIdentified: 'Access matrix fixture',
      serviceArea: 'SOCIAL_CARE',
      actionNeeded: 'Check who may change actions',
      byWhom: 'Service Manager',
      status,
      closingNote: status === 'COMPLETED' ? 'Checked' : null,
    },
    writer,
  );
  return { id: String(action.id), version: action.version };
}

/** An active analyst account with FIXTURE_PASSWORD; returns its email. */
export async function account(dataSource: DataSource): Promise<{ id: string; email: string }> {
  const email = `${unique('am-user-')}@test.example`;
  const user = await createUser(dataSource, { email, name: 'Access matrix', password: FIXTURE_PASSWORD, role: Role.ANALYST });
  return { id: String(user.id), email };
}

/** A CreateContactInput for a Stage 1 complaint about social care (the cache and replication tests' write). */
export function complaintInput(reference: string, receivedDate = '2009-11-05', channel = 'EMAIL') {
  return {
    reference,
    recordType: 'STATUTORY_COMPLAINT',
    channel,
    receivedDate,
    serviceAreas: ['SOCIAL_CARE'],
    issues: ['POLICY_DISAGREEMENT'],
    complainantType: 'PARENT_OR_CARER' as const,
  };
}
