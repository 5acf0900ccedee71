import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';

/**
 * The last number handed out for one reference prefix (e.g. 'CS/2009/',
 * 'FOI/2010/'): one row per prefix, locked and bumped in the transaction that
 * inserts the records, so simultaneous saves never draw the same number.
 */
@Entity('reference_sequence')
export class ReferenceSequence {
  @PrimaryColumn({ type: 'varchar', length: 40 })
  prefix: string;

  @IntColumn()
  lastValue: number;
}
