/** Result tables in Markdown, one per dialect, ready to paste into bench/README.md. */
import type { DatasetMeta } from './bench-database';
import type { BenchQuery } from './queries';
import type { Timing } from './timing';

export const TARGET = { ratio: 1.3, mysqlMedianMs: 500 } as const;

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
  floors: { signedInMs: number; withCatalogMs: number };
}

const ms = (n: number) => (n < 10 ? n.toFixed(1) : n.toFixed(0));
const ratio = (t: Timing) => t.ratio.toFixed(2);

/** The target, set for MariaDB: GraphQL within 1.3x of raw SQL and under 500 ms. */
export function meetsTarget(t: Timing): boolean {
  return t.ratio <= TARGET.ratio && t.graphqlMs < TARGET.mysqlMedianMs;
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
      `Medians of ${result.runs} runs after ${result.warmups} warm-up${result.warmups === 1 ? '' : 's'}; ` +
      `load average ${result.load[0].toFixed(1)} before timing, ${result.load[1].toFixed(1)} after. ` +
      `API floor: ${ms(result.floors.signedInMs)} ms for a signed-in no-op request, ${ms(result.floors.withCatalogMs)} ms for one that reads the reference catalog.` +
      (result.dialect === 'mysql' ? '' : ' (The target is set for MariaDB.)'),
    '',
  ];
  const before = result.timings.before ? new Map(result.timings.before.map((t) => [t.id, t])) : null;
  if (before) {
    lines.push('| Query | Before: GraphQL ms | Before: raw ms | Before: ratio | After: GraphQL ms | After: raw ms | After: ratio | Target met |');
    lines.push('|---|--:|--:|--:|--:|--:|--:|:-:|');
  } else {
    lines.push('| Query | GraphQL ms | Raw SQL ms | Ratio | Target met |');
    lines.push('|---|--:|--:|--:|:-:|');
  }
  for (const t of result.timings.current) {
    const query = result.queries.find((q) => q.id === t.id);
    const title = query ? `${query.title}${query.stress ? ` (stress case: ${query.stress})` : ''}` : t.id;
    const after = `${ms(t.graphqlMs)} | ${ms(t.rawMs)} | ${ratio(t)} | ${verdict(t, result.dialect, query)}`;
    const b = before?.get(t.id);
    lines.push(before ? `| \`${t.id}\`: ${title} | ${b ? `${ms(b.graphqlMs)} | ${ms(b.rawMs)} | ${ratio(b)}` : '- | - | -'} | ${after} |` : `| \`${t.id}\`: ${title} | ${after} |`);
  }
  return lines.join('\n');
}
