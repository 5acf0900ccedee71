import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

@ObjectType({ description: 'How a contact reached the team (table 2).' })
@Entity('channel')
export class Channel {
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
