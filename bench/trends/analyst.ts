/**
 * The benchmark signs in as an analyst, as a script would: a user with the
 * ANALYST role (created once per dataset), then the `login` mutation over HTTP
 * and a Bearer token on every trend request.
 */
import type { DataSource } from 'typeorm';
import { Role } from '../../apps/api/src/auth/role';
import { User } from '../../apps/api/src/auth/user.entity';
import { createUser } from '../../apps/api/src/auth/user.service';

const EMAIL = 'bench-trends-analyst@example.invalid';
// The password policy refuses a password that contains the address's name part.
const PASSWORD = 'harbour-lantern-quietly-counts';

export async function signInAnalyst(dataSource: DataSource, graphqlUrl: string): Promise<string> {
  if (!(await dataSource.manager.exists(User, { where: { email: EMAIL } }))) {
    await createUser(dataSource, { email: EMAIL, name: 'bench:trends analyst', password: PASSWORD, role: Role.ANALYST });
  }
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: EMAIL, p: PASSWORD } }),
  });
  const body = (await response.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
  if (!body.data) throw new Error(`bench:trends could not sign in: ${JSON.stringify(body.errors)}`);
  return body.data.login.token;
}
