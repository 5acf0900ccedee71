/**
 * Express side of the request turns: every data route (GraphQL, exports, the
 * report pages, embeds) takes a place before it runs; /healthz and static
 * files do not, so they answer however busy the API is. A request that
 * waits too long, or finds the queue full, is told 503 with Retry-After.
 */
import { setMaxListeners } from 'events';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendError } from '../http/error-responses';
import { requestIdOf } from '../http/request-id';
import { inTurnScope, RequestTurn } from './request-turn';
import { RequestTurns, type TurnLimits } from './request-turns';

/**
 * The GET routes whose requests take a place before they run. GraphQL takes its place after its body is read
 * (server.ts), so a client sending its body slowly holds none; imports (rare, signed-in officers, uploads that
 * arrive slowly) take none and yield between their chunks instead.
 */
export const TURN_PATHS = ['/export', '/report', '/code-report', '/self-assessment', '/embed'];

/** Waiting is cheap (an open connection); 10 s matches the aggregate queue's bound. */
const QUEUE_LENGTH = 1024;
const WAIT_MS = 10_000;

export const BUSY_MESSAGE = 'The server is busy. Please try again in a moment.';

/**
 * `places` null: no limit, but every request still gets its abort signal (queued aggregates leave when their
 * client does). `limits` overrides the queue's length and wait (tests).
 */
export function requestTurns(places: number | null, limits: Partial<Omit<TurnLimits, 'places'>> = {}): RequestHandler {
  // Mounted on several paths, and before GraphQL's handler (after its body parser): one set of places for all.
  const turns = places === null ? null : new RequestTurns({ places, queueLength: QUEUE_LENGTH, waitMs: WAIT_MS, ...limits });
  return (req: Request, res: Response, next: NextFunction) => {
    const controller = new AbortController();
    // Each of the request's aggregate statements listens while it waits or runs, to be stopped if the client goes
    // (a report runs dozens): not a leak, as each removes its listener when it ends, so Node's warning at 10 is off.
    setMaxListeners(0, controller.signal);
    const turn = new RequestTurn(turns, controller.signal);
    // The place is free once the answer is handed to Node (res.end), not when the client has read it all: a client
    // that reads slowly, or not at all, must not keep a place.
    const end = res.end;
    res.end = function endAndFreeThePlace(this: Response, ...args: Parameters<Response['end']>) {
      const ended = end.apply(this, args);
      turn.end();
      return ended;
    } as Response['end'];
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

