import { Field, InputType } from 'type-graphql';
import { HaveYourSayAgeGroup, HaveYourSayContactMethod, type HaveYourSayAgeGroupCode, type HaveYourSayContactMethodCode } from './have-your-say.enums';

@InputType({ description: 'A message from the public "Have your say" page. Only whatHappened is needed; limits are in HAVE_YOUR_SAY_LIMITS (@complaints/domain).' })
export class HaveYourSayInput {
  @Field(() => String, { description: 'What happened, in their own words (up to 5,000 characters).' })
  whatHappened: string;

  @Field(() => String, { nullable: true, description: 'Their name, if they want to give it.' })
  name?: string | null;

  @Field(() => HaveYourSayContactMethod, { nullable: true, description: 'How they would like to be contacted; leave out for no contact.' })
  contactMethod?: HaveYourSayContactMethodCode | null;

  @Field(() => String, { nullable: true, description: 'The phone number or email address for contactMethod.' })
  contactDetails?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Whether they would like an advocate to help them.' })
  wantsAdvocate?: boolean | null;

  @Field(() => HaveYourSayAgeGroup, { nullable: true })
  ageGroup?: HaveYourSayAgeGroupCode | null;

  @Field(() => String, {
    nullable: true,
    description: 'Leave empty. The page hides this field from people (and screen readers); a message with anything in it is answered as usual but not kept.',
  })
  website?: string | null;
}

@InputType({ description: 'How an officer records a "Have your say" message as a contact: channel, complainant type and received date come from the message.' })
export class ConvertHaveYourSayInput {
  @Field(() => String, { description: 'Record type code, e.g. STATUTORY_COMPLAINT or COMMENT.' })
  recordType: string;

  @Field(() => [String], { description: 'Service area codes; the first is the primary one.' })
  serviceAreas: string[];

  @Field(() => [String], { description: 'Issue codes; the first is the primary one.' })
  issues: string[];

  @Field(() => String, { nullable: true, description: "The contact's summary; their own words when left out." })
  summary?: string | null;
}
