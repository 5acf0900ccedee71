import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';
import { IssueCategory } from './issue-category.entity';

@ObjectType({ description: 'Second level of the issue taxonomy (e.g. Communication: lack of).' })
@Entity('issue')
export class Issue {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(64, { unique: true })
  code: string;

  @Field()
  @CodeColumn(200)
  name: string;

  @Index()
  @IntColumn()
  categoryId: number;

  @ManyToOne(() => IssueCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categoryId' })
  categoryRelation?: IssueCategory;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  sortOrder: number;
}
