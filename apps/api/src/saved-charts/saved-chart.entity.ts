import { Field, ID, Int, ObjectType } from 'type-graphql';
import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';
import { User } from '../auth/user.entity';
import { CodeColumn, IntColumn } from '../db/columns';
import { ChartType, DataDownload } from './saved-chart.enums';

/** A named trend question with how to draw it: staff share it by link and publish it as embeds. */
@ObjectType({ description: 'A saved trend chart: the question (as the trend URL parameters), how it is drawn, and its owner.' })
@Entity('saved_chart')
// "My charts": the owner's, most recently changed first.
@Index(['ownerId', 'updatedAt'])
export class SavedChart {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @CodeColumn(120)
  name: string;

  @Field(() => String, { description: 'What the chart shows, in plain English: its alternative text wherever it is shown.' })
  @CodeColumn(1000)
  description: string;

  @Field(() => String, {
    description: "The trend question as URL query parameters (canonical order, no '?'), as /trends?… and /export/trend.csv?… accept them.",
  })
  @CodeColumn(2000)
  params: string;

  @Field(() => ChartType)
  @CodeColumn(16)
  chartType: ChartType;

  @Field(() => DataDownload)
  @CodeColumn(16)
  dataDownload: DataDownload;

  @IntColumn()
  ownerId: number;

  @ManyToOne(() => User, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'ownerId' })
  owner?: User;

  @Field(() => Date)
  @CreateDateColumn({ type: 'datetime' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'datetime' })
  updatedAt: Date;

  @Field(() => Int, { description: 'Goes up by one with every change (embeds use it to know their cached figures are stale).' })
  @VersionColumn()
  version: number;
}
