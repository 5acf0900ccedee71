import { Field, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { DateColumn, IntColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** The Ombudsman's annual review letter to the council for a year: its figures as entered, and its text (§8.1). */
@ObjectType({ description: "The Ombudsman's annual review letter for a financial year: the figures it gives and its text." })
@Entity('ombudsman_letter')
export class OmbudsmanLetter {
  @Field(() => String, { description: "e.g. '2026/27' (the Ombudsman writes about its own year, April to March)." })
  @PrimaryColumn({ type: 'varchar', length: 7 })
  financialYear: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The date of the letter.' })
  @DateColumn({ nullable: true })
  letterDate: string | null;

  @Field(() => Int, { description: 'Complaints and enquiries the Ombudsman received about the council.' })
  @IntColumn()
  complaintsReceived: number;

  @Field(() => Int, { description: 'Decisions the Ombudsman made.' })
  @IntColumn()
  decisionsMade: number;

  @Field(() => Int, { description: 'Complaints investigated in detail.' })
  @IntColumn()
  detailedInvestigations: number;

  @Field(() => Int, { description: 'Of those, how many were upheld.' })
  @IntColumn()
  upheld: number;

  @Field(() => Int, { description: 'Upheld complaints the council had already put right satisfactorily before they reached the Ombudsman.' })
  @IntColumn()
  satisfactoryRemedyBeforeOmbudsman: number;

  @Field(() => Int, { nullable: true, description: "Percentage of the Ombudsman's recommendations complied with (0–100), as the letter gives it." })
  @IntColumn({ nullable: true })
  compliancePercent: number | null;

  @Field(() => String, { description: "The letter's text, as received." })
  @TextColumn()
  text: string;
}
