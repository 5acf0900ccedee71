/**
 * Embeds are read by people who never sign in, so they cannot be limited per
 * user. Their aggregate work (only on a cache miss) gets its own small global
 * budget, taken before the shared aggregate runner's slots: however many
 * intranet pages load at once, embeds hold at most EMBED_SLOTS.global of the
 * runner's slots, and staff keep the rest. Over budget, an embed request is
 * refused at once (HTTP 429); within it, it waits in the runner's queue like
 * any other aggregate when every slot is taken.
 */
import type { DataSource } from 'typeorm';
import { tooManyAggregates } from '../aggregates/aggregate-errors';
import { aggregateRunner } from '../aggregates/aggregate-admission';
import { AGGREGATE_LIMITS } from '../aggregates/aggregate-limits';
import type { AggregateRun } from '../aggregates/aggregate-runner';
import { AggregateSlots } from '../aggregates/aggregate-slots';

/** Every embed shares one requester, so its per-requester limit is the embeds' global budget. */
const EMBED_REQUESTER = 'embeds';
// No queue of their own: over budget an embed is refused at once, so anonymous traffic never fills the runner's queue.
export const EMBED_SLOTS = { perUser: 2, global: 2, queueLength: 0 } as const;

// Fewer than the runner's own per-user limit, so the runner never refuses what this admitted for that reason.
if (EMBED_SLOTS.global > AGGREGATE_LIMITS.perUser || EMBED_SLOTS.global >= AGGREGATE_LIMITS.global) {
  throw new Error('The embeds aggregate budget must leave the shared runner room for staff');
}

const budgets = new WeakMap<DataSource, AggregateSlots>();

function budget(dataSource: DataSource): AggregateSlots {
  let slots = budgets.get(dataSource);
  if (!slots) budgets.set(dataSource, (slots = new AggregateSlots(EMBED_SLOTS)));
  return slots;
}

/** Runs an embed's aggregate `work` within the embeds' budget and the shared runner's limits. */
export async function admitEmbedAggregate<T>(dataSource: DataSource, work: (run: AggregateRun) => Promise<T>): Promise<T> {
  const grant = budget(dataSource).tryAcquire(EMBED_REQUESTER);
  if (grant.ok !== true) throw tooManyAggregates('global', EMBED_SLOTS.global);
  try {
    // No client of its own: viewers asking the same at once share this computation (result-cache/), so one
    // who leaves must neither take it out of the queue nor stop it for the rest.
    return await aggregateRunner(dataSource).admit(EMBED_REQUESTER, work, null);
  } finally {
    grant.release();
  }
}

/** Embed aggregates running now (for tests). */
export function embedAggregatesInUse(dataSource: DataSource): number {
  return budget(dataSource).inUse();
}
