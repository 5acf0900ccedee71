import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { CodeColumn, IntColumn, TextColumn } from '../db/columns';

/** One provision of the Complaint Handling Code, paraphrased (seed data: code-provisions.ts). */
@ObjectType({ description: "A provision of the Ombudsman's Complaint Handling Code (2024), paraphrased in our own words (see source)." })
@Entity('code_provision')
export class CodeProvision {
  @Field(() => String, { description: "The Code's section number, e.g. '6.3'." })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code: string;

  @Field(() => Int)
  @IntColumn()
  sortOrder: number;

  @Field(() => String, { description: 'The chapter of the Code, e.g. "6 Complaint stages".' })
  @CodeColumn(120)
  section: string;

  @Field(() => String)
  @CodeColumn(200)
  title: string;

  @Field(() => String, { description: 'What the provision requires, in our own words (not the Code’s text).' })
  @TextColumn()
  requirement: string;

  @Field(() => String, { nullable: true, description: 'The figure the product measures for it, if any.' })
  @CodeColumn(32, { nullable: true })
  measure: string | null;
}
