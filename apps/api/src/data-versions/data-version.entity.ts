import { Column, Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';

/**
 * A counter per kind of data, bumped in the same transaction as every write to
 * that data (see data-versions.ts): caches of figures key on it, so they go
 * stale the moment the data changes, in every API process.
 */
@Entity('data_version')
export class DataVersion {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  name: string;

  @IntColumn()
  version: number;

  @Column({ type: 'datetime' })
  updatedAt: Date;
}
