import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

@ObjectType({ description: 'A division of the directorate (3.2); service areas roll up into divisions.' })
@Entity('division')
export class Division {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(64, { unique: true })
  code: string;

  @Field()
  @CodeColumn(200)
  name: string;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  sortOrder: number;
}
