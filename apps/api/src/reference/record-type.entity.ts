import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';
import { RecordTypeGroup } from './reference.enums';

@ObjectType({ description: 'What kind of contact this is (the ten record types of table 3).' })
@Entity('record_type')
export class RecordType {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(64, { unique: true })
  code: string;

  @Field()
  @CodeColumn(200)
  name: string;

  @Field(() => RecordTypeGroup, { description: 'Record-type group, e.g. formal complaints.' })
  @Index()
  @CodeColumn(32)
  group: RecordTypeGroup;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  sortOrder: number;
}
