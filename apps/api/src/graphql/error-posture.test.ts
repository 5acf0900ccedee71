import { GraphQLError } from 'graphql';
import { formatError } from './error-posture';

describe('formatError', () => {
  it('passes a deliberate refusal with its message and extensions, minus debugging detail', () => {
    const error = new GraphQLError('Invalid contact: receivedDate: in the future', {
      extensions: { code: 'BAD_USER_INPUT', field: 'receivedDate' },
    });
    const formatted = formatError(
      { message: error.message, path: ['createContact'], extensions: { code: 'BAD_USER_INPUT', field: 'receivedDate', stacktrace: ['at x (/app/a.ts:1:1)'], http: { status: 400 } } },
      error,
    );
    expect(formatted).toEqual({
      message: 'Invalid contact: receivedDate: in the future',
      path: ['createContact'],
      extensions: { code: 'BAD_USER_INPUT', field: 'receivedDate', requestId: undefined },
    });
  });

  it('keeps the data a CONFLICT carries for the client to merge', () => {
    const formatted = formatError({ message: 'Changed by someone else', extensions: { code: 'CONFLICT', expectedVersion: 2, current: { id: '1' } } }, new Error());
    expect(formatted.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 2, current: { id: '1' } });
  });

  it('replaces anything else, keeping none of its text', () => {
    const sql = Object.assign(new Error("ER_NO_SUCH_TABLE: Table 'complaints.contact' doesn't exist"), { code: 'ER_NO_SUCH_TABLE' });
    const formatted = formatError(
      { message: sql.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['…'] } },
      new GraphQLError(sql.message, { originalError: sql }),
    );
    expect(formatted.message).toBe('Something went wrong.');
    expect(formatted.extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR', requestId: undefined });
  });

  it('replaces an unknown code too: only the codes the API means to send pass', () => {
    const formatted = formatError({ message: 'driver says ECONNRESET at 10.0.0.5', extensions: { code: 'ER_SOMETHING' } }, new Error());
    expect(formatted.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
  });

  it('calls a database outage SERVICE_UNAVAILABLE without the driver text', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 10.0.0.5:3306'), { code: 'ECONNREFUSED' });
    const formatted = formatError({ message: refused.message, extensions: { code: 'INTERNAL_SERVER_ERROR' } }, new GraphQLError(refused.message, { originalError: refused }));
    expect(formatted.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE', requestId: undefined });
    expect(formatted.message).not.toContain('10.0.0.5');
  });
});
