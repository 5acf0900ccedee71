/**
 * One request's place among the RequestTurns: taken when it arrives (bounded
 * wait), given up while it waits for a database or reader process (`away`),
 * and handed on when its response ends. The request's turn (and its abort
 * signal: the client went away) is visible to code that is not handed the
 * request through `awayFromTurn` and `currentRequestSignal`.
 */
import { AsyncLocalStorage } from 'async_hooks';
import { waitForSlot } from '../aggregates/slot-wait';
import type { RequestTurns } from './request-turns';

/**
 * A place handed over by a finishing request is taken up on the event loop's next check phase, not at once: a
 * promise would run the next request in the same task, and the next after that, so the whole queue would run
 * without the loop reading a new socket (/healthz) in between.
 */
const handedOver = (place: Promise<void>) => place.then(() => new Promise<void>((resolve) => setImmediate(resolve)));

const loopTurnScheduled = new WeakSet<RequestTurns>();

/** Tells `turns` when the event loop has turned (its next check phase), once per turn while it has anything to do. */
function watchLoopTurn(turns: RequestTurns): void {
  if (loopTurnScheduled.has(turns) || !turns.wantsLoopTurn) return;
  loopTurnScheduled.add(turns);
  setImmediate(() => {
    loopTurnScheduled.delete(turns);
    turns.nextLoopTurn();
    watchLoopTurn(turns);
  });
}

export type TurnOutcome = 'admitted' | 'queue full' | 'timed out' | 'aborted';

export class RequestTurn {
  private holding = false;
  private ended = false;
  /** Waits (`away`) in progress: the place is given up by the first and taken back by the first to return. */
  private awayCount = 0;
  private returning: Promise<void> | null = null;

  constructor(
    /** null: no limit (ACTIVE_REQUESTS=off); the request still gets its abort signal. */
    private readonly turns: RequestTurns | null,
    /** Aborts when the client goes away before its answer. */
    readonly signal: AbortSignal,
  ) {}

  /** Waits for a place (at most the turns' waitMs; leaves the queue at once if `signal` aborts). */
  begin(): Promise<TurnOutcome> {
    const turns = this.turns;
    if (!turns) return Promise.resolve('admitted');
    const place = turns.arrive();
    watchLoopTurn(turns);
    if (place === true) return Promise.resolve(this.admitted());
    if (place === false) return Promise.resolve('queue full');
    // The aggregate queue's bounded wait; it takes the place when handed over even if it was about to leave.
    return waitForSlot({ granted: handedOver(place.granted), cancel: place.cancel }, turns.limits.waitMs, this.signal).then((outcome) =>
      outcome === 'timed out' || outcome === 'aborted' ? outcome : this.admitted(),
    );
  }

  /** Runs `wait` (a database or reader round trip) without holding a place, then takes one back before going on. */
  async away<T>(wait: () => Promise<T>): Promise<T> {
    if (!this.turns) return wait();
    this.awayCount += 1;
    if (this.awayCount === 1 && this.holding) {
      this.holding = false;
      this.turns.release();
    }
    try {
      return await wait();
    } finally {
      this.awayCount -= 1;
      await this.comeBack();
    }
  }

  /** The response ended (sent or the client left): the place goes to the next request. Idempotent. */
  end(): void {
    this.ended = true;
    if (!this.holding) return;
    this.holding = false;
    this.turns?.release();
  }

  private admitted(): TurnOutcome {
    this.holding = true;
    // The response may have ended while the place was being handed over.
    if (this.ended) this.end();
    return 'admitted';
  }

  private comeBack(): Promise<void> {
    if (this.holding || this.ended || !this.turns) return Promise.resolve();
    if (this.returning) return this.returning;
    const place = this.turns.resume();
    watchLoopTurn(this.turns);
    if (place === true) {
      this.holding = true;
      return Promise.resolve();
    }
    // Parallel branches of one request (aliases) share the one place they take back.
    this.returning = handedOver(place).then(() => {
      this.returning = null;
      this.holding = true;
      if (this.ended) this.end();
    });
    return this.returning;
  }
}

const scope = new AsyncLocalStorage<RequestTurn>();

/** Runs `next` with `turn` as the current request's turn. */
export function inTurnScope(turn: RequestTurn, next: () => void): void {
  scope.run(turn, next);
}

/** Runs `wait` away from the current request's place, if it has one (outside a request, or with turns off: just runs it). */
export function awayFromTurn<T>(wait: () => Promise<T>): Promise<T> {
  const turn = scope.getStore();
  return turn ? turn.away(wait) : wait();
}

/** The current request's abort signal (its client went away), if it runs under request turns. */
export function currentRequestSignal(): AbortSignal | undefined {
  return scope.getStore()?.signal;
}
