import { Field, InputType } from 'type-graphql';
import { Outcome, Stage } from '../reference/reference.enums';

/**
 * The filters on a contact's own codes that the contacts list (ContactFilter)
 * and trends (TrendFilter) share: declared once, each list "any of".
 */
// Never a type in the schema by itself (nothing takes it as an argument); only its subclasses are.
@InputType()
export abstract class ContactCodeFilter {
  @Field(() => [String], { nullable: true, description: 'Record type codes.' })
  recordTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Channel codes.' })
  channels?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Division codes.' })
  divisions?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Primary service area codes.' })
  serviceAreas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Primary issue category codes.' })
  issueCategories?: string[] | null;

  @Field(() => [Stage], { nullable: true })
  stages?: Stage[] | null;

  @Field(() => [Outcome], { nullable: true })
  outcomes?: Outcome[] | null;
}
