import { ObjectType } from 'type-graphql';
import { Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { IntColumn } from '../db/columns';
import { ReferenceEntity } from './reference-entity.base';
import { IssueCategory } from './issue-category.entity';

@ObjectType({ description: 'Second level of the issue taxonomy (e.g. Communication: lack of).' })
@Entity('issue')
export class Issue extends ReferenceEntity {
  @Index()
  @IntColumn()
  categoryId: number;

  @ManyToOne(() => IssueCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'categoryId' })
  categoryRelation?: IssueCategory;
}
