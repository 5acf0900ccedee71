/**
 * `Server-Timing: sql;dur=…` on GraphQL answers: how long the request's aggregate statements (a trend's or a
 * report's SQL) ran, wall time while at least one was running. Browsers' developer tools show it beside the request,
 * and `bench:trends` subtracts it from the same request's time to get the API's own overhead exactly, instead of
 * from a separate re-run of the SQL whose time varies by more than the overhead itself.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { AsyncLocalStorage } from 'async_hooks';
import type { NextFunction, Request, Response } from 'express';

class StatementClock {
  private running = 0;
  private since = 0;
  totalMs = 0;

  start(): void {
    if (this.running++ === 0) this.since = performance.now();
  }

  stop(): void {
    if (--this.running === 0) this.totalMs += performance.now() - this.since;
  }
}

const scope = new AsyncLocalStorage<StatementClock>();

/** Mount right before the handler (as requestIdScope): body parsing's stream events run outside an earlier scope. */
export function serverTimingScope(_req: Request, _res: Response, next: NextFunction): void {
  scope.run(new StatementClock(), next);
}

/** Runs one aggregate statement on the current request's clock (none outside a request). */
export async function timedStatement<T>(statement: () => Promise<T>): Promise<T> {
  const clock = scope.getStore();
  if (!clock) return statement();
  clock.start();
  try {
    return await statement();
  } finally {
    clock.stop();
  }
}

/** The header's value for the current request, when it ran any aggregate statement. */
export function serverTiming(): string | undefined {
  const clock = scope.getStore();
  return clock && clock.totalMs > 0 ? `sql;dur=${clock.totalMs.toFixed(2)};desc="Aggregate statements"` : undefined;
}

export function serverTimingPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          const value = serverTiming();
          if (value) response.http.headers.set('server-timing', value);
        },
      };
    },
  };
}
