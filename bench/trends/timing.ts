/** Times one query both ways: the GraphQL `trend` over HTTP, and its raw SQL through the same driver. */
import { Agent, request as httpRequest } from 'http';
import type { DataSource } from 'typeorm';
import { onTrendSource, type TrendSource } from '../../apps/api/src/rollups/rollup-planner';
import { startBareHttpServer } from './bare-http';
import { captureSql } from './explain';
import { differences, foldRaw, graphqlCells, type BenchQuery } from './queries';

export const TREND_DOCUMENT = /* GraphQL */ `
  query Trend($input: TrendInput!) {
    trend(input: $input) {
      periods total totalCount countsContactsOncePerValue
      series { key label crossKey crossLabel total totalCount points { period value count } }
    }
  }
`;

type Statement = { sql: string; params: unknown[] };

export interface Timing {
  id: string;
  graphqlMs: number;
  /** The hand-written SQL over the base tables (the "without the API, without rollups" reference). */
  rawMs: number;
  ratio: number;
  /** The SQL the trend engine itself ran for this query (captured from the first request), run the same way as the raw SQL. */
  engineMs: number;
  /** Per-request overhead: median GraphQL time minus median engine SQL time. */
  overheadMs: number;
  /**
   * Per-request overhead measured on each request itself: the median of (its GraphQL time minus the SQL time the
   * API reported for it in Server-Timing). Free of the run-to-run spread of the SQL; null if the API sent none.
   */
  sameRequestOverheadMs: number | null;
  /** What answered: the rollup table(s), or the base tables and why. */
  source: string;
  graphqlRuns: number[];
  rawRuns: number[];
  engineRuns: number[];
  /** Raw rows returned by the first statement, and series in the GraphQL answer. */
  rawRows: number;
  series: number;
}

/** The pause before each request of the floors timed "after a pause": about a raw SQL run's length at 100k contacts. */
export const PAUSE_MS = 10;

export interface Floors {
  /** A signed-in no-op, back to back. */
  signedInMs: number;
  /** A signed-in request reading the reference catalog, back to back. */
  withCatalogMs: number;
  /** The signed-in no-op with PAUSE_MS before each. */
  signedInPausedMs: number;
  /** A bare Node HTTP server in a process of its own (bare-http.ts), back to back, and after PAUSE_MS. */
  bareHttpMs: number;
  bareHttpPausedMs: number;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Where GraphQL requests go: a URL and a signed-in analyst's token there. */
export interface GraphqlEndpoint {
  url: string;
  token: string;
}

/** One kept-alive connection's worth of client: node:http is lighter than fetch, whose own cost landed in the timings. */
const agent = new Agent({ keepAlive: true, maxSockets: 1 });

/** The answer's text, and the SQL time the API reports for it (Server-Timing `sql;dur=`, http/server-timing.ts). */
function postJson(endpoint: GraphqlEndpoint, body: string): Promise<{ text: string; sqlMs: number | null }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      endpoint.url,
      {
        method: 'POST',
        agent,
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), authorization: `Bearer ${endpoint.token}` },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve({ text: Buffer.concat(chunks).toString('utf8'), sqlMs: reportedSqlMs(response.headers['server-timing']) }));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

function reportedSqlMs(header: string | string[] | undefined): number | null {
  const match = /(?:^|,)\s*sql;dur=([\d.]+)/.exec(Array.isArray(header) ? header.join(',') : (header ?? ''));
  return match ? Number(match[1]) : null;
}

export class QueryTimer {
  /**
   * `local`: the bench's in-process server, whose SQL the bench can watch (the first request of each query);
   * `timed`: where the timed requests and the floors go — the built API in a child process by default, so the
   * bench's own client work (fetch, parsing the answer) does not run on the API's event loop.
   */
  constructor(
    readonly local: GraphqlEndpoint,
    private readonly dataSource: DataSource,
    private readonly timed: GraphqlEndpoint = local,
  ) {}

  private async post(
    document: string,
    variables: Record<string, unknown>,
    what: string,
    endpoint: GraphqlEndpoint = this.timed,
    retry = true,
  ): Promise<{ ms: number; data: any; sqlMs: number | null }> {
    const started = performance.now();
    let text: string;
    let sqlMs: number | null;
    try {
      ({ text, sqlMs } = await postJson(endpoint, JSON.stringify({ query: document, variables })));
    } catch (error) {
      // A kept-alive connection the server closed meanwhile (e.g. while SQLite built an index): try once more, timed afresh.
      if (retry) return this.post(document, variables, what, endpoint, false);
      throw error;
    }
    // The clock stops at the answer's last byte: parsing it is the client's work, not the API's.
    const ms = performance.now() - started;
    const body = JSON.parse(text) as { data?: any; errors?: unknown[] };
    if (body.errors || !body.data) throw new Error(`${what}: GraphQL errors ${JSON.stringify(body.errors)}`);
    return { ms, data: body.data, sqlMs };
  }

  async graphql(query: BenchQuery, endpoint: GraphqlEndpoint = this.timed): Promise<{ ms: number; trend: any; sqlMs: number | null }> {
    const { ms, data, sqlMs } = await this.post(TREND_DOCUMENT, { input: query.input }, query.id, endpoint);
    return { ms, trend: data.trend, sqlMs };
  }

  /**
   * What every request costs before the trend itself: an authenticated no-op
   * (HTTP, Apollo, the session lookup), and one that also reads the reference
   * catalog (as trend() does on every request), each back to back; the no-op
   * again after a pause of PAUSE_MS before each, as the trend timings' requests
   * come; and the same two ways for a bare Node HTTP server (bare-http.ts), the
   * machine's own floor.
   */
  async floors(runs: number): Promise<Floors> {
    const time = async (document: string, endpoint: GraphqlEndpoint, pauseMs = 0) => {
      const all: number[] = [];
      // As many untimed first: the first series after the API starts ran slower than the second, which does more.
      for (let i = 0; i < 2 * runs; i++) {
        if (pauseMs) await new Promise((resolve) => setTimeout(resolve, pauseMs));
        all.push((await this.post(document, {}, document, endpoint)).ms);
      }
      return median(all.slice(runs));
    };
    const bare = await startBareHttpServer();
    try {
      const bareEndpoint = { url: bare.url, token: '' };
      return {
        signedInMs: await time('{ __typename }', this.timed),
        withCatalogMs: await time('{ recordTypes { code } }', this.timed),
        signedInPausedMs: await time('{ __typename }', this.timed, PAUSE_MS),
        bareHttpMs: await time('{ __typename }', bareEndpoint),
        bareHttpPausedMs: await time('{ __typename }', bareEndpoint, PAUSE_MS),
      };
    } finally {
      bare.stop();
    }
  }

  async raw(query: BenchQuery): Promise<{ ms: number; results: Array<Array<Record<string, unknown>>> }> {
    return this.statements(query.raw);
  }

  private async statements(statements: readonly Statement[]): Promise<{ ms: number; results: Array<Array<Record<string, unknown>>> }> {
    const started = performance.now();
    const results: Array<Array<Record<string, unknown>>> = [];
    for (const statement of statements) results.push(await this.dataSource.query(statement.sql, statement.params));
    return { ms: performance.now() - started, results };
  }

  /**
   * The first request of a query, with the trend SQL it ran and what answered it (a rollup or the base
   * tables). The bench's server runs with the result cache off, so every request computes its answer.
   */
  private async firstRequest(query: BenchQuery): Promise<{ trend: any; engine: Statement[]; source: string }> {
    const sources: TrendSource[] = [];
    const stop = onTrendSource((source) => sources.push(source));
    let trend: any;
    let engine: Statement[];
    try {
      engine = await captureSql(this.dataSource, async () => {
        trend = (await this.graphql(query, this.local)).trend;
      });
    } finally {
      stop();
    }
    if (!engine.length) throw new Error(`${query.id}: the trend ran no SQL on the contacts or a rollup (an answer from a cache?)`);
    const names = [...new Set(sources.map((s) => (s.rollup === null ? `base tables (${s.reason})` : s.rollup)))];
    return { trend, engine, source: names.join(', ') || 'base tables' };
  }

  /**
   * Checks that GraphQL and the raw SQL give the same cells (and total), then warms up and times `runs` of
   * each of the three paths (GraphQL, the engine's own SQL, the raw SQL), rotating their order.
   */
  async time(query: BenchQuery, warmups: number, runs: number): Promise<Timing> {
    const first = await this.firstRequest(query);
    const raw = await this.raw(query);
    const problems = differences(graphqlCells(first.trend.series), foldRaw(query, raw.results[0]));
    if (query.raw.length > 1 && Number(raw.results[1][0].n) !== first.trend.totalCount) {
      problems.push(`total: graphql ${first.trend.totalCount} raw ${raw.results[1][0].n}`);
    }
    if (problems.length) throw new Error(`${query.id}: GraphQL and raw SQL disagree:\n  ${problems.join('\n  ')}`);
    for (let i = 1; i < warmups; i++) {
      await this.graphql(query);
      await this.statements(first.engine);
      await this.raw(query);
    }
    const graphqlRuns: number[] = [];
    const engineRuns: number[] = [];
    const rawRuns: number[] = [];
    /** Each GraphQL request's time minus the SQL time the API reported for that same request. */
    const sameRequestOverheads: number[] = [];
    const paths = [
      async () => {
        const { ms, sqlMs } = await this.graphql(query);
        graphqlRuns.push(ms);
        if (sqlMs !== null) sameRequestOverheads.push(ms - sqlMs);
      },
      async () => engineRuns.push((await this.statements(first.engine)).ms),
      async () => rawRuns.push((await this.raw(query)).ms),
    ];
    for (let i = 0; i < runs; i++) {
      for (let p = 0; p < paths.length; p++) await paths[(i + p) % paths.length]();
    }
    const graphqlMs = median(graphqlRuns);
    const rawMs = median(rawRuns);
    const engineMs = median(engineRuns);
    return {
      id: query.id,
      graphqlMs,
      rawMs,
      ratio: graphqlMs / rawMs,
      engineMs,
      overheadMs: graphqlMs - engineMs,
      sameRequestOverheadMs: sameRequestOverheads.length === graphqlRuns.length ? median(sameRequestOverheads) : null,
      source: first.source,
      graphqlRuns,
      rawRuns,
      engineRuns,
      rawRows: raw.results[0].length,
      series: first.trend.series.length,
    };
  }
}
