import { GraphQLError } from 'graphql';
import { isDatabaseUnavailable } from './database-unavailable';

function withCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code });
}

/** Shaped like TypeORM's QueryFailedError: the driver's error copied in and kept as driverError. */
function queryFailed(driverError: Error): Error {
  return Object.assign(new Error(driverError.message), { name: 'QueryFailedError', driverError, query: 'SELECT 1' });
}

describe('isDatabaseUnavailable', () => {
  it.each([
    ['a refused connection', withCode('connect ECONNREFUSED 10.0.0.5:3306', 'ECONNREFUSED')],
    ['a lost connection', withCode('Connection lost: The server closed the connection.', 'PROTOCOL_CONNECTION_LOST')],
    ['too many connections', withCode('Too many connections', 'ER_CON_COUNT_ERROR')],
    ['a server shutting down', withCode('Server shutdown in progress', 'ER_SERVER_SHUTDOWN')],
    ['a connect timeout', withCode('connect ETIMEDOUT', 'ETIMEDOUT')],
    ['an unknown host', withCode('getaddrinfo ENOTFOUND mysql', 'ENOTFOUND')],
    ['a busy SQLite file', withCode('database is locked', 'SQLITE_BUSY')],
    ['a SQLite read error', withCode('disk I/O error', 'SQLITE_IOERR_READ')],
    ['a closed pool', new Error('Pool is closed.')],
    ['a closed connection', new Error("Can't add new command when connection is in closed state")],
    ['a closed SQLite handle', new TypeError('The database connection is not open')],
    ['a data source that is not connected', new Error('Connection is not established with mysql database')],
  ])('recognises %s', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(true);
  });

  it('looks inside TypeORM, cause and GraphQL wrappers', () => {
    const driver = withCode('connect ECONNREFUSED 127.0.0.1:3306', 'ECONNREFUSED');
    const typeorm = Object.assign(new Error('QueryFailedError'), { driverError: driver });
    expect(isDatabaseUnavailable(typeorm)).toBe(true);
    expect(isDatabaseUnavailable(new Error('outer', { cause: driver }))).toBe(true);
    expect(isDatabaseUnavailable(new GraphQLError('wrapped', { originalError: queryFailed(driver) }))).toBe(true);
    // graphql-js's NonErrorThrown, around a plain object a pool rejected with.
    const nonError = Object.assign(new Error('Unexpected error value: { code: "ECONNREFUSED" }'), { thrownValue: { code: 'ECONNREFUSED', fatal: true } });
    expect(isDatabaseUnavailable(nonError)).toBe(true);
  });

  it.each([
    ['a duplicate key', queryFailed(withCode("Duplicate entry 'CS/2011/0001' for key 'reference'", 'ER_DUP_ENTRY'))],
    ['an SQL syntax error', queryFailed(withCode('You have an error in your SQL syntax', 'ER_PARSE_ERROR'))],
    ['a SQLite constraint', withCode('UNIQUE constraint failed: contact.reference', 'SQLITE_CONSTRAINT_UNIQUE')],
    ['a programming error', new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['a GraphQL refusal', new GraphQLError('Sign in to do this.', { extensions: { code: 'UNAUTHENTICATED' } })],
    ['a string', 'ECONNREFUSED'],
    ['nothing', undefined],
  ])('does not mistake %s for an outage', (_what, error) => {
    expect(isDatabaseUnavailable(error)).toBe(false);
  });

  it('stops on an error that wraps itself', () => {
    const loop: Record<string, unknown> = { message: 'loop' };
    loop.cause = { message: 'inner', cause: loop };
    expect(isDatabaseUnavailable(loop)).toBe(false);
  });
});
