/** The run's result: one JSON object (--json) or Markdown tables ready for bench/README.md. */
import type { HealthWindow } from '../hostile/health-poller';
import type { ContactWriteFigures, RollupLockFigures, Spread } from './contact-writes';
import { KIND_TITLES, type Mix, type RequestKind } from './mix';
import type { ProcessFigures } from './process-sampler';
import type { Figures } from './recorder';

export interface LoadSettings {
  dialect: string;
  server: string;
  contacts: number;
  datasetReused: boolean;
  clients: number;
  seconds: number;
  mix: string;
  /** 'off' with --no-cache (RESULT_CACHE=off); 'default' leaves the API's own setting. */
  resultCache: 'default' | 'off';
  processes: number;
  timeoutSeconds: number;
  apiEnv: string[];
  contactWritesPerSecond: number;
}

export interface LoadResult {
  p50: number | null;
  p95: number | null;
  p99: number | null;
  requestsPerSecond: number;
  errors: number;
  requests: number;
  max: number | null;
  errorCodes: Record<string, number>;
  conflicts: number;
  durationSeconds: number;
  queries: Partial<Record<RequestKind, Figures & { share: number }>>;
  /** The API process and its children; null where /proc is missing. */
  apiMemory: Pick<ProcessFigures, 'startMb' | 'peakMb' | 'endMb' | 'processes'> | null;
  apiCpuPercent: number | null;
  /** /healthz polled every 100 ms from a worker thread during the run. */
  healthz: HealthWindow;
  autocannon: { answers: number; errors: number; timeouts: number; non2xx: number };
  /** With --contact-writes: the officer's createContact beside the mix (not in the figures above). */
  contactWrites?: ContactWriteFigures;
  /** With --contact-writes on MySQL/MariaDB: how long contact writers held the rollup lock, measured in the API. */
  rollupLock?: RollupLockFigures | null;
  settings: LoadSettings;
  machine: { cpus: number; model: string; memoryGb: number; node: string; loadAverage: [number, number] };
  date: string;
}

const ms = (n: number | null) => (n === null ? '–' : n < 10 ? n.toFixed(1) : n.toFixed(0));
const codes = (c: Record<string, number>) =>
  Object.entries(c)
    .map(([code, n]) => `${n}× ${code}`)
    .join(', ');

const spreadText = (s: Spread) => `p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, p99 ${ms(s.p99)}, max ${ms(s.max)} ms`;

function contactWriteLines(result: LoadResult): string[] {
  const w = result.contactWrites;
  if (!w) return [];
  const lines = [
    '',
    `Contact writes beside the mix (${w.perSecond}/s, \`createContact\` by the officer, not counted above): ${w.requests} written, ` +
      `${w.errors} errors${w.errors ? ` (${codes(w.errorCodes)})` : ''}, ${w.skipped} skipped (10 already waiting); latency ${spreadText(w.latency)}.`,
  ];
  const lock = result.rollupLock;
  if (lock === undefined) return lines;
  if (lock === null || !lock.transactions) return [...lines, 'Rollup lock: no transaction took it (SQLite takes none).'];
  return [
    ...lines,
    `Rollup lock (\`rollup_lock\`, measured in the API over ${lock.transactions} transactions): held ${spreadText(lock.holdMs)}; ` +
      `of which the rollup recompute ${spreadText(lock.refreshMs)} and COMMIT ${spreadText(lock.commitMs)}; ` +
      `waited for ${spreadText(lock.waitMs)}.`,
  ];
}

export function renderMarkdown(result: LoadResult, mix: Mix): string {
  const s = result.settings;
  const row = (name: string, share: string, f: Pick<Figures, 'requests' | 'requestsPerSecond' | 'p50' | 'p95' | 'p99' | 'max' | 'errors' | 'errorCodes'>) =>
    `| ${name} | ${share} | ${f.requests} | ${f.requestsPerSecond} | ${ms(f.p50)} | ${ms(f.p95)} | ${ms(f.p99)} | ${ms(f.max)} | ${f.errors}${f.errors ? ` (${codes(f.errorCodes)})` : ''} |`;
  const memory = result.apiMemory
    ? `API memory (RSS of ${s.processes > 1 ? `the ${s.processes} API processes` : 'the API'}${result.apiMemory.processes > s.processes ? ` and their reader processes, ${result.apiMemory.processes} processes at most` : ''}): ` +
      `${result.apiMemory.startMb} MB at the start, ${result.apiMemory.peakMb} MB at the peak, ${result.apiMemory.endMb} MB at the end; ` +
      `API CPU ${result.apiCpuPercent} % of one core.`
    : 'API memory: not measured (no /proc).';
  return [
    `### bench:load — ${s.dialect === 'mysql' ? 'MariaDB/MySQL' : 'SQLite'} ${s.server}, ${s.contacts.toLocaleString('en-GB')} contacts, ${s.clients} clients, ${s.seconds} s, ` +
      `mix ${s.mix}, result cache ${s.resultCache}${s.processes > 1 ? `, ${s.processes} API processes` : ''}${s.apiEnv.length ? `, ${s.apiEnv.join(' ')}` : ''}`,
    '',
    `${result.date}; ${result.machine.cpus} × ${result.machine.model}, ${result.machine.memoryGb} GB, Node ${result.machine.node}; ` +
      `load average ${result.machine.loadAverage[0].toFixed(1)} before, ${result.machine.loadAverage[1].toFixed(1)} after; ` +
      `${result.durationSeconds} s measured; dataset ${s.datasetReused ? 'reused' : 'generated for this run'}.`,
    '',
    '| Request | Share | Requests | req/s | p50 ms | p95 ms | p99 ms | max ms | Errors |',
    '|---|--:|--:|--:|--:|--:|--:|--:|---|',
    ...mix.kinds.map((kind) => {
      const f = result.queries[kind];
      return f ? row(`\`${kind}\``, `${Math.round(f.share * 100)} %`, f) : '';
    }),
    row('**All**', '100 %', result),
    '',
    memory,
    `/healthz: worst ${ms(result.healthz.worstMs)} ms over ${result.healthz.polls} polls, ${result.healthz.failures} failed.` +
      (result.conflicts ? ` Version conflicts on action updates: ${result.conflicts}.` : ''),
    `autocannon's own count: ${result.autocannon.answers} answers, ${result.autocannon.non2xx} not 2xx, ${result.autocannon.errors} errors (${result.autocannon.timeouts} timeouts).`,
    ...contactWriteLines(result),
    '',
    ...mix.kinds.map((kind) => `- \`${kind}\`: ${KIND_TITLES[kind]}`),
  ].join('\n');
}
