/**
 * The replica settings of each data source made with DATABASE_REPLICA_URLS,
 * kept beside it (like the aggregate runner) so the aggregate executor finds
 * them through the data source it already has.
 */
import type { DataSource } from 'typeorm';
import type { ReplicaConfig } from '../config/config';

/** When no setting was recorded (a data source made by hand with `replication`): as REPLICA_WAIT_MS's default. */
export const DEFAULT_REPLICA_WAIT_MS = 500;

const settings = new WeakMap<DataSource, ReplicaConfig>();

export function rememberReplicaSettings(dataSource: DataSource, replicas: ReplicaConfig): void {
  settings.set(dataSource, replicas);
}

export function replicaWaitMs(dataSource: DataSource): number {
  return settings.get(dataSource)?.waitMs ?? DEFAULT_REPLICA_WAIT_MS;
}
