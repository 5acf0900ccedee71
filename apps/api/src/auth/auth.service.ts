/**
 * Signing in and out. Failures are logged (never the password) and rate-limited
 * per account and per address; the same message is given whether the email or
 * the password was wrong, so accounts cannot be discovered.
 */
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { LoginRateLimiter } from './login-rate-limiter';
import { verifyPassword } from './password';
import { createSession, loadAuthUser, type AuthUser } from './session.service';
import { User } from './user.entity';

const WRONG = 'The email address or password is not right.';

function log(event: string, details: Record<string, unknown>) {
  console.warn(JSON.stringify({ at: new Date().toISOString(), event, ...details }));
}

export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly limiter: LoginRateLimiter,
  ) {}

  async login(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: AuthUser }> {
    const account = email.trim().toLowerCase();
    const wait = this.limiter.retryAfterMs(account, address);
    if (wait > 0) {
      log('login_refused_rate_limited', { email: account, address });
      const minutes = Math.ceil(wait / 60_000);
      throw new GraphQLError(`Too many failed sign-in attempts. Try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`, {
        extensions: { code: 'TOO_MANY_ATTEMPTS', retryAfterSeconds: Math.ceil(wait / 1000), http: { status: 429 } },
      });
    }
    const user = await this.dataSource.getRepository(User).findOne({ where: { email: account } });
    // Verify even for unknown accounts so timing does not reveal which emails exist.
    const ok = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
    if (!user || !ok || !user.active) {
      this.limiter.recordFailure(account, address);
      log('login_failed', { email: account, address, reason: !user ? 'unknown account' : !ok ? 'wrong password' : 'inactive account' });
      throw new GraphQLError(WRONG, { extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
    }
    this.limiter.recordSuccess(account);
    const session = await createSession(this.dataSource, user.id);
    return { ...session, user: await loadAuthUser(this.dataSource, user) };
  }
}

/** An argon2id hash of a random string, checked against when the account does not exist. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$J7MiSnQ7MYDkQ8ajRZEA5A$/FcjvN7aXdJbD7bHfZkbpYQxeLmTU/IeZsDnEmAhsx0';
