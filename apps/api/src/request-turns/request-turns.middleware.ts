/**
 * Express side of the request turns: every data route (GraphQL, exports, the
 * report pages, embeds, imports) takes a place before it runs; /healthz and
 * static files do not, so they answer however busy the API is. A request that
 * waits too long, or finds the queue full, is told 503 with Retry-After.
 */
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendError } from '../http/error-responses';
import { requestIdOf } from '../http/request-id';
import { inTurnScope, RequestTurn } from './request-turn';
import { RequestTurns, type TurnLimits } from './request-turns';

/** The paths whose requests take a place. */
export const TURN_PATHS = ['/graphql', '/export', '/report', '/code-report', '/self-assessment', '/embed', '/import'];

/** Waiting is cheap (an open connection); 10 s matches the aggregate queue's bound. */
const QUEUE_LENGTH = 1024;
const WAIT_MS = 10_000;

const TURN = Symbol('request turn');
type WithTurn = Request & { [TURN]?: RequestTurn };

export const BUSY_MESSAGE = 'The server is busy. Please try again in a moment.';

/**
 * `places` null: no limit, but every request still gets its abort signal (queued aggregates leave when their
 * client does). `limits` overrides the queue's length and wait (tests).
 */
export function requestTurns(places: number | null, limits: Partial<Omit<TurnLimits, 'places'>> = {}): RequestHandler {
  const turns = places === null ? null : new RequestTurns({ places, queueLength: QUEUE_LENGTH, waitMs: WAIT_MS, ...limits });
  return (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    const turn = new RequestTurn(turns, controller.signal);
    (req as WithTurn)[TURN] = turn;
    res.once('finish', () => turn.end());
    res.once('close', () => {
      if (!res.writableFinished) controller.abort();
      turn.end();
    });
    void turn.begin().then((outcome) => {
      if (outcome === 'admitted') return inTurnScope(turn, next);
      if (outcome === 'aborted') return;
      req.log?.warn({ outcome }, 'request refused: server busy');
      res.setHeader('Retry-After', '1');
      sendError(res, requestIdOf(req), { status: 503, code: 'SERVER_BUSY', message: BUSY_MESSAGE });
    });
  };
}

/**
 * Restores the request's turn as the current one. Body parsing ends in a stream event outside the scope opened
 * when the place was taken, so mount this after express.json, right before the handler (like requestIdScope).
 */
export function requestTurnScope(req: Request, _res: Response, next: NextFunction): void {
  const turn = (req as WithTurn)[TURN];
  if (turn) inTurnScope(turn, next);
  else next();
}
