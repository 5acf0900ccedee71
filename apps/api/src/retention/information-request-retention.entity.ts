import { Entity, PrimaryColumn } from 'typeorm';
import { IntColumn } from '../db/columns';
import type { InformationRequestKind } from '../reference/reference-data';

/**
 * How long each kind of information request is kept after it closed (its
 * response or withdrawal). Contacts' periods are on their record type
 * (record_type.retentionYears); requests have no record type, so one row per
 * kind here, seeded by the migration with DEFAULT_RETENTION's years.
 */
@Entity('information_request_retention')
export class InformationRequestRetention {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  kind: InformationRequestKind;

  @IntColumn()
  retentionYears: number;
}
