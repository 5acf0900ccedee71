/** The result table: what each request got, how long it took, and /healthz meanwhile, against the targets. */
import type { HealthWindow } from './health-poller';
import type { Scenario } from './scenarios';

export const TARGET = { refuseMs: 1000, healthMs: 200 } as const;

export interface Row {
  scenario: Scenario;
  outcome: string;
  note?: string;
  ms: number;
  health: HealthWindow;
}

const ms = (n: number) => (n >= 10_000 ? `${(n / 1000).toFixed(1)} s` : `${n.toFixed(0)} ms`);

function verdict(row: Row): string {
  const refusedInTime = row.scenario.expect === 'answer' || row.ms < TARGET.refuseMs;
  const healthy = row.health.worstMs < TARGET.healthMs && row.health.failures === 0;
  return refusedInTime && healthy ? 'yes' : `**no**${refusedInTime ? '' : ' (slow)'}${healthy ? '' : ' (/healthz)'}`;
}

export function renderResults(rows: Row[], machine: string): string {
  const lines = [
    `Machine: ${machine}.`,
    '',
    `| Request | Finding | Should | Outcome (HTTP status, code) | Time | /healthz worst (polls) | Targets met (refuse < ${TARGET.refuseMs} ms, /healthz < ${TARGET.healthMs} ms) |`,
    '|---|:-:|---|---|--:|--:|:-:|',
    ...rows.map(
      (r) =>
        `| ${r.scenario.id} | ${r.scenario.finding} | ${r.scenario.expect} | ${r.outcome}${r.note ? ` — ${r.note.replace(/\|/g, '\\|').slice(0, 160)}` : ''} | ${ms(r.ms)} | ${ms(r.health.worstMs)} (${r.health.polls}${r.health.failures ? `, ${r.health.failures} failed` : ''}) | ${verdict(r)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}
