/**
 * Saving a person's own new password (checked by AuthService.changeOwnPassword):
 * one transaction stores the hash, clears the must-change flag, ends the
 * person's other sessions (whoever else holds one, e.g. with the temporary
 * password, is signed out) and writes the audit log, without the password.
 */
import type { DataSource } from 'typeorm';
import { AdminAction, AuditTargetType } from '../admin-audit/admin-audit.enums';
import { recordAdminChange } from '../admin-audit/admin-audit.service';
import { inTransaction } from '../db/transaction';
import { endOtherSessions, type AuthUser } from './session.service';
import { User } from './user.entity';

export async function saveOwnPassword(dataSource: DataSource, user: AuthUser, token: string, passwordHash: string): Promise<void> {
  await inTransaction(dataSource, async (manager) => {
    await manager.update(User, { id: user.id }, { passwordHash, mustChangePassword: false });
    await endOtherSessions(manager, user.id, token);
    await recordAdminChange(manager, {
      actor: { id: user.id, email: user.email },
      action: AdminAction.OWN_PASSWORD_CHANGED,
      targetType: AuditTargetType.USER,
      targetKey: user.id,
      targetLabel: user.email,
      before: user.mustChangePassword ? { mustChangePassword: true } : null,
      after: user.mustChangePassword ? { mustChangePassword: false } : null,
    });
  });
}
