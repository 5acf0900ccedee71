import type { DataSource } from 'typeorm';
import type { Role } from '../auth/role';

/** Who tries an operation in the access-matrix test: a role, or nobody signed in. */
export type Who = Role | 'NOBODY';

/** One try of one operation: the database to prepare its record in, and who will send it. */
export interface AccessTry {
  dataSource: DataSource;
  who: Who;
}

/**
 * A GraphQL operation for the access-matrix test (auth/access-matrix.integration.test.ts).
 * Who may run it is NOT said here: it is typed by hand in auth/access-matrix.expected.ts,
 * so a wrong policy in the code cannot also be the test's expectation.
 */
export interface AccessOperation {
  /** The root field it runs (every Query and Mutation field needs one), or a name for another use of one. */
  name: string;
  document: string;
  /**
   * Variables for one try. Where the operation changes a record, create a fresh one
   * here (through the services, see access-operation-fixtures.ts): a role that is
   * allowed must see the operation succeed, with no error at all.
   */
  variables?: (attempt: AccessTry) => Record<string, unknown> | Promise<Record<string, unknown>>;
  /** Run with a new session of its own (logout would end the shared one). */
  ownSession?: boolean;
  /** A null answer counts as success for this signed-out caller (`me` when nobody is signed in). */
  nullWhenSignedOut?: boolean;
}
