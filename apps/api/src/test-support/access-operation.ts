import type { Role } from '../auth/role';

/** A GraphQL operation and who may run it, for the access-matrix test. */
export interface AccessOperation {
  name: string;
  document: string;
  variables?: () => Record<string, unknown>;
  /** Roles allowed; 'ANYONE' includes nobody signed in. */
  allowed: readonly Role[] | 'ANYONE';
  /** Run with a new session of its own (logout would end the shared one). */
  ownSession?: boolean;
}
