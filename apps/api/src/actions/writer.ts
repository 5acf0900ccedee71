import type { AuthUser } from '../auth/session.service';

/**
 * Who is writing to the tracker: the audit records their email, the progress
 * log their name too (their email where none is known); service managers are
 * limited to their areas.
 */
export type Writer = Pick<AuthUser, 'email' | 'role' | 'serviceAreaIds'> & Partial<Pick<AuthUser, 'name'>>;
