import { Field, ID, Int, ObjectType } from 'type-graphql';
import {
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { CodeColumn, DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { IssueCategory } from '../reference/issue-category.entity';
import { LearningActionStatus } from '../reference/reference.enums';
import { ServiceArea } from '../reference/service-area.entity';

/** A "learning from complaints" action (Appendix 1). `version` guards against lost updates. */
@ObjectType({ description: 'A learning-from-complaints action (Appendix 1).' })
@Entity('learning_action')
export class LearningAction {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @Index()
  @CodeColumn(7)
  financialYear: string;

  @Field()
  @CodeColumn(500)
  issueIdentified: string;

  @Index()
  @IntColumn({ nullable: true })
  issueCategoryId: number | null;

  @ManyToOne(() => IssueCategory, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'issueCategoryId' })
  issueCategoryRelation?: IssueCategory;

  @Index()
  @IntColumn({ nullable: true })
  serviceAreaId: number | null;

  @ManyToOne(() => ServiceArea, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'serviceAreaId' })
  serviceAreaRelation?: ServiceArea;

  @Field(() => Int, { nullable: true, description: 'How many complaints raised the issue.' })
  @IntColumn({ nullable: true })
  count: number | null;

  @Field()
  @TextColumn()
  actionNeeded: string;

  @Field()
  @CodeColumn(200)
  byWhom: string;

  @Field(() => LearningActionStatus)
  @Index()
  @CodeColumn(16)
  status: LearningActionStatus;

  @Field(() => String, { nullable: true })
  @TextColumn({ nullable: true })
  furtherAction: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  @Index()
  @DateColumn({ nullable: true })
  dueDate: string | null;

  @Field(() => Int, { description: 'Optimistic-locking version: send it back with an update.' })
  @VersionColumn()
  version: number;

  @Field()
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field()
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;
}
