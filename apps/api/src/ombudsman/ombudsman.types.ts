import { Field, Float, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { OmbudsmanStatistic } from './ombudsman-statistic.entity';

@InputType()
export class OmbudsmanLetterInput {
  @Field(() => String)
  financialYear: string;

  @Field(() => LocalDateScalar, { nullable: true })
  letterDate?: string | null;

  @Field(() => Int)
  complaintsReceived: number;

  @Field(() => Int)
  decisionsMade: number;

  @Field(() => Int)
  detailedInvestigations: number;

  @Field(() => Int)
  upheld: number;

  @Field(() => Int)
  satisfactoryRemedyBeforeOmbudsman: number;

  @Field(() => Int, { nullable: true })
  compliancePercent?: number | null;

  @Field(() => String)
  text: string;
}

@ObjectType({ description: "This council beside its comparators in the Ombudsman's statistics for a year." })
export class OmbudsmanBenchmark {
  @Field(() => String)
  financialYear: string;

  @Field(() => String, { nullable: true, description: "This council's name in the statistics (the comparator marked as self)." })
  selfCouncil: string | null;

  @Field(() => [OmbudsmanStatistic], { description: 'This council first, then its comparators by name.' })
  rows: OmbudsmanStatistic[];

  @Field(() => Float, { nullable: true, description: "The comparators' average upheld rate (this council excluded)." })
  comparatorUpheldPercent: number | null;

  @Field(() => [String], { description: 'Every council and year in the imported statistics, to choose comparators from.' })
  councils: string[];

  @Field(() => [String])
  years: string[];

  @Field(() => Boolean, { description: 'True when any row shown is from the INVENTED sample file.' })
  includesInventedSample: boolean;

  @Field(() => String)
  note: string;
}
