import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Entity, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

/** Social care activity for a year, the context table 6 sets complaints against. */
@ObjectType({ description: 'Social care activity in a financial year (table 6).' })
@Entity('service_activity')
export class ServiceActivity {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field()
  @CodeColumn(7, { unique: true })
  financialYear: string;

  @Field(() => Int)
  @IntColumn()
  referrals: number;

  @Field(() => Int)
  @IntColumn()
  initialAssessments: number;

  @Field(() => Int)
  @IntColumn()
  lookedAfterChildren: number;
}
