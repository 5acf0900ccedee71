/**
 * Recording and editing lost-information incidents. Everything is checked
 * first; then the incident, its actions and its learning-action links are
 * written in one transaction, so a refused save changes nothing.
 */
import { referenceKey } from '@complaints/domain';
import { DataSource, EntityManager, In } from 'typeorm';
import { LearningAction } from '../actions/learning-action.entity';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound } from '../graphql/errors';
import { canonicalReference, REFERENCE_PATTERN } from '../reference-numbers/canonical-reference';
import { isUniqueViolation, referenceInUse } from '../reference-numbers/reference-in-use';
import { allocateReferences } from '../reference-numbers/reference-sequence';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import { LostInformationAction } from './lost-information-action.entity';
import { LostInformationIncident } from './lost-information-incident.entity';
import { LostInformationLearningAction } from './lost-information-learning-action.entity';
import { prepareIncident, type PreparedIncident } from './lost-information-validation';
import type { LostInformationIncidentInput } from './lost-information.inputs';

const SUBJECT = 'lost-information incident';

/** LI/, the year the financial year of discovery starts, and a number: LI/2026/0001. */
export function incidentReferencePrefix(financialYear: string): string {
  return `LI/${financialYear.slice(0, 4)}/`;
}

/** Replaces an incident's actions and learning-action links, inside the caller's transaction. */
async function writeChildren(manager: EntityManager, incidentId: number, prepared: PreparedIncident): Promise<void> {
  await manager.delete(LostInformationAction, { incidentId });
  await manager.delete(LostInformationLearningAction, { incidentId });
  if (prepared.actions.length) await manager.insert(LostInformationAction, prepared.actions.map((a) => ({ ...a, incidentId })));
  if (prepared.learningActionIds.length) {
    await manager.insert(LostInformationLearningAction, prepared.learningActionIds.map((learningActionId) => ({ incidentId, learningActionId })));
  }
}

/** Inserts a checked incident with its reference, actions and links, inside the caller's transaction (also the demo loader's way in). */
export async function insertIncident(manager: EntityManager, prepared: PreparedIncident, reference: string): Promise<LostInformationIncident> {
  await manager.insert(LostInformationIncident, { ...prepared.row, reference, referenceKey: referenceKey(reference) });
  const saved = await manager.findOneByOrFail(LostInformationIncident, { reference });
  await writeChildren(manager, saved.id, prepared);
  return saved;
}

export class LostInformationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly now: () => Date = () => new Date(),
  ) {}

  private async prepare(manager: EntityManager, input: LostInformationIncidentInput): Promise<PreparedIncident> {
    const result = prepareIncident(input, await loadReferenceCatalog(manager), this.now());
    if (!result.ok) throw badUserInput(SUBJECT, result.problems);
    const ids = result.value.learningActionIds;
    if (ids.length) {
      const found = new Set((await manager.find(LearningAction, { select: { id: true }, where: { id: In(ids) } })).map((a) => a.id));
      const missing = ids.filter((id) => !found.has(id));
      if (missing.length) throw badUserInput(SUBJECT, [{ field: 'learningActionIds', message: `no learning action with id ${missing.join(', ')}` }]);
    }
    return result.value;
  }

  async record(input: LostInformationIncidentInput): Promise<LostInformationIncident> {
    const given = input.reference?.trim() || null;
    if (given !== null && !REFERENCE_PATTERN.test(given)) {
      throw badUserInput(SUBJECT, [{ field: 'reference', message: 'use letters, digits, /, - and _ (up to 40)' }]);
    }
    try {
      return await inTransaction(this.dataSource, async (manager) => {
        const prepared = await this.prepare(manager, input);
        let reference: string;
        if (given === null) {
          const taken = new Set<string>();
          for (;;) {
            [reference] = await allocateReferences(manager, LostInformationIncident, incidentReferencePrefix(prepared.row.discoveredFinancialYear), 1, taken);
            if (!(await manager.exists(LostInformationIncident, { where: { referenceKey: referenceKey(reference) } }))) break;
          }
        } else {
          reference = canonicalReference(given);
          if (await manager.exists(LostInformationIncident, { where: [{ reference }, { referenceKey: referenceKey(reference) }] })) throw referenceInUse(SUBJECT, reference);
        }
        return insertIncident(manager, prepared, reference);
      });
    } catch (error) {
      if (isUniqueViolation(error)) throw referenceInUse(SUBJECT, given);
      throw error;
    }
  }

  async update(id: string, input: LostInformationIncidentInput): Promise<LostInformationIncident> {
    const numeric = Number(id);
    if (!Number.isSafeInteger(numeric)) throw notFound(SUBJECT, id);
    return inTransaction(this.dataSource, async (manager) => {
      const existing = await manager.findOneBy(LostInformationIncident, { id: numeric });
      if (!existing) throw notFound(SUBJECT, id);
      const prepared = await this.prepare(manager, input);
      await manager.update(LostInformationIncident, { id: numeric }, prepared.row);
      await writeChildren(manager, numeric, prepared);
      return manager.findOneByOrFail(LostInformationIncident, { id: numeric });
    });
  }
}
