import { CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * Which bundled datasets were loaded into this database. The demo loader writes
 * one row; notes comparing the figures with the printed 2009/10 report are
 * shown only when it is there, not for another council's 2009/10.
 */
@Entity('dataset_marker')
export class DatasetMarker {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  name: string;

  @CreateDateColumn({ type: 'datetime' })
  loadedAt: Date;
}
