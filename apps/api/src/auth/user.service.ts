/**
 * Accounts: the checks every account must pass, creating one (the admin API,
 * the create-admin command, the demo data and tests), finding one by email,
 * and what the audit log records of one. Administrators' other changes are in
 * user-admin.service.ts.
 */
import { isEmailAddress, isInUseOn } from '@complaints/domain';
import type { DataSource, EntityManager } from 'typeorm';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { recordAdminChange, type AuditActor } from '../admin-audit/admin-audit.service';
import { inTransaction } from '../db/transaction';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { todayIso } from '../periods/today';
import { loadReferenceCatalog, type ReferenceCatalog } from '../reference/reference-catalog';
import { canonicalEmail, MAX_EMAIL_LENGTH } from './canonical-email';
import { hashPassword, passwordProblem } from './password';
import { Role } from './role';
import { UserServiceArea } from './user-service-area.entity';
import { User } from './user.entity';

const MAX_NAME_LENGTH = 200;

/** A new account as the services take it (the GraphQL input has no password: the API makes a temporary one). */
export interface NewAccount {
  email: string;
  name: string;
  password: string;
  role: Role;
  serviceAreas?: string[] | null;
  /** A temporary password (handed over by an administrator) must be changed at first sign-in. */
  mustChangePassword?: boolean;
}

/** What the audit log keeps of an account: never its password or hash. */
export function userSnapshot(user: User, serviceAreaCodes: readonly string[]) {
  return {
    email: user.email,
    name: user.name,
    role: user.role,
    serviceAreas: [...serviceAreaCodes],
    active: user.active,
    mustChangePassword: user.mustChangePassword,
  };
}

/** Problems with a name, a role and its service areas (codes → ids, in the order given). */
export function roleAndAreaProblems(
  fields: { name?: string | null; role?: Role | null; serviceAreas?: readonly string[] | null },
  role: Role,
  catalog: ReferenceCatalog,
  problems: FieldProblem[],
): number[] {
  if (fields.name !== undefined && fields.name !== null) {
    const name = fields.name.trim();
    if (!name) problems.push({ field: 'name', message: 'is required' });
    else if (name.length > MAX_NAME_LENGTH) problems.push({ field: 'name', message: `must be at most ${MAX_NAME_LENGTH} characters` });
  }
  if (!Object.values(Role).includes(role)) problems.push({ field: 'role', message: `unknown role '${role}'` });
  const codes = fields.serviceAreas ?? [];
  if (new Set(codes).size !== codes.length) problems.push({ field: 'serviceAreas', message: 'names a service area twice' });
  const ids = codes.flatMap((code) => {
    const area = catalog.serviceAreas.byCode.get(code);
    if (!area) problems.push({ field: 'serviceAreas', message: `unknown service area '${code}'` });
    return area ? [area.id] : [];
  });
  if (role === Role.SERVICE_MANAGER && codes.length === 0) {
    problems.push({ field: 'serviceAreas', message: 'a service manager needs at least one service area' });
  }
  if (role !== Role.SERVICE_MANAGER && codes.length > 0) {
    problems.push({ field: 'serviceAreas', message: 'only service managers are scoped to service areas' });
  }
  return ids;
}

/** Problems with an address for a new account; the canonical address when there are none. */
async function emailProblems(manager: EntityManager, raw: string, problems: FieldProblem[]): Promise<string> {
  const email = canonicalEmail(raw);
  if (!isEmailAddress(email) || email.length > MAX_EMAIL_LENGTH) problems.push({ field: 'email', message: `'${raw}' is not an email address` });
  else if (await findUserByEmail(manager, email)) problems.push({ field: 'email', message: `is taken: ${email} already has an account` });
  return email;
}

/**
 * Creates an account whose password is already hashed (checked by the caller),
 * recording it in the audit log when `audit` says who made it.
 */
export async function insertAccount(
  manager: EntityManager,
  input: Omit<NewAccount, 'password'>,
  passwordHash: string,
  audit?: { actor: AuditActor },
  earlierProblems: FieldProblem[] = [],
): Promise<User> {
  const problems: FieldProblem[] = [...earlierProblems];
  const email = await emailProblems(manager, input.email, problems);
  const catalog = await loadReferenceCatalog(manager);
  const areaIds = roleAndAreaProblems({ name: input.name ?? '', serviceAreas: input.serviceAreas }, input.role, catalog, problems);
  retiredAreaProblems(input.serviceAreas ?? [], [], catalog, problems);
  if (problems.length) throw badUserInput('user', problems);

  const user = await manager.save(
    manager.create(User, { email, name: input.name.trim(), role: input.role, passwordHash, active: true, mustChangePassword: input.mustChangePassword ?? false }),
  );
  if (areaIds.length) await manager.insert(UserServiceArea, areaIds.map((serviceAreaId) => ({ userId: user.id, serviceAreaId })));
  if (audit) {
    await recordAdminChange(manager, {
      actor: audit.actor,
      action: AdminAction.USER_CREATED,
      targetType: AuditTargetType.USER,
      targetKey: user.id,
      targetLabel: user.email,
      after: userSnapshot(user, catalog.serviceAreas.list.filter((area) => input.serviceAreas?.includes(area.code)).map((area) => area.code)),
    });
  }
  return user;
}

/** Creates an account with the password given (checked against the policy with every other field). */
export async function createUser(dataSource: DataSource, input: NewAccount, audit?: { actor: AuditActor }): Promise<User> {
  const { hash, problems } = await checkedPasswordHash(input);
  return inTransaction(dataSource, (manager) => insertAccount(manager, input, hash, audit, problems));
}

/** Creates an account inside the caller's transaction (the demo data's). */
export async function createUserIn(manager: EntityManager, input: NewAccount): Promise<User> {
  const { hash, problems } = await checkedPasswordHash(input);
  return insertAccount(manager, input, hash, undefined, problems);
}

/** The hash, computed outside any transaction (argon2 is slow) unless the password breaks the policy. */
async function checkedPasswordHash(input: NewAccount): Promise<{ hash: string; problems: FieldProblem[] }> {
  const weak = passwordProblem(input.password, { email: canonicalEmail(input.email) });
  return weak ? { hash: '', problems: [{ field: 'password', message: weak }] } : { hash: await hashPassword(input.password), problems: [] };
}

/** A service area retired today or earlier cannot be given to a manager (one already held may stay). */
export function retiredAreaProblems(codes: readonly string[], held: readonly string[], catalog: ReferenceCatalog, problems: FieldProblem[]): void {
  const today = todayIso();
  for (const code of codes) {
    const area = catalog.serviceAreas.byCode.get(code);
    if (area && !held.includes(code) && !isInUseOn(area, today)) problems.push({ field: 'serviceAreas', message: `'${area.name}' was retired on ${area.retiredFrom}` });
  }
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
