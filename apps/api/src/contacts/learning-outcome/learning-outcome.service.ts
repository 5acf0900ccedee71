/**
 * Records what was learned from a complaint once its response is sent: nothing,
 * an action already in the tracker, or a new action recorded with the answer in
 * one transaction. Answering again replaces the answer (a new action made by an
 * earlier answer stays in the tracker). Everything is checked before anything is
 * written; a refusal writes nothing.
 */
import { financialYearOf } from '@complaints/domain';
import { DataSource, In } from 'typeorm';
import { insertAction, mayRecord, planNewAction, type NewActionPlan } from '../../actions/learning-action-creation';
import { outsideYourAreas } from '../../actions/learning-action.errors';
import { LearningAction } from '../../actions/learning-action.entity';
import type { Writer } from '../../actions/writer';
import { inTransaction } from '../../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../../graphql/errors';
import { todayIso } from '../../periods/today';
import { catalogForWrites } from '../../data-versions/catalog-for-writes';
import type { DataVersions } from '../../data-versions/data-versions';
import { countOf } from '../../statistics/aggregate-count';
import { Contact } from '../contact.entity';
import { ContactLearningOutcome } from './contact-learning-outcome.entity';
import type { LearningOutcomeInput } from './learning-outcome.inputs';
import { checkOutcomeShape, notAskedProblem, numericId } from './learning-outcome-validation';

export class LearningOutcomeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly today = todayIso(),
    /** The data versions read with the request's session (MySQL/MariaDB), for the catalog kept under them. */
    private readonly versions?: DataVersions,
  ) {}

  async record(rawContactId: string, input: LearningOutcomeInput, writer: Writer): Promise<Contact> {
    const contactId = numericId(rawContactId);
    // Its record type read with it: the kept catalog below may predate a record type made since this request's session.
    const contact = contactId === null ? null : await this.dataSource.getRepository(Contact).findOne({ where: { id: contactId }, relations: { recordTypeRelation: true } });
    if (!contact) throw notFound('contact', rawContactId);
    // Kept under the reference data's version (data-versions/catalog-for-writes.ts), for a new action's codes.
    const catalog = await catalogForWrites(this.dataSource, this.versions);

    const problems: FieldProblem[] = [];
    const notAsked = notAskedProblem({ recordTypeGroup: contact.recordTypeRelation!.group, responseSentDate: contact.responseSentDate });
    if (notAsked) problems.push(notAsked);
    const note = checkOutcomeShape(input, problems);

    let plan: NewActionPlan | null = null;
    if (input.kind === 'NEW_ACTION' && input.newAction) {
      // The learning is identified when the complaint is answered: Appendix 1 of that year lists it.
      const financialYear = input.newAction.financialYear ?? (contact.responseSentDate ? financialYearOf(contact.responseSentDate) : null);
      plan = planNewAction({ ...input.newAction, financialYear }, catalog, this.today, problems, 'newAction.');
    }
    let actionId: number | null = null;
    if (input.kind === 'EXISTING_ACTION' && input.actionId !== null && input.actionId !== undefined) {
      actionId = numericId(input.actionId);
      const exists = actionId !== null && (await this.dataSource.getRepository(LearningAction).existsBy({ id: actionId }));
      if (!exists) problems.push({ field: 'actionId', message: `there is no learning action with id ${input.actionId}` });
    }
    if (problems.length) throw badUserInput('learning outcome', problems);
    if (plan && !mayRecord(writer, plan)) throw outsideYourAreas('create');

    return inTransaction(this.dataSource, async (manager) => {
      if (plan) actionId = (await insertAction(manager, plan, writer)).id;
      await manager.delete(ContactLearningOutcome, { contactId: contact.id });
      await manager.insert(ContactLearningOutcome, {
        contactId: contact.id,
        kind: input.kind,
        learningActionId: input.kind === 'NONE' ? null : actionId,
        note,
        recordedByName: writer.name ?? writer.email,
        recordedByEmail: writer.email,
        recordedAt: new Date(),
      });
      return manager.findOneByOrFail(Contact, { id: contact.id });
    });
  }

  /** Each contact's answer, or null. */
  async outcomesOf(contactIds: readonly number[]): Promise<(ContactLearningOutcome | null)[]> {
    const rows = await this.dataSource.getRepository(ContactLearningOutcome).findBy({ contactId: In([...contactIds]) });
    const byContact = new Map(rows.map((r) => [r.contactId, r]));
    return contactIds.map((id) => byContact.get(id) ?? null);
  }

  /** How many complaints named each action as what was learned: one GROUP BY. */
  async linkedComplaintCounts(actionIds: readonly number[]): Promise<number[]> {
    const rows = await this.dataSource
      .getRepository(ContactLearningOutcome)
      .createQueryBuilder('o')
      .select('o.learningActionId', 'actionId')
      .addSelect('COUNT(*)', 'n')
      .where('o.learningActionId IN (:...ids)', { ids: [...actionIds] })
      .groupBy('o.learningActionId')
      .getRawMany<{ actionId: unknown; n: unknown }>();
    const counts = new Map(rows.map((r) => [Number(r.actionId), countOf(r.n)]));
    return actionIds.map((id) => counts.get(id) ?? 0);
  }
}
