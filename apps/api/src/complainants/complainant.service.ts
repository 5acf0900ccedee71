/**
 * Recording a complainant's details on a contact: checked (complainant-details.ts),
 * then written in one transaction. The log says that details changed, and on
 * which contact and by whom, never what they are.
 */
import { DataSource } from 'typeorm';
import type { AuthUser } from '../auth/session.service';
import { caseScope, findContactInScope } from '../contacts/contact-list';
import type { Contact } from '../contacts/contact.entity';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound } from '../graphql/errors';
import { logger } from '../logging/logger';
import { prepareComplainant } from './complainant-details';
import { Complainant } from './complainant.entity';
import type { ComplainantInput } from './complainant.inputs';

export async function saveComplainant(dataSource: DataSource, by: AuthUser, contactId: string, input: ComplainantInput): Promise<Contact> {
  const prepared = prepareComplainant(input);
  if (!prepared.ok) throw badUserInput('complainant', prepared.problems);
  const contact = await inTransaction(dataSource, async (manager) => {
    const found = await findContactInScope(manager, contactId, caseScope(by));
    if (!found) throw notFound('contact', contactId);
    const existing = await manager.findOneBy(Complainant, { contactId: found.id });
    if (existing) await manager.update(Complainant, { contactId: found.id }, prepared.row);
    else await manager.insert(Complainant, { ...prepared.row, contactId: found.id });
    return found;
  });
  logger.info({ event: 'complainant_saved', contactId: contact.id, by: by.id }, "a complainant's details were saved");
  return contact;
}
