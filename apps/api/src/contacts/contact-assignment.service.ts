/**
 * Assigning an officer to a contact at a stage, with its history. One
 * transaction: check with the pure rules (assignment-rules.ts), write the
 * current assignment guarded by what was read, then the history row; a
 * refused or raced assignment changes nothing.
 */
import { DataSource, EntityManager, In } from 'typeorm';
import type { AuthUser } from '../auth/session.service';
import { UserServiceArea } from '../auth/user-service-area.entity';
import { User } from '../auth/user.entity';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound } from '../graphql/errors';
import { isUniqueViolation } from '../reference-numbers/reference-in-use';
import { assignableStages, assignmentProblems, canHandle, type Assignee, type AssignmentStageCode } from './assignment-rules';
import { ContactAssignmentEvent } from './contact-assignment-event.entity';
import { ContactAssignment } from './contact-assignment.entity';
import { caseScope, findContactInScope } from './contact-list';
import { ContactServiceArea } from './contact-service-area.entity';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';
import { officerOf } from './contact-loaders';
import type { CaseOfficer } from './contact-assignment.types';

const RACED = { field: 'stage', message: 'was assigned by someone else at the same time; reload the contact and try again' };

async function assignee(manager: EntityManager, officerId: string | null): Promise<Assignee | null | undefined> {
  if (officerId === null) return null;
  const id = Number(officerId);
  if (!Number.isSafeInteger(id) || id < 1) return undefined;
  const user = await manager.findOneBy(User, { id });
  if (!user) return undefined;
  const areas = await manager.find(UserServiceArea, { where: { userId: id } });
  return { id, active: user.active, role: user.role, serviceAreaIds: areas.map((a) => a.serviceAreaId) };
}

async function caseAreaIds(manager: EntityManager, contactId: number): Promise<number[]> {
  return (await manager.find(ContactServiceArea, { where: { contactId } })).map((a) => a.serviceAreaId);
}

export async function assignContact(
  dataSource: DataSource,
  by: AuthUser,
  contactId: string,
  stage: AssignmentStageCode,
  officerId: string | null,
): Promise<Contact> {
  try {
    return await inTransaction(dataSource, async (manager) => {
      const contact = await findContactInScope(manager, contactId, caseScope(by));
      if (!contact) throw notFound('contact', contactId);
      const escalations = await manager.find(Escalation, { where: { contactId: contact.id } });
      const officer = await assignee(manager, officerId);
      const problems = assignmentProblems(stage, assignableStages(contact, escalations), officer, await caseAreaIds(manager, contact.id));
      if (problems.length) throw badUserInput('assignment', problems);

      const current = await manager.findOneBy(ContactAssignment, { contactId: contact.id, stage });
      const to = officer?.id ?? null;
      if ((current?.officerId ?? null) === to) return contact;
      if (current && to === null) {
        const result = await manager.delete(ContactAssignment, { contactId: contact.id, stage, officerId: current.officerId });
        if (result.affected !== 1) throw badUserInput('assignment', [RACED]);
      } else if (current) {
        const result = await manager.update(ContactAssignment, { contactId: contact.id, stage, officerId: current.officerId }, { officerId: to!, assignedAt: new Date() });
        if (result.affected !== 1) throw badUserInput('assignment', [RACED]);
      } else {
        await manager.insert(ContactAssignment, { contactId: contact.id, stage, officerId: to! });
      }
      await manager.insert(ContactAssignmentEvent, { contactId: contact.id, stage, officerId: to, previousOfficerId: current?.officerId ?? null, assignedById: by.id });
      return contact;
    });
  } catch (error) {
    // Two first assignments of the same stage at once: the primary key lets one through.
    if (isUniqueViolation(error)) throw badUserInput('assignment', [RACED]);
    throw error;
  }
}

/**
 * The staff who may handle cases, by name: active complaints officers and
 * service managers; for one contact, those who may handle that contact
 * (assignment-rules.ts canHandle).
 */
export async function caseOfficers(dataSource: DataSource, by: AuthUser, contactId: string | null): Promise<CaseOfficer[]> {
  const users = await dataSource.getRepository(User).find({
    where: { active: true, role: In(['COMPLAINTS_OFFICER', 'SERVICE_MANAGER']) },
    order: { name: 'ASC', id: 'ASC' },
  });
  if (contactId === null) return users.map(officerOf);
  const contact = await findContactInScope(dataSource, contactId, caseScope(by));
  if (!contact) return [];
  const [areas, links] = await Promise.all([
    caseAreaIds(dataSource.manager, contact.id),
    dataSource.getRepository(UserServiceArea).find({ where: { userId: In(users.map((u) => u.id)) } }),
  ]);
  return users
    .filter((u) => canHandle({ id: u.id, active: u.active, role: u.role, serviceAreaIds: links.filter((l) => l.userId === u.id).map((l) => l.serviceAreaId) }, areas))
    .map(officerOf);
}
