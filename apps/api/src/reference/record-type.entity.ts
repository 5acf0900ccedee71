import { DEFAULT_RETENTION } from '@complaints/domain';
import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';
import { ReferenceEntity } from './reference-entity.base';
import { RecordTypeGroup } from './reference.enums';

@ObjectType({ description: 'What kind of contact this is (the ten record types of table 3).' })
@Entity('record_type')
export class RecordType extends ReferenceEntity {
  @Field(() => RecordTypeGroup, { description: 'Record-type group, e.g. formal complaints.' })
  @Index()
  @CodeColumn(32)
  group: RecordTypeGroup;

  /**
   * Whole years a contact of this type is kept after it closed, before it is
   * due to be anonymised (retention/; set on the retention page). Read there
   * only, so no GraphQL field.
   */
  @IntColumn({ default: DEFAULT_RETENTION.contact.years })
  retentionYears: number;
}
