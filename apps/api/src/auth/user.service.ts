/** Creating and listing users: used by the admin API, the create-admin command and the demo data. */
import { inTransaction } from '../db/transaction';
import { DataSource, EntityManager } from 'typeorm';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { loadReferenceCatalog } from '../reference/reference-catalog';
import type { CreateUserInput } from './auth.types';
import { hashPassword, passwordProblem } from './password';
import { Role } from './role';
import { UserServiceArea } from './user-service-area.entity';
import { User } from './user.entity';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function createUser(dataSource: DataSource, input: CreateUserInput): Promise<User> {
  return inTransaction(dataSource, (manager) => createUserIn(manager, input));
}

export async function createUserIn(manager: EntityManager, input: CreateUserInput): Promise<User> {
  const problems: FieldProblem[] = [];
  const email = input.email.trim().toLowerCase();
  if (!EMAIL.test(email) || email.length > 254) problems.push({ field: 'email', message: `'${input.email}' is not an email address` });
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
