/**
 * The measured run: autocannon with one connection per client, each client an
 * analyst of its own (its Bearer token on every read) and the officer's token
 * on its action updates. Every send takes the next request of the shared mix,
 * so the stream stays mixed. Each client keeps the request it has in flight
 * (one at a time: no pipelining) to attribute the answer, or its absence, to
 * the right kind.
 */
import autocannon from 'autocannon';
import { readUpdateAnswer, type ActionPool } from './learning-actions';
import { UPDATE_KIND, type Mix, type RequestKind } from './mix';
import { classifyAnswer, type Answer, type Recorder } from './recorder';

export interface LoadRun {
  /** One per API process. */
  baseUrls: readonly string[];
  clients: number;
  seconds: number;
  timeoutSeconds: number;
  mix: Mix;
  analystTokens: string[];
  officerToken: string;
  actions: ActionPool;
  recorder: Recorder;
}

export interface LoadRunResult {
  /** Measured by autocannon, from the first send to the stop (whole seconds plus up to one). */
  durationSeconds: number;
  /** autocannon's own counts, as a cross-check of the recorder's. */
  autocannon: { answers: number; errors: number; timeouts: number; non2xx: number };
}

interface InFlight {
  kind: RequestKind;
  actionId?: string;
}

export async function runLoad(run: LoadRun): Promise<LoadRunResult> {
  const count = run.baseUrls.length;
  let first = 0;
  const parts = run.baseUrls.map((baseUrl, i) => {
    const clients = Math.floor(run.clients / count) + (i < run.clients % count ? 1 : 0);
    const analystTokens = run.analystTokens.slice(first, (first += clients));
    return clients ? runOne({ ...run, clients, analystTokens }, baseUrl) : null;
  });
  const results = (await Promise.all(parts)).filter((r): r is LoadRunResult => r !== null);
  const sum = (key: keyof LoadRunResult['autocannon']) => results.reduce((total, r) => total + r.autocannon[key], 0);
  return {
    durationSeconds: Math.max(...results.map((r) => r.durationSeconds)),
    autocannon: { answers: sum('answers'), errors: sum('errors'), timeouts: sum('timeouts'), non2xx: sum('non2xx') },
  };
}

function runOne(run: LoadRun, baseUrl: string): Promise<LoadRunResult> {
  let clientCount = 0;

  const setupClient = (client: autocannon.Client) => {
    const analyst = { 'content-type': 'application/json', authorization: `Bearer ${run.analystTokens[clientCount++ % run.analystTokens.length]}` };
    const officer = { 'content-type': 'application/json', authorization: `Bearer ${run.officerToken}` };
    let inFlight: InFlight | null = null;
    let answer: Answer = { ok: false, code: 'NO_ANSWER' };

    const setupRequest = (request: autocannon.Request): autocannon.Request => {
      // A new send while one is still in flight: autocannon gave up on it (timeout or a dropped connection).
      if (inFlight) {
        run.recorder.unanswered(inFlight.kind);
        if (inFlight.actionId) run.actions.release(inFlight.actionId, null);
      }
      const kind = run.mix.nextKind();
      if (kind === UPDATE_KIND) {
        const update = run.actions.checkout();
        inFlight = { kind, actionId: update.id };
        return { ...request, method: 'POST', path: '/graphql', headers: { ...officer }, body: update.body };
      }
      inFlight = { kind };
      // A fresh headers object each time: autocannon writes Content-Length into the one it is given.
      return { ...request, ...run.mix.nextRequest(kind), headers: { ...analyst } };
    };

    const onResponse = (status: number, body: string) => {
      answer = classifyAnswer(status, body);
      if (inFlight?.actionId) {
        const outcome = answer.ok ? readUpdateAnswer(body) : null;
        run.actions.release(inFlight.actionId, outcome);
        if (outcome?.conflict) answer = { ...answer, conflict: true };
      }
    };

    // Emitted right after onResponse for the same answer, with autocannon's timing of it.
    client.on('response', (_status: number, _bytes: number, ms: number) => {
      if (inFlight) run.recorder.answered(inFlight.kind, ms, answer);
      inFlight = null;
    });
    client.setRequests([{ method: 'POST', path: '/graphql', setupRequest, onResponse }]);
  };

  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections: run.clients,
        duration: run.seconds,
        timeout: run.timeoutSeconds,
        pipelining: 1,
        requests: [{ method: 'POST', path: '/graphql' }],
        setupClient,
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          durationSeconds: result.duration,
          autocannon: { answers: result.requests.total, errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx },
        });
      },
    );
  });
}
