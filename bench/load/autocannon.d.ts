/** The part of autocannon 9's programmatic API that bench:load uses (the package ships no types). */
declare module 'autocannon' {
  import type { EventEmitter } from 'events';

  namespace autocannon {
    interface Request {
      method?: string;
      path?: string;
      headers?: Record<string, string>;
      body?: string | Buffer;
      /** Called before each send with a copy of the request; returns the request to send. */
      setupRequest?: (request: Request, context: Record<string, unknown>) => Request | null;
      /** Called with each complete answer, before the client's `response` event. */
      onResponse?: (status: number, body: string, context: Record<string, unknown>, headers: Record<string, string | string[]>) => void;
    }

    /** One connection. Emits `response` (statusCode, bytes, responseTime ms) after `onResponse`. */
    interface Client extends EventEmitter {
      setRequests(requests: Request[]): void;
    }

    interface Options {
      url: string;
      connections?: number;
      /** Seconds. */
      duration?: number;
      /** Seconds before an unanswered request is given up (the connection is reopened). */
      timeout?: number;
      pipelining?: number;
      requests?: Request[];
      setupClient?: (client: Client) => void;
    }

    interface Result {
      /** Seconds. */
      duration: number;
      errors: number;
      timeouts: number;
      non2xx: number;
      /** `total`: answers received. */
      requests: { total: number; sent: number };
      start: Date;
      finish: Date;
    }

    interface Instance extends EventEmitter {
      stop(): void;
    }
  }

  function autocannon(options: autocannon.Options, callback: (error: Error | null, result: autocannon.Result) => void): autocannon.Instance;
  export = autocannon;
}
