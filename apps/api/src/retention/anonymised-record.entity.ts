import { Entity, PrimaryColumn } from 'typeorm';
import { DateColumn } from '../db/columns';
import type { RetentionRecordKind } from './retention.enums';

/**
 * A record whose personal data has been removed, and when: the report of
 * records due for deletion leaves these out. Not a foreign key, because the
 * id may be a contact's or an information request's; the records themselves
 * are never deleted (their counts stay in every figure). Who did it is in the
 * administrative audit log.
 */
@Entity('anonymised_record')
export class AnonymisedRecord {
  @PrimaryColumn({ type: 'varchar', length: 32 })
  recordKind: RetentionRecordKind;

  @PrimaryColumn({ type: 'int' })
  recordId: number;

  @DateColumn()
  anonymisedOn: string;
}
