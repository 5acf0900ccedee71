import { Field, ObjectType } from 'type-graphql';
import { Entity, Index } from 'typeorm';
import { CodeColumn } from '../db/columns';
import { ReferenceEntity } from './reference-entity.base';
import { RecordTypeGroup } from './reference.enums';

@ObjectType({ description: 'What kind of contact this is (the ten record types of table 3).' })
@Entity('record_type')
export class RecordType extends ReferenceEntity {
  @Field(() => RecordTypeGroup, { description: 'Record-type group, e.g. formal complaints.' })
  @Index()
  @CodeColumn(32)
  group: RecordTypeGroup;
}
