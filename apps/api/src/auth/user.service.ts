/** Creating, finding and (de)activating users: used by the admin API, sign-in, the create-admin command and the demo data. */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager } from 'typeorm';
import { badUserInput, notFound, type FieldProblem } from '../graphql/errors';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import type { CreateUserInput } from './auth.types';
import { canonicalEmail, MAX_EMAIL_LENGTH } from './canonical-email';
import { hashPassword, passwordProblem } from './password';
import { Role } from './role';
import { Session } from './session.entity';
import { UserServiceArea } from './user-service-area.entity';
import { User } from './user.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(dataSource: DataSource, input: CreateUserInput): Promise<User> {
  return inTransaction(dataSource, (manager) => createUserIn(manager, input));
}

export async function createUserIn(manager: EntityManager, input: CreateUserInput): Promise<User> {
  const problems: FieldProblem[] = [];
  const email = canonicalEmail(input.email);
  if (!EMAIL.test(email) || email.length > MAX_EMAIL_LENGTH) problems.push({ field: 'email', message: `'${input.email}' is not an email address` });
  else if (await manager.exists(User, { where: { email } })) problems.push({ field: 'email', message: `${email} already has an account` });
  if (!input.name.trim()) problems.push({ field: 'name', message: 'is required' });
  const weak = passwordProblem(input.password);
  if (weak) problems.push({ field: 'password', message: weak });
  if (!Object.values(Role).includes(input.role)) problems.push({ field: 'role', message: `unknown role '${input.role}'` });

  const catalog = await loadReferenceCatalog(manager);
  const areaCodes = input.serviceAreas ?? [];
  const areaIds = areaCodes.flatMap((code) => {
    const area = catalog.serviceAreas.byCode.get(code);
    if (!area) problems.push({ field: 'serviceAreas', message: `unknown service area '${code}'` });
    return area ? [area.id] : [];
  });
  if (input.role === Role.SERVICE_MANAGER && areaCodes.length === 0) {
    problems.push({ field: 'serviceAreas', message: 'a service manager needs at least one service area' });
  }
  if (input.role !== Role.SERVICE_MANAGER && areaCodes.length > 0) {
    problems.push({ field: 'serviceAreas', message: 'only service managers are scoped to service areas' });
  }
  if (problems.length) throw badUserInput('user', problems);

  const user = await manager.save(
    manager.create(User, { email, name: input.name.trim(), role: input.role, passwordHash: await hashPassword(input.password), active: true }),
  );
  if (areaIds.length) await manager.insert(UserServiceArea, areaIds.map((serviceAreaId) => ({ userId: user.id, serviceAreaId })));
  return user;
}

/**
 * The account for a canonical address, compared exactly. MariaDB's
 * utf8mb4_unicode_ci collation finds `victim@x` for `vîctim@x` (î = i), so the
 * database's match is only a candidate; rows stored before addresses were
 * canonical still match their canonical form.
 */
export async function findUserByEmail(manager: EntityManager, account: string): Promise<User | null> {
  const candidates = await manager.find(User, { where: { email: account } });
  return candidates.find((user) => canonicalEmail(user.email) === account) ?? null;
}

/**
 * Deactivates or reactivates an account. Either change deletes all its
 * sessions in the same transaction, so a reactivated account starts clean:
 * no token issued before (or while it was inactive) works again.
 */
export function setUserActive(dataSource: DataSource, id: string, active: boolean): Promise<User> {
  return inTransaction(dataSource, async (manager) => {
    const user = Number.isSafeInteger(Number(id)) ? await manager.findOneBy(User, { id: Number(id) }) : null;
    if (!user) throw notFound('user', id);
    if (!active || !user.active) await manager.delete(Session, { userId: user.id });
    if (user.active === active) return user;
    user.active = active;
    return manager.save(user);
  });
}
