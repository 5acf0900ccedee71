import { Field, InputType, Int } from 'type-graphql';

@InputType({ description: "One financial year's social care activity figures (table 6); saving a year again replaces its figures." })
export class SaveServiceActivityInput {
  @Field(() => String, { description: "e.g. '2009/10'" })
  financialYear: string;

  @Field(() => Int, { description: 'Children and families social care referrals in the year.' })
  referrals: number;

  @Field(() => Int)
  initialAssessments: number;

  @Field(() => Int, { description: 'Looked-after children (as counted for the year).' })
  lookedAfterChildren: number;
}
