import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

@ObjectType({ description: 'Top level of the issue taxonomy (the rows of table 5).' })
@Entity('issue_category')
export class IssueCategory {
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
