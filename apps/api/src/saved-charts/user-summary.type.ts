import { Field, ID, ObjectType } from 'type-graphql';

/** Who owns, made or revoked something: a name to show, nothing else about the account. */
@ObjectType({ description: 'A colleague as shown beside what they own or did: id and name only.' })
export class UserSummary {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  name: string;
}
