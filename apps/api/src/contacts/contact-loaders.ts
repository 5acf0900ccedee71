/**
 * Batched reads for case work's own fields (assignments, their history,
 * complainants), one set per request like graphql/context.ts's loaders, so a
 * page of contacts costs a fixed number of queries. Kept per request by
 * hanging them off that request's Loaders object.
 */
import { ROLES } from '@complaints/domain';
import DataLoader from 'dataloader';
import { DataSource, In } from 'typeorm';
import { User } from '../auth/user.entity';
import { UserServiceArea } from '../auth/user-service-area.entity';
import { Complainant } from '../complainants/complainant.entity';
import type { Loaders } from '../graphql/context';
import { ContactAssignmentEvent } from './contact-assignment-event.entity';
import { ContactAssignment } from './contact-assignment.entity';
import type { CaseOfficer } from './contact-assignment.types';

export interface CaseLoaders {
  assignmentsByContact: DataLoader<number, ContactAssignment[]>;
  assignmentEventsByContact: DataLoader<number, ContactAssignmentEvent[]>;
  complainantByContact: DataLoader<number, Complainant | null>;
  /** Any user's name as a case officer (null for no such user). */
  officer: DataLoader<number, CaseOfficer | null>;
  /** The service areas each user manages (service managers; none for others). */
  serviceAreaIdsByUser: DataLoader<number, number[]>;
}

export function officerOf(user: Pick<User, 'id' | 'name' | 'role'>): CaseOfficer {
  return { id: user.id, name: user.name, roleName: ROLES[user.role] };
}

function byKey<T, K>(rows: T[], key: (row: T) => K, keys: readonly K[]): T[][] {
  const map = new Map<K, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return keys.map((k) => map.get(k) ?? []);
}

export function createCaseLoaders(dataSource: DataSource): CaseLoaders {
  const manager = dataSource.manager;
  return {
    assignmentsByContact: new DataLoader(async (ids) =>
      byKey(await manager.find(ContactAssignment, { where: { contactId: In([...ids]) }, order: { assignedAt: 'ASC' } }), (r) => r.contactId, ids),
    ),
    assignmentEventsByContact: new DataLoader(async (ids) =>
      byKey(await manager.find(ContactAssignmentEvent, { where: { contactId: In([...ids]) }, order: { assignedAt: 'ASC', id: 'ASC' } }), (r) => r.contactId, ids),
    ),
    complainantByContact: new DataLoader(async (ids) => {
      const rows = new Map((await manager.find(Complainant, { where: { contactId: In([...ids]) } })).map((r) => [r.contactId, r]));
      return ids.map((id) => rows.get(id) ?? null);
    }),
    officer: new DataLoader(async (ids) => {
      const users = new Map((await manager.find(User, { select: { id: true, name: true, role: true }, where: { id: In([...ids]) } })).map((u) => [u.id, u]));
      return ids.map((id) => (users.has(id) ? officerOf(users.get(id)!) : null));
    }),
    serviceAreaIdsByUser: new DataLoader(async (ids) =>
      byKey(await manager.find(UserServiceArea, { where: { userId: In([...ids]) } }), (r) => r.userId, ids).map((rows) => rows.map((r) => r.serviceAreaId)),
    ),
  };
}

const perRequest = new WeakMap<Loaders, CaseLoaders>();

/** This request's case loaders (made on first use). */
export function caseLoaders(context: { dataSource: DataSource; loaders: Loaders }): CaseLoaders {
  let loaders = perRequest.get(context.loaders);
  if (!loaders) perRequest.set(context.loaders, (loaders = createCaseLoaders(context.dataSource)));
  return loaders;
}
