/**
 * "Have your say": taking a young person's message from the public page, and
 * an officer's triage of it (record it as a contact, or close it with a reason).
 */
import { randomInt } from 'crypto';
import {
  checkHaveYourSay,
  HAVE_YOUR_SAY_CLOSE_REASON_LIMIT,
  HAVE_YOUR_SAY_DANGER_ADVICE,
  HAVE_YOUR_SAY_NEXT_STEPS,
  haveYourSayPrefix,
  todayIso,
  type HaveYourSayFields,
} from '@complaints/domain';
import { GraphQLError } from 'graphql';
import type { DataSource, EntityManager } from 'typeorm';
import type { AuthUser } from '../auth/session.service';
import { ContactBatchError, ContactService } from '../contacts/contact.service';
import type { CreateContactInput } from '../contacts/contact.inputs';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound } from '../graphql/errors';
import { allocateReferences, formatReference } from '../reference-numbers/reference-sequence';
import { HaveYourSayLimited, type HaveYourSayLimits } from './have-your-say-limits';
import { HaveYourSayItem } from './have-your-say.entity';
import type { ConvertHaveYourSayInput, HaveYourSayInput } from './have-your-say.inputs';
import type { HaveYourSayReceipt } from './have-your-say.types';

/** How many handled (recorded or closed) messages the triage list shows after the new ones. */
export const HANDLED_SHOWN = 50;

function receipt(reference: string): HaveYourSayReceipt {
  return { reference, whatHappensNext: [...HAVE_YOUR_SAY_NEXT_STEPS], ifInDanger: HAVE_YOUR_SAY_DANGER_ADVICE };
}

export function tooManyRequests(retryAfterMs: number): GraphQLError {
  const minutes = Math.max(1, Math.ceil(retryAfterMs / 60_000));
  return new GraphQLError(
    `You have sent a lot of messages. Please wait ${minutes === 1 ? '1 minute' : `${minutes} minutes`} and try again. If you are in danger now, call 999.`,
    { extensions: { code: 'TOO_MANY_REQUESTS', retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)), http: { status: 429 } } },
  );
}

/**
 * Checks the message (nothing counted or written when it is refused), counts it
 * against its sender (an address, or a signed-in account), and stores it with a new reference. A message whose
 * honeypot field is filled in is answered the same way but not kept.
 */
export async function submitHaveYourSay(
  dataSource: DataSource,
  limits: HaveYourSayLimits,
  sender: string,
  input: HaveYourSayInput,
  now = new Date(),
): Promise<HaveYourSayReceipt> {
  const { fields, problems } = checkHaveYourSay(input);
  if (problems.length) throw badUserInput('message', problems);
  try {
    await limits.take(sender);
  } catch (error) {
    if (error instanceof HaveYourSayLimited) throw tooManyRequests(error.retryAfterMs);
    throw error;
  }
  const receivedDate = todayIso(now);
  const prefix = haveYourSayPrefix(Number(receivedDate.slice(0, 4)));
  // Filled by a script, not a person: it looks accepted, so the script learns nothing.
  if (input.website?.trim()) return receipt(formatReference(prefix, randomInt(1, 10_000)));
  const reference = await inTransaction(dataSource, async (manager) => {
    const [next] = await allocateReferences(manager, HaveYourSayItem, prefix, 1, new Set());
    await manager.insert(HaveYourSayItem, { ...fields, reference: next, receivedDate, receivedAt: now, status: 'NEW' });
    return next;
  });
  return receipt(reference);
}

/** New messages first (those waiting longest at the top), then the most recently handled. */
export async function haveYourSayTriage(dataSource: DataSource, includeHandled: boolean): Promise<HaveYourSayItem[]> {
  const repo = dataSource.getRepository(HaveYourSayItem);
  const fresh = await repo.find({ where: { status: 'NEW' }, order: { receivedAt: 'ASC', id: 'ASC' } });
  if (!includeHandled) return fresh;
  const handled = await repo
    .createQueryBuilder('h')
    .where('h.status <> :status', { status: 'NEW' })
    .orderBy('h.handledAt', 'DESC')
    .addOrderBy('h.id', 'DESC')
    .limit(HANDLED_SHOWN)
    .getMany();
  return [...fresh, ...handled];
}

async function claim(manager: EntityManager, id: string, by: AuthUser, changes: Partial<HaveYourSayItem>): Promise<HaveYourSayItem> {
  const itemId = Number(id);
  const item = Number.isSafeInteger(itemId) ? await manager.findOneBy(HaveYourSayItem, { id: itemId }) : null;
  if (!item) throw notFound('Have your say message', id);
  // Conditional on still being new: of two officers acting at once, one wins and the other is told.
  const result = await manager
    .createQueryBuilder()
    .update(HaveYourSayItem)
    .set({ ...changes, handledAt: new Date(), handledById: by.id })
    .where('id = :id AND status = :status', { id: itemId, status: 'NEW' })
    .execute();
  if (!result.affected) {
    throw new GraphQLError(`${item.reference} has already been ${item.status === 'CLOSED' ? 'closed' : 'recorded as a contact'}.`, {
      extensions: { code: 'CONFLICT', field: 'id' },
    });
  }
  return item;
}

/** The contact's complainant: the young person, if they gave a name or a way to reach them. */
function complainantOf(item: Pick<HaveYourSayFields, 'name' | 'contactMethod' | 'contactDetails' | 'wantsAdvocate'>): CreateContactInput['complainant'] {
  if (!item.name && !item.contactDetails) return null;
  const words = item.name?.split(/\s+/) ?? [];
  const familyName = words.length > 1 ? words[words.length - 1] : (words[0] ?? 'Not given');
  return {
    givenName: words.length > 1 ? words.slice(0, -1).join(' ') : null,
    familyName,
    email: item.contactMethod === 'EMAIL' ? item.contactDetails : null,
    phone: item.contactMethod === 'EMAIL' ? null : item.contactDetails,
    relationshipToChild: 'The child or young person',
    preferredContactMethod: item.contactMethod,
    reasonableAdjustments: item.wantsAdvocate ? 'Asked for an advocate (Have your say).' : null,
  };
}

/**
 * Records the message as a contact (channel web application, from a child or
 * young person, received the day it was sent, described in their words) and
 * marks it recorded with the contact's reference: one transaction, so either
 * both happen or neither.
 */
export async function convertHaveYourSay(dataSource: DataSource, id: string, input: ConvertHaveYourSayInput, by: AuthUser, today = todayIso()): Promise<HaveYourSayItem> {
  try {
    return await inTransaction(dataSource, async (manager) => {
      const item = await claim(manager, id, by, { status: 'CONVERTED' });
      const [contact] = await new ContactService(dataSource).createMany(
        manager,
        [
          {
            recordType: input.recordType,
            channel: 'WEB_APPLICATION',
            receivedDate: item.receivedDate,
            serviceAreas: input.serviceAreas,
            issues: input.issues,
            complainantType: 'CHILD_OR_YOUNG_PERSON',
            summary: input.summary?.trim() || item.whatHappened,
            complainant: complainantOf(item),
          },
        ],
        today,
      );
      await manager.update(HaveYourSayItem, { id: item.id }, { convertedContactId: contact.id, convertedReference: contact.reference });
      return manager.findOneByOrFail(HaveYourSayItem, { id: item.id });
    });
  } catch (error) {
    if (error instanceof ContactBatchError) throw badUserInput('contact', error.problems.map(({ index: _index, ...p }) => p));
    throw error;
  }
}

/** Closes the message without a contact (e.g. a test, or a duplicate), saying why. */
export async function closeHaveYourSay(dataSource: DataSource, id: string, reason: string, by: AuthUser): Promise<HaveYourSayItem> {
  const text = reason.trim();
  if (!text) throw badUserInput('closeHaveYourSay', [{ field: 'reason', message: 'is required: say why it is closed without a contact' }]);
  if (text.length > HAVE_YOUR_SAY_CLOSE_REASON_LIMIT) {
    throw badUserInput('closeHaveYourSay', [{ field: 'reason', message: `must be ${HAVE_YOUR_SAY_CLOSE_REASON_LIMIT.toLocaleString('en-GB')} characters or fewer` }]);
  }
  return inTransaction(dataSource, async (manager) => {
    const item = await claim(manager, id, by, { status: 'CLOSED', closedReason: text });
    return manager.findOneByOrFail(HaveYourSayItem, { id: item.id });
  });
}
