/**
 * Signing in and out. Every password check is reserved against the sign-in
 * limits before the hash is computed, and runs through a small gate so a flood
 * cannot queue up behind argon2. Failures are logged (never the password); the
 * same message is given whether the email or the password was wrong, so
 * accounts cannot be discovered.
 */
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { recordAdminChange } from '../admin-audit/admin-audit.service';
import { inTransaction } from '../db/transaction';
import { badUserInput, type FieldProblem } from '../graphql/errors';
import { logger } from '../logging/logger';
import { awayFromTurn } from '../request-turns/request-turn';
import { canonicalEmail, MAX_EMAIL_LENGTH } from './canonical-email';
import { ConcurrencyGate, GateFullError } from './concurrency-gate';
import { hashPassword, passwordProblem, verifyPassword } from './password';
import { saveOwnPassword } from './password-change.service';
import { signInBusy, signInUnavailable, tooManyAttempts } from './sign-in-errors';
import { SignInLimited, SignInStoreUnavailable, type SignInLimits, type SignInReservation } from './sign-in-limits';
import { createSession, loadAuthUser, type AuthUser } from './session.service';
import { User } from './user.entity';
import { findUserByEmail } from './user.service';

const WRONG = 'The email address or password is not right.';

/**
 * argon2 is CPU-bound on libuv's worker threads: more checks at once than cores
 * only slow every request down (health checks included), and a long queue makes
 * a real officer wait behind a flood. A full gate refuses at once instead.
 */
export const PASSWORD_CHECKS = { active: 2, queued: 8 };

function wrongCredentials(): GraphQLError {
  return new GraphQLError(WRONG, { extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
}

export class AuthService {
  private readonly passwordChecks: ConcurrencyGate;

  constructor(
    private readonly dataSource: DataSource,
    private readonly limits: SignInLimits,
    gate = PASSWORD_CHECKS,
  ) {
    this.passwordChecks = new ConcurrencyGate(gate.active, gate.queued);
  }

  /**
   * Through the gate, and away from the request's place (request-turns/): a check takes 100 ms or more on a
   * worker thread, and sign-ins waiting for the gate must not hold every place while analysts queue behind them.
   */
  private checkPassword(hash: string, password: string): Promise<boolean> {
    return awayFromTurn(() => this.passwordChecks.run(() => verifyPassword(hash, password)));
  }

  async login(email: string, password: string, address: string): Promise<{ token: string; expiresAt: Date; user: AuthUser }> {
    const account = canonicalEmail(email);
    if (account.length > MAX_EMAIL_LENGTH) {
      // No account has such an address: nothing to check or count.
      logger.warn({ event: 'login_failed', address, reason: 'email too long' }, 'sign-in failed');
      throw wrongCredentials();
    }
    const reservation = await this.reserve(account, address);
    let user: User | null;
    let ok: boolean;
    try {
      user = await findUserByEmail(this.dataSource.manager, account);
      // Verify even for unknown accounts so timing does not reveal which emails exist.
      ok = await this.checkPassword(user?.passwordHash ?? DUMMY_HASH, password);
    } catch (error) {
      await reservation.release();
      if (error instanceof GateFullError) {
        logger.warn({ event: 'login_refused_busy', email: account, address }, 'sign-in refused: too many password checks at once');
        throw signInBusy();
      }
      throw error;
    }
    if (!user || !ok || !user.active) {
      logger.warn(
        { event: 'login_failed', email: account, address, reason: !user ? 'unknown account' : !ok ? 'wrong password' : 'inactive account' },
        'sign-in failed',
      );
      throw wrongCredentials();
    }
    await reservation.succeeded();
    const session = await createSession(this.dataSource, user.id);
    return { ...session, user: await loadAuthUser(this.dataSource, user) };
  }

  /** An admin's unlock of an account (any spelling of its address), noted in the audit log when the account exists. */
  async clearSignInLimits(email: string, by: AuthUser): Promise<void> {
    const account = canonicalEmail(email);
    if (!account) throw badUserInput('email', [{ field: 'email', message: 'is required' }]);
    try {
      await this.limits.clear(account);
      logger.info({ event: 'sign_in_limits_cleared', email: account, by: by.id }, 'sign-in limits cleared by an admin');
    } catch (error) {
      if (!(error instanceof SignInStoreUnavailable)) throw error;
      logger.error({ event: 'sign_in_store_unavailable', error: error.message }, 'could not clear sign-in limits');
      throw signInUnavailable();
    }
    await inTransaction(this.dataSource, async (manager) => {
      const user = await findUserByEmail(manager, account);
      if (!user) return;
      await recordAdminChange(manager, {
        actor: { id: by.id, email: by.email },
        action: AdminAction.SIGN_IN_LIMITS_CLEARED,
        targetType: AuditTargetType.USER,
        targetKey: user.id,
        targetLabel: user.email,
      });
    });
  }

  /**
   * The signed-in person's own password change. The current password is
   * checked like a sign-in (counted against the same limits, through the same
   * gate), so a session left open cannot be used to guess it; the new one must
   * meet the policy and differ from it. Other sessions end.
   */
  async changeOwnPassword(user: AuthUser, token: string, currentPassword: string, newPassword: string, address: string): Promise<void> {
    const problems: FieldProblem[] = [];
    if (!currentPassword) problems.push({ field: 'currentPassword', message: 'is required' });
    const weak = passwordProblem(newPassword, { email: user.email });
    if (weak) problems.push({ field: 'newPassword', message: weak });
    else if (newPassword === currentPassword) problems.push({ field: 'newPassword', message: 'must be different from your current password' });
    if (problems.length) throw badUserInput('password change', problems);

    const reservation = await this.reserve(user.email, address);
    let ok: boolean;
    try {
      const stored = await this.dataSource.getRepository(User).findOneBy({ id: user.id });
      ok = await this.checkPassword(stored?.passwordHash ?? DUMMY_HASH, currentPassword);
    } catch (error) {
      await reservation.release();
      if (error instanceof GateFullError) throw signInBusy();
      throw error;
    }
    if (!ok) {
      logger.warn({ event: 'password_change_failed', email: user.email, address, reason: 'wrong current password' }, 'password change refused');
      throw badUserInput('password change', [{ field: 'currentPassword', message: 'is not right' }]);
    }
    await reservation.succeeded();
    await saveOwnPassword(this.dataSource, user, token, await hashPassword(newPassword));
    logger.info({ event: 'password_changed', userId: user.id }, 'a user changed their password');
  }

  close(): Promise<void> {
    return this.limits.close();
  }

  private async reserve(account: string, address: string): Promise<SignInReservation> {
    try {
      return await this.limits.reserve(account, address);
    } catch (error) {
      if (error instanceof SignInLimited) {
        logger.warn({ event: 'login_refused_rate_limited', email: account, address, limit: error.limit }, 'sign-in refused: too many attempts');
        throw tooManyAttempts(error.retryAfterMs);
      }
      if (error instanceof SignInStoreUnavailable) {
        logger.error({ event: 'login_refused_store_unavailable', address, error: error.message }, 'sign-in refused: the store of sign-in counts is unavailable');
        throw signInUnavailable();
      }
      throw error;
    }
  }
}

/** An argon2id hash of a random string, checked against when the account does not exist. */
const DUMMY_HASH = '$argon2id$v=19$m=65536,t=3,p=4$J7MiSnQ7MYDkQ8ajRZEA5A$/FcjvN7aXdJbD7bHfZkbpYQxeLmTU/IeZsDnEmAhsx0';
