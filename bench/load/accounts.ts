/**
 * Who the load comes from: one ANALYST account per client (an aggregate limit
 * applies per user, so 50 people are 50 accounts, not one token shared) and one
 * COMPLAINTS_OFFICER for the learning-action updates. The accounts are kept in
 * the dataset, so only a larger --clients creates more (argon2 makes each take
 * a moment); every run signs them in afresh over HTTP, as people would.
 */
import type { DataSource } from 'typeorm';
import { Role } from '../../apps/api/src/auth/role';
import { User } from '../../apps/api/src/auth/user.entity';
import { createUser } from '../../apps/api/src/auth/user.service';
import { operation, setupGraphql } from './setup-client';

interface Account {
  email: string;
  password: string;
  role: Role;
}

const PASSWORD = 'bench-load-account-password';
/** Sign-in checks argon2 hashes two at a time; a third waits its turn, more are refused (TOO_MANY_ATTEMPTS). */
const SIGN_INS_AT_ONCE = 2;
const LOGIN = 'mutation Login($email: String!, $password: String!) { login(email: $email, password: $password) { token } }';

export const OFFICER: Account = { email: 'bench-load-officer@example.invalid', password: PASSWORD, role: Role.COMPLAINTS_OFFICER };

export function analysts(count: number): Account[] {
  return Array.from({ length: count }, (_, i) => ({ email: `bench-load-analyst-${i + 1}@example.invalid`, password: PASSWORD, role: Role.ANALYST }));
}

/** Creates whichever of `accounts` the dataset does not hold yet; returns how many it created. */
export async function ensureAccounts(dataSource: DataSource, accounts: Account[]): Promise<number> {
  let created = 0;
  for (const account of accounts) {
    if (await dataSource.manager.exists(User, { where: { email: account.email } })) continue;
    await createUser(dataSource, { email: account.email, name: `bench:load ${account.role.toLowerCase()}`, password: account.password, role: account.role });
    created += 1;
  }
  return created;
}

/** A session token for each account, in the same order. */
export async function signIn(baseUrl: string, accounts: Account[]): Promise<string[]> {
  const tokens: string[] = new Array(accounts.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < accounts.length; i = next++) {
      const { email, password } = accounts[i];
      const { data } = await setupGraphql<{ login: { token: string } }>(baseUrl, operation(LOGIN, { email, password }), null, `signing in ${email}`);
      tokens[i] = data.login.token;
    }
  };
  await Promise.all(Array.from({ length: SIGN_INS_AT_ONCE }, worker));
  return tokens;
}
