import { GraphQLError } from 'graphql';
import { aggregateAbandoned, aggregateRefusalForHttp, aggregateTimedOut, tooManyAggregates } from './aggregate-errors';
import { CLIENT_ERROR_CODES } from '../graphql/error-posture';

describe('aggregate errors', () => {
  it('names the per-user limit when one user asks for too many at once', () => {
    const error = tooManyAggregates('user', 2);
    expect(error.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', limit: 2, per: 'USER' });
    expect(error.message).toMatch(/at most 2 may run at once for each user/);
  });

  it('says the server is busy when the global limit refuses', () => {
    expect(tooManyAggregates('global', 8).message).toMatch(/already running 8/);
  });

  it('names the time limit and suggests a narrower question', () => {
    const error = aggregateTimedOut(15_000);
    expect(error.extensions).toMatchObject({ code: 'QUERY_TIMEOUT', limitMs: 15_000 });
    expect(error.message).toMatch(/time limit of 15 s: ask for a narrower range/);
    expect(aggregateTimedOut(250).message).toMatch(/250 ms/);
  });

  it('says an aggregate stopped for a client that went away, with a code the error log does not count as a fault', () => {
    const error = aggregateAbandoned();
    expect(error.extensions).toMatchObject({ code: 'CLIENT_CLOSED_REQUEST' });
    expect(error.message).toMatch(/client went away/);
    expect(CLIENT_ERROR_CODES.has('CLIENT_CLOSED_REQUEST')).toBe(true);
  });

  it('maps refusals to 429, timeouts to 503 and abandoned work to 499 on REST routes, and nothing else', () => {
    expect(aggregateRefusalForHttp(tooManyAggregates('user', 2))?.status).toBe(429);
    expect(aggregateRefusalForHttp(aggregateTimedOut(1000))?.status).toBe(503);
    expect(aggregateRefusalForHttp(aggregateAbandoned())?.status).toBe(499);
    expect(aggregateRefusalForHttp(new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT' } }))).toBeNull();
    expect(aggregateRefusalForHttp(new Error('x'))).toBeNull();
  });
});
