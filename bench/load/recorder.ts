/**
 * Every answer of the run, by kind of request: how long it took and how it
 * ended. An error is an HTTP status outside 2xx, a GraphQL `errors` entry
 * (e.g. TOO_MANY_REQUESTS when the API refuses an aggregate) or a request never
 * answered (autocannon's timeout, a dropped connection). Latencies are those of
 * successful answers, as autocannon's own are; errors are counted apart so a
 * fast refusal cannot make the percentiles look better.
 */
import type { RequestKind } from './mix';

export interface Answer {
  ok: boolean;
  /** The first GraphQL error's code (with its extensions.per, e.g. TOO_MANY_REQUESTS/SERVER), `HTTP 503`, or `NO_ANSWER`. */
  code?: string;
  /** A learning-action update answered with a VersionConflict (an answer, not an error). */
  conflict?: boolean;
}

/** How an HTTP answer ended, without parsing the (possibly large) body unless it carries errors. */
export function classifyAnswer(status: number, body: string): Answer {
  const httpOk = status >= 200 && status < 300;
  // Apollo writes `errors` before `data`; a data field is never called "errors" in the mix's documents.
  if (httpOk && !body.includes('"errors":')) return { ok: true };
  try {
    const error = JSON.parse(body)?.errors?.[0];
    const code = error?.extensions?.code;
    if (code) return { ok: false, code: error.extensions.per ? `${code}/${error.extensions.per}` : code };
  } catch {
    // Fall through to the status.
  }
  return { ok: false, code: `HTTP ${status}` };
}

export interface Figures {
  /** Answers (successful or not) plus requests never answered. */
  requests: number;
  requestsPerSecond: number;
  p50: number | null;
  p95: number | null;
  p99: number | null;
  max: number | null;
  errors: number;
  errorCodes: Record<string, number>;
  conflicts: number;
}

class KindRecord {
  readonly latencies: number[] = [];
  answered = 0;
  errors = 0;
  conflicts = 0;
  readonly codes = new Map<string, number>();

  error(code: string) {
    this.errors += 1;
    this.codes.set(code, (this.codes.get(code) ?? 0) + 1);
  }
}

/** Nearest-rank percentile of sorted values, to 0.1 ms. */
export function percentile(sorted: number[], p: number): number | null {
  if (!sorted.length) return null;
  return Math.round(sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] * 10) / 10;
}

function figures(records: KindRecord[], seconds: number): Figures {
  const latencies = records.flatMap((r) => r.latencies).sort((a, b) => a - b);
  const codes: Record<string, number> = {};
  for (const r of records) for (const [code, n] of r.codes) codes[code] = (codes[code] ?? 0) + n;
  const unanswered = codes.NO_ANSWER ?? 0;
  const requests = records.reduce((n, r) => n + r.answered, 0) + unanswered;
  return {
    requests,
    requestsPerSecond: Math.round((requests / seconds) * 10) / 10,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    max: percentile(latencies, 100),
    errors: records.reduce((n, r) => n + r.errors, 0),
    errorCodes: codes,
    conflicts: records.reduce((n, r) => n + r.conflicts, 0),
  };
}

export class Recorder {
  private readonly kinds = new Map<RequestKind, KindRecord>();

  constructor(kinds: readonly RequestKind[]) {
    for (const kind of kinds) this.kinds.set(kind, new KindRecord());
  }

  private record(kind: RequestKind): KindRecord {
    let r = this.kinds.get(kind);
    if (!r) this.kinds.set(kind, (r = new KindRecord()));
    return r;
  }

  answered(kind: RequestKind, ms: number, answer: Answer): void {
    const r = this.record(kind);
    r.answered += 1;
    if (answer.conflict) r.conflicts += 1;
    if (answer.ok) r.latencies.push(ms);
    else r.error(answer.code ?? 'unknown');
  }

  /** Sent, then given up on (timeout or a dropped connection). */
  unanswered(kind: RequestKind): void {
    this.record(kind).error('NO_ANSWER');
  }

  summary(seconds: number): { overall: Figures; queries: Partial<Record<RequestKind, Figures>> } {
    const queries: Partial<Record<RequestKind, Figures>> = {};
    for (const [kind, r] of this.kinds) queries[kind] = figures([r], seconds);
    return { overall: figures([...this.kinds.values()], seconds), queries };
  }
}
