import { Field, InputType } from 'type-graphql';
import { PreferredContactMethod, type PreferredContactMethodCode } from '../contacts/contact.enums';

@InputType({ description: "The complainant's details (personal data). Blank text is stored as nothing; the surname is required." })
export class ComplainantInput {
  @Field(() => String, { nullable: true })
  givenName?: string | null;

  @Field(() => String, { description: 'Surname (family name).' })
  familyName: string;

  @Field(() => String, { nullable: true })
  email?: string | null;

  @Field(() => String, { nullable: true })
  phone?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: "e.g. 'Mother', 'Grandparent', 'Advocate'." })
  relationshipToChild?: string | null;

  @Field(() => PreferredContactMethod, { nullable: true })
  preferredContactMethod?: PreferredContactMethodCode | null;

  @Field(() => String, { nullable: true })
  reasonableAdjustments?: string | null;
}
