import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

/** One council's year in the Ombudsman's published complaint statistics (one row per council and year). */
@ObjectType({ description: "One council's year in the Ombudsman's published per-council complaint statistics." })
@Entity('ombudsman_statistic')
@Index(['councilName', 'financialYear'], { unique: true })
export class OmbudsmanStatistic {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String)
  @CodeColumn(200)
  councilName: string;

  @Field(() => String, { description: "e.g. '2025/26'." })
  @CodeColumn(7)
  financialYear: string;

  @Field(() => Int)
  @IntColumn()
  complaintsReceived: number;

  @Field(() => Int)
  @IntColumn()
  decided: number;

  @Field(() => Int)
  @IntColumn()
  upheld: number;

  @Field(() => Float, { nullable: true, description: 'Upheld as a percentage of detailed investigations, as published (0–100, one decimal place).' })
  @Column({ type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  upheldPercent: number | null;

  @Field(() => Float, { nullable: true, description: "Compliance with the Ombudsman's recommendations, as a percentage (0–100)." })
  @Column({ type: 'decimal', precision: 5, scale: 1, nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | number | null) => (v === null ? null : Number(v)) } })
  compliancePercent: number | null;

  @Field(() => Int, { nullable: true, description: 'Upheld complaints the council had satisfactorily remedied before they reached the Ombudsman.' })
  @IntColumn({ nullable: true })
  satisfactoryRemedy: number | null;

  /** True for rows from the invented sample file shipped with the demo data. */
  @Field(() => Boolean, { description: 'True when the row came from the INVENTED sample file shipped with the demo data, not from the Ombudsman.' })
  @Column({ type: 'boolean', default: false })
  invented: boolean;
}
