import { Field, ObjectType } from 'type-graphql';
import { Entity, PrimaryColumn } from 'typeorm';
import { CodeColumn, DateColumn, TextColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** The governance body's response to the year's annual complaints report, published beside it (§8.2). */
@ObjectType({ description: "The governance body's response to a year's annual complaints performance and service improvement report (§8.2)." })
@Entity('code_report_response')
export class GovernanceResponse {
  @Field(() => String)
  @PrimaryColumn({ type: 'varchar', length: 7 })
  financialYear: string;

  @Field(() => String, { description: 'e.g. "Audit and Governance Committee".' })
  @CodeColumn(200)
  body: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the body considered the report.' })
  @DateColumn({ nullable: true })
  consideredOn: string | null;

  @Field(() => String)
  @TextColumn()
  response: string;
}
