/**
 * Reading the register: a scoped list (service managers see only their areas'
 * incidents), one incident, the incidents awaiting their ICO decision for the
 * casework queue, and per-request batch loaders for actions and learning
 * actions (one query per page, not one per incident).
 */
import { icoClock, describeIcoClock, isFinancialYear, referenceKey } from '@complaints/domain';
import DataLoader from 'dataloader';
import { DataSource, In, type SelectQueryBuilder } from 'typeorm';
import { LearningAction } from '../actions/learning-action.entity';
import type { CaseScope } from '../contacts/contact-list';
import type { GraphQLContext } from '../graphql/context';
import { badUserInput } from '../graphql/errors';
import { LostInformationAction } from './lost-information-action.entity';
import { LostInformationIncident } from './lost-information-incident.entity';
import { LostInformationLearningAction } from './lost-information-learning-action.entity';
import type { LostInformationFilter } from './lost-information.inputs';
import type { LostInformationQueueItem } from './lost-information.types';

/** The register holds a few incidents a year: a list this long is years of them. */
export const REGISTER_LIMIT = 500;

/** Limits a query to the scope's service areas; the incident must be aliased `i`. */
export function applyIncidentScope(query: SelectQueryBuilder<LostInformationIncident>, scope: CaseScope): void {
  if (scope === null) return;
  if (!scope.length) query.andWhere('1 = 0');
  else query.andWhere('i.serviceAreaId IN (:...scope)', { scope });
}

export async function listIncidents(dataSource: DataSource, filter: LostInformationFilter, scope: CaseScope): Promise<LostInformationIncident[]> {
  if (filter.financialYear != null && !isFinancialYear(filter.financialYear)) {
    throw badUserInput('lost-information register', [{ field: 'filter.financialYear', message: "must be a financial year such as '2026/27'" }]);
  }
  const query = dataSource.getRepository(LostInformationIncident).createQueryBuilder('i');
  if (filter.financialYear) query.andWhere('i.discoveredFinancialYear = :year', { year: filter.financialYear });
  if (filter.format) query.andWhere('i.format = :format', { format: filter.format });
  if (filter.open === true) query.andWhere('i.closedOn IS NULL');
  if (filter.open === false) query.andWhere('i.closedOn IS NOT NULL');
  applyIncidentScope(query, scope);
  return query.orderBy('i.discoveredAt', 'DESC').addOrderBy('i.id', 'DESC').limit(REGISTER_LIMIT).getMany();
}

export async function findIncidentInScope(dataSource: DataSource, id: string, scope: CaseScope): Promise<LostInformationIncident | null> {
  const numeric = Number(id);
  if (!Number.isSafeInteger(numeric)) return null;
  const query = dataSource.getRepository(LostInformationIncident).createQueryBuilder('i').where('i.id = :id', { id: numeric });
  applyIncidentScope(query, scope);
  return query.getOne();
}

export async function findIncidentByReference(dataSource: DataSource, reference: string, scope: CaseScope): Promise<LostInformationIncident | null> {
  const key = referenceKey(reference);
  if (!key || key.length > 40) return null;
  const query = dataSource.getRepository(LostInformationIncident).createQueryBuilder('i').where('i.referenceKey = :key', { key });
  applyIncidentScope(query, scope);
  return query.getOne();
}

/**
 * Open incidents whose clock still runs (no decision, or NOTIFY without the
 * notification), overdue first, then the soonest due: the top of the officer's
 * casework queue, because the 72 hours run through nights and weekends.
 */
export async function incidentsAwaitingIco(dataSource: DataSource, scope: CaseScope, now: Date): Promise<LostInformationQueueItem[]> {
  const query = dataSource
    .getRepository(LostInformationIncident)
    .createQueryBuilder('i')
    .where('i.closedOn IS NULL')
    .andWhere("(i.icoDecision IS NULL OR (i.icoDecision = 'NOTIFY' AND i.icoNotifiedAt IS NULL))");
  applyIncidentScope(query, scope);
  const incidents = await query.orderBy('i.icoDueAt', 'ASC').addOrderBy('i.id', 'ASC').getMany();
  return incidents.map((incident) => {
    const clock = icoClock(incident, now);
    return {
      incident,
      dueAt: clock.deadline,
      clockState: clock.state,
      hoursRemaining: clock.hoursRemaining,
      hoursOverdue: clock.hoursOverdue,
      summary: describeIcoClock(clock, incident.icoDecision),
    };
  });
  // Ordered by due time, the overdue ones (due earliest) already come first.
}

interface IncidentLoaders {
  actions: DataLoader<number, LostInformationAction[]>;
  learningActions: DataLoader<number, LearningAction[]>;
}

const loaders = new WeakMap<GraphQLContext, IncidentLoaders>();

export function incidentLoaders(context: GraphQLContext): IncidentLoaders {
  let found = loaders.get(context);
  if (!found) {
    const { dataSource } = context;
    found = {
      actions: new DataLoader(async (ids) => {
        const rows = await dataSource.manager.find(LostInformationAction, { where: { incidentId: In([...ids]) }, order: { position: 'ASC', id: 'ASC' } });
        return ids.map((id) => rows.filter((r) => r.incidentId === id));
      }),
      learningActions: new DataLoader(async (ids) => {
        const links = await dataSource.manager.find(LostInformationLearningAction, { where: { incidentId: In([...ids]) } });
        const actionIds = [...new Set(links.map((l) => l.learningActionId))];
        const actions = actionIds.length ? await dataSource.manager.find(LearningAction, { where: { id: In(actionIds) } }) : [];
        const byId = new Map(actions.map((a) => [a.id, a]));
        return ids.map((id) => links.filter((l) => l.incidentId === id).flatMap((l) => (byId.has(l.learningActionId) ? [byId.get(l.learningActionId)!] : [])));
      }),
    };
    loaders.set(context, found);
  }
  return found;
}

