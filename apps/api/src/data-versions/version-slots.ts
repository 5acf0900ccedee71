/**
 * Each kind's version is kept in VERSION_SLOTS rows of `data_version`: the kind's own row ('contacts', slot 0) and
 * 'contacts#1' … 'contacts#7'. A write bumps one slot, chosen at random; the kind's version is the sum of its slots
 * and the time it changed the latest of theirs.
 *
 * Why: the bump takes the row's lock until COMMIT, and the COMMIT is sent only once the API's event loop has taken
 * in the bump's answer — under load a whole turn of the loop. With one row per kind every learning-action update, on
 * every process, queued for that one lock (bench:load: two updates in three waited, 31 ms on average, and much longer at
 * a million contacts). With eight, two writers meet on a row one time in eight.
 *
 * Still exact: each committed write adds one to one slot, so the sum grows at every COMMIT and at no other time.
 */
import { VERSIONED_KINDS, type DataKind } from './data-kinds';

export const VERSION_SLOTS = 8;

const SEPARATOR = '#';

/** The row of `kind` for `slot` (0 is the kind's own name, as before there were slots). */
export function slotRowName(kind: DataKind, slot: number): string {
  return slot === 0 ? kind : `${kind}${SEPARATOR}${slot}`;
}

/** The kind a row of `data_version` counts for, or null for a name that is not one of ours. */
export function kindOfRow(name: string): DataKind | null {
  const at = name.indexOf(SEPARATOR);
  const kind = at < 0 ? name : name.slice(0, at);
  return (VERSIONED_KINDS as readonly string[]).includes(kind) ? (kind as DataKind) : null;
}

/** A slot for one transaction's bump: `random` in [0, 1). */
export function pickSlot(random: number = Math.random()): number {
  return Math.min(VERSION_SLOTS - 1, Math.floor(random * VERSION_SLOTS));
}
