/**
 * What administrators do to accounts: create one (with a temporary password),
 * change its name, role and service areas, deactivate or reactivate it, and
 * reset its password. Each change is one transaction that also writes the
 * audit log; a refusal names the field and writes nothing. The last active
 * administrator can be neither deactivated nor given another role, so the
 * system can never be locked out of its own administration.
 */
import type { DataSource, EntityManager } from 'typeorm';
import { In } from 'typeorm';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { recordAdminChange, type AuditActor } from '../admin-audit/admin-audit.service';
import { inTransaction } from '../db/transaction';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { generateTemporaryPassword, hashPassword } from './password';
import { Role } from './role';
import { Session } from './session.entity';
import type { CreateUserInput, UpdateUserInput } from './user-admin.types';
import { UserServiceArea } from './user-service-area.entity';
import { User } from './user.entity';
import { insertAccount, retiredAreaProblems, roleAndAreaProblems, userSnapshot } from './user.service';

export interface AccountWithTemporaryPassword {
  user: User;
  /** Shown to the administrator once, never stored (only its hash is). */
  temporaryPassword: string;
}

/** Row locks need a server: SQLite's transactions already run one at a time (db/transaction.ts). */
function locks(manager: EntityManager): boolean {
  return manager.connection.options.type !== 'better-sqlite3';
}

/**
 * The active administrators, locked on MySQL/MariaDB until the transaction
 * ends: two administrators deactivating each other at once must not both see
 * the other still active. Always taken before the target's row, in one order,
 * so two such changes wait for each other instead of deadlocking.
 */
async function activeAdminIds(manager: EntityManager): Promise<number[]> {
  const query = manager
    .getRepository(User)
    .createQueryBuilder('u')
    .select('u.id')
    .where('u.role = :role AND u.active = :active', { role: Role.ADMIN, active: true })
    .orderBy('u.id');
  if (locks(manager)) query.setLock('pessimistic_write');
  return (await query.getMany()).map((u) => u.id);
}

async function targetUser(manager: EntityManager, id: string): Promise<User> {
  const key = Number(id);
  const query = manager.getRepository(User).createQueryBuilder('u').where('u.id = :id', { id: key });
  if (locks(manager)) query.setLock('pessimistic_write');
  const user = Number.isSafeInteger(key) ? await query.getOne() : null;
  if (!user) throw notFound('user', id);
  return user;
}

async function areaCodesOf(manager: EntityManager, userId: number): Promise<string[]> {
  const [catalog, rows] = await Promise.all([loadReferenceCatalog(manager), manager.find(UserServiceArea, { where: { userId } })]);
  return rows
    .map((row) => catalog.serviceAreas.byId.get(row.serviceAreaId)!)
    .sort((a, b) => a.sortOrder - b.sortOrder || a.id - b.id)
    .map((area) => area.code);
}

/** Service area codes in the catalog's order (unknown ones last), so snapshots compare by content. */
function inCatalogOrder(catalog: ReferenceCatalog, codes: readonly string[]): string[] {
  const position = (code: string) => catalog.serviceAreas.list.findIndex((area) => area.code === code) >>> 0;
  return [...codes].sort((a, b) => position(a) - position(b));
}

/** Whether taking `user` out of the active administrators (`admins`) would leave none. */
function isLastActiveAdmin(admins: readonly number[], user: User): boolean {
  return user.role === Role.ADMIN && user.active && admins.every((id) => id === user.id);
}

function audit(actor: AuditActor, action: AdminAction, user: User, before: object | null, after: object | null) {
  return {
    actor,
    action,
    targetType: AuditTargetType.USER,
    targetKey: user.id,
    targetLabel: user.email,
    before: before as Record<string, unknown> | null,
    after: after as Record<string, unknown> | null,
  };
}

/** A new account with a temporary password its holder must change at first sign-in. */
export async function createUserByAdmin(dataSource: DataSource, input: CreateUserInput, actor: AuditActor): Promise<AccountWithTemporaryPassword> {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await inTransaction(dataSource, (manager) =>
    insertAccount(manager, { ...input, mustChangePassword: true }, passwordHash, { actor }),
  );
  return { user, temporaryPassword };
}

/** Changes the fields given (name, role, service areas); the others stay as they are. */
export function updateUser(dataSource: DataSource, id: string, input: UpdateUserInput, actor: AuditActor): Promise<User> {
  return inTransaction(dataSource, async (manager) => {
    const admins = await activeAdminIds(manager);
    const user = await targetUser(manager, id);
    const heldAreas = await areaCodesOf(manager, user.id);
    const role = input.role ?? user.role;
    // A role without areas drops a manager's areas unless new ones are named.
    const catalog = await loadReferenceCatalog(manager);
    const areas = inCatalogOrder(catalog, input.serviceAreas ?? (role === Role.SERVICE_MANAGER ? heldAreas : []));
    const problems: FieldProblem[] = [];
    if (input.name === null) problems.push({ field: 'name', message: 'is required' });
    if (input.role === null) problems.push({ field: 'role', message: 'is required' });
    const areaIds = roleAndAreaProblems({ name: input.name, serviceAreas: areas }, role, catalog, problems);
    retiredAreaProblems(areas, heldAreas, catalog, problems);
    if (isLastActiveAdmin(admins, user) && role !== Role.ADMIN) {
      problems.push({ field: 'role', message: 'cannot change: this is the last active administrator. Make someone else an administrator first' });
    }
    if (problems.length) throw badUserInput('user', problems);

    const before = userSnapshot(user, heldAreas);
    user.name = input.name?.trim() ?? user.name;
    user.role = role;
    await manager.update(User, { id: user.id }, { name: user.name, role: user.role });
    if (areas.join() !== heldAreas.join()) {
      await manager.delete(UserServiceArea, { userId: user.id });
      if (areaIds.length) await manager.insert(UserServiceArea, areaIds.map((serviceAreaId) => ({ userId: user.id, serviceAreaId })));
    }
    const after = userSnapshot(user, areas);
    if (JSON.stringify(before) !== JSON.stringify(after)) await recordAdminChange(manager, audit(actor, AdminAction.USER_UPDATED, user, before, after));
    return user;
  });
}

/**
 * Deactivates or reactivates an account. Either change deletes all its
 * sessions in the same transaction, so a deactivated account is signed out at
 * once and a reactivated one starts clean: no token issued before (or while it
 * was inactive) works again.
 */
export function setUserActive(dataSource: DataSource, id: string, active: boolean, actor: AuditActor): Promise<User> {
  return inTransaction(dataSource, async (manager) => {
    const admins = await activeAdminIds(manager);
    const user = await targetUser(manager, id);
    if (!active && isLastActiveAdmin(admins, user)) {
      throw badUserInput('user', [{ field: 'active', message: 'cannot be turned off: this is the last active administrator. Make someone else an administrator first' }]);
    }
    // Marking an active account active again leaves its sessions alone.
    if (!active || !user.active) await manager.delete(Session, { userId: user.id });
    if (user.active === active) return user;
    const areas = await areaCodesOf(manager, user.id);
    const before = userSnapshot(user, areas);
    user.active = active;
    await manager.update(User, { id: user.id }, { active });
    await recordAdminChange(manager, audit(actor, active ? AdminAction.USER_REACTIVATED : AdminAction.USER_DEACTIVATED, user, before, userSnapshot(user, areas)));
    return user;
  });
}

/**
 * A new temporary password for an account: its sessions end, and its holder
 * must change the password at the next sign-in. Nothing of the old or new
 * password reaches the audit log.
 */
export async function resetUserPassword(dataSource: DataSource, id: string, actor: AuditActor): Promise<AccountWithTemporaryPassword> {
  const temporaryPassword = generateTemporaryPassword();
  const passwordHash = await hashPassword(temporaryPassword);
  const user = await inTransaction(dataSource, async (manager) => {
    const user = await targetUser(manager, id);
    const areas = await areaCodesOf(manager, user.id);
    const before = userSnapshot(user, areas);
    user.passwordHash = passwordHash;
    user.mustChangePassword = true;
    await manager.update(User, { id: user.id }, { passwordHash, mustChangePassword: true });
    await manager.delete(Session, { userId: user.id });
    await recordAdminChange(manager, audit(actor, AdminAction.USER_PASSWORD_RESET, user, before, userSnapshot(user, areas)));
    return user;
  });
  return { user, temporaryPassword };
}

/** Each user's service area ids, for a page of users in one query. */
export async function serviceAreaIdsByUser(dataSource: DataSource, userIds: readonly number[]): Promise<number[][]> {
  const rows = await dataSource.getRepository(UserServiceArea).find({ where: { userId: In([...userIds]) } });
  return userIds.map((id) => rows.filter((row) => row.userId === id).map((row) => row.serviceAreaId));
}
