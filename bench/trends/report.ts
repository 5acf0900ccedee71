/** Result tables in Markdown, one per dialect, ready to paste into bench/README.md. */
import type { DatasetMeta } from './bench-database';
import type { BenchQuery } from './queries';
import { PAUSE_MS, type Floors, type Timing } from './timing';

export const TARGET = { ratio: 1.3, mysqlMedianMs: 500, overheadMs: 5 } as const;

export interface DialectResult {
  dialect: string;
  server: string;
  meta: DatasetMeta;
  reused: boolean;
  queries: BenchQuery[];
  /** 'current' always; 'before' too with --compare-indexes. */
  timings: { current: Timing[]; before?: Timing[] };
  runs: number;
  warmups: number;
  /** 1-minute load average before and after timing: other work on the machine skews the numbers. */
  load: [number, number];
  /** Medians of an authenticated no-op request and of one that reads the reference catalog. */
  floors: Floors;
  /** Where the timed GraphQL requests went: the built API in a child process, or the bench's in-process server. */
  api: 'child process' | 'in process';
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const ratio = (t: Timing) => t.ratio.toFixed(2);

/** The target, set for MariaDB: GraphQL within 1.3x of raw SQL and under 500 ms. */
export function meetsTarget(t: Timing): boolean {
  return t.ratio <= TARGET.ratio && t.graphqlMs < TARGET.mysqlMedianMs;
}

/** The overhead the target is judged on: per request when the API reported its SQL time, else from the medians. */
export function judgedOverheadMs(t: Timing): number {
  return t.sameRequestOverheadMs ?? t.overheadMs;
}

/** Issue 11's target, for every target query at 100,000 contacts: GraphQL minus the SQL it runs under 5 ms (median). */
export function meetsOverheadTarget(t: Timing): boolean {
  return judgedOverheadMs(t) < TARGET.overheadMs;
}

function overheadVerdict(t: Timing, query: BenchQuery | undefined): string {
  const met = meetsOverheadTarget(t) ? 'yes' : 'NO';
  return query?.stress ? `(${met.toLowerCase()})` : met;
}

/** The rollup's name, or "base tables" with the start of the planner's reason (the log line has all of it). */
function shortSource(source: string): string {
  return source.length > 70 ? `${source.slice(0, 69)}…)` : source;
}

function verdict(t: Timing, dialect: string, query: BenchQuery | undefined): string {
  if (dialect !== 'mysql') return '–';
  const met = meetsTarget(t) ? 'yes' : 'NO';
  return query?.stress ? `(${met.toLowerCase()}: stress case)` : met;
}

export function renderResult(result: DialectResult): string {
  const { meta } = result;
  const lines = [
    `### ${result.dialect === 'mysql' ? 'MariaDB' : 'SQLite'} (${result.server})`,
    '',
    `${meta.counts.contacts.toLocaleString('en-GB')} contacts, ${meta.counts.serviceAreaLinks.toLocaleString('en-GB')} contact_service_area and ` +
      `${meta.counts.issueLinks.toLocaleString('en-GB')} contact_issue rows; ${meta.councils} councils, ${meta.divisions} divisions, ` +
      `${meta.serviceAreas} service areas. Generated and loaded in ${meta.loadSeconds} s${result.reused ? ' (reused from an earlier run)' : ''}. ` +
      `GraphQL timed against ${result.api === 'child process' ? 'the built API in a child process' : "the bench's in-process server (--in-process)"}. ` +
      `Medians of ${result.runs} runs after ${result.warmups} warm-up${result.warmups === 1 ? '' : 's'}; ` +
      `load average ${result.load[0].toFixed(1)} before timing, ${result.load[1].toFixed(1)} after. ` +
      `API floor: ${ms(result.floors.signedInMs)} ms for a signed-in no-op request, ${ms(result.floors.withCatalogMs)} ms for one that reads the reference catalog, ` +
      `${ms(result.floors.signedInPausedMs)} ms for the no-op after a ${PAUSE_MS} ms pause (as the timed requests come, after the raw SQL's run). ` +
      `Machine floor: a bare Node HTTP server in its own process answers in ${ms(result.floors.bareHttpMs)} ms back to back, ${ms(result.floors.bareHttpPausedMs)} ms after the same pause.` +
      (result.dialect === 'mysql' ? '' : ' (The target is set for MariaDB.)'),
    '',
  ];
  const before = result.timings.before ? new Map(result.timings.before.map((t) => [t.id, t])) : null;
  const head =
    '| Query | GraphQL ms | Engine SQL ms | Overhead ms (medians) | Overhead ms (same request) | Answered from | Raw SQL ms | Ratio GraphQL / raw | Target met (< 500 ms, ratio ≤ 1.3) | Overhead < 5 ms |';
  if (before) {
    lines.push(`| Query | Before: GraphQL ms | Before: raw ms | Before: ratio ${head.slice('| Query '.length).replace(/\| (?=[A-Z])/g, '| After: ')}`);
    lines.push('|---|--:|--:|--:|--:|--:|--:|--:|---|--:|--:|:-:|:-:|');
  } else {
    lines.push(head);
    lines.push('|---|--:|--:|--:|--:|---|--:|--:|:-:|:-:|');
  }
  for (const t of result.timings.current) {
    const query = result.queries.find((q) => q.id === t.id);
    const title = query ? `${query.title}${query.stress ? ` (stress case: ${query.stress})` : ''}` : t.id;
    const after =
      `${ms(t.graphqlMs)} | ${ms(t.engineMs)} | ${t.overheadMs.toFixed(1)} | ${t.sameRequestOverheadMs === null ? '–' : t.sameRequestOverheadMs.toFixed(1)} | ${shortSource(t.source)} | ${ms(t.rawMs)} | ${ratio(t)} | ` +
      `${verdict(t, result.dialect, query)} | ${overheadVerdict(t, query)}`;
    const b = before?.get(t.id);
    lines.push(before ? `| \`${t.id}\`: ${title} | ${b ? `${ms(b.graphqlMs)} | ${ms(b.rawMs)} | ${ratio(b)}` : '- | - | -'} | ${after} |` : `| \`${t.id}\`: ${title} | ${after} |`);
  }
  lines.push(
    '',
    'Engine SQL: the statements the trend engine ran for the query (captured from its first request), timed through the ' +
      'same connection as the raw SQL. Overhead (medians): median GraphQL time minus median engine SQL time (HTTP, Apollo, the ' +
      'session, planning, resolving and serialising). Overhead (same request): the median over the timed requests of each ' +
      "one's GraphQL time minus the SQL time the API reported for it (Server-Timing `sql;dur`, its aggregate statements " +
      'while at least one ran); the target is judged on it when the API reports it, as it is free of the SQL\'s spread ' +
      'from one run to the next. Raw SQL: the hand-written statements over the base tables.',
  );
  return lines.join('\n');
}
