import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the young person is told after sending a message.' })
export class HaveYourSayReceipt {
  @Field(() => String, { description: 'Their reference, e.g. HYS-2026-0001: they can quote it if they get in touch again.' })
  reference: string;

  @Field(() => [String], { description: 'What happens next, in plain words.' })
  whatHappensNext: string[];

  @Field(() => String, { description: 'What to do if they are in danger now.' })
  ifInDanger: string;
}
