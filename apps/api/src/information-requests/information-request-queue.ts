/**
 * The due and overdue queue: open requests with their clock running that are
 * past their due date or due within 5 working days, earliest due first, and
 * how many are waiting with their clock paused. The counts are counted in the
 * database, so they stay exact when the list is cut short at QUEUE_LIMIT.
 */
import type { DataSource, SelectQueryBuilder } from 'typeorm';
import type { CaseScope } from '../contacts/contact-list';
import { addWorkingDays } from '../timescales';
import { applyRequestScope, whereOpen } from './information-request-list';
import { InformationRequest } from './information-request.entity';
import { QUEUE_LIMIT, type InformationRequestQueue } from './information-request.types';

/** Working days ahead that count as due soon, as in the casework queue. */
export const DUE_SOON_WORKING_DAYS = 5;

export async function informationRequestQueue(dataSource: DataSource, asOf: string, scope: CaseScope): Promise<InformationRequestQueue> {
  const dueUntil = addWorkingDays(asOf, DUE_SOON_WORKING_DAYS);
  const base = (): SelectQueryBuilder<InformationRequest> => {
    const query = dataSource.getRepository(InformationRequest).createQueryBuilder('r');
    applyRequestScope(query, scope);
    return query;
  };
  const running = () => {
    const query = base();
    whereOpen(query, true);
    return query;
  };
  const paused = base();
  whereOpen(paused);
  paused.andWhere('r.clockPausedOn IS NOT NULL');

  const [overdueCount, dueSoonCount, pausedCount, items] = await Promise.all([
    running().andWhere('r.dueDate < :asOf', { asOf }).getCount(),
    running().andWhere('r.dueDate >= :asOf AND r.dueDate <= :dueUntil', { asOf, dueUntil }).getCount(),
    paused.getCount(),
    running().andWhere('r.dueDate <= :dueUntil', { dueUntil }).orderBy('r.dueDate', 'ASC').addOrderBy('r.id', 'ASC').take(QUEUE_LIMIT).getMany(),
  ]);
  return { asOf, dueUntil, overdueCount, dueSoonCount, pausedCount, items };
}
