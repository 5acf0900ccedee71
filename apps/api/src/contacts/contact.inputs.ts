import { PAGE_SIZE } from '@complaints/domain';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ContactCodeFilter } from './contact-code-filter.inputs';
import { ComplainantType, Outcome, Stage } from '../reference/reference.enums';

/** What an officer records about a new contact. Codes name reference data (see the reference queries). */
@InputType({ description: 'A new contact. Codes name reference data; due dates are computed, not entered.' })
export class CreateContactInput {
  @Field(() => String, { nullable: true, description: "The team's reference; generated (e.g. CS/2009/0042) when left out." })
  reference?: string | null;

  @Field(() => String, { description: 'Record type code, e.g. STATUTORY_COMPLAINT.' })
  recordType: string;

  @Field(() => String, { description: 'Channel code, e.g. LETTER.' })
  channel: string;

  @Field(() => LocalDateScalar)
  receivedDate: string;

  @Field(() => [String], { description: 'Service area codes; the first is the primary one.' })
  serviceAreas: string[];

  @Field(() => [String], { description: 'Issue codes; the first is the primary one.' })
  issues: string[];

  @Field(() => ComplainantType)
  complainantType: ComplainantType;

  @Field(() => Stage, { nullable: true, description: 'Defaults to STAGE_1 for complaints (OMBUDSMAN for LGO complaints).' })
  stage?: Stage | null;

  @Field(() => Outcome, { nullable: true, description: 'Defaults to ONGOING for complaints, NOT_RECORDED otherwise.' })
  outcome?: Outcome | null;

  @Field(() => LocalDateScalar, { nullable: true })
  acknowledgementSentDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  responseSentDate?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  extended?: boolean | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false })
  prematureOmbudsmanReferral?: boolean | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType({ description: 'Filters for the contacts list; every list is "any of".' })
export class ContactFilter extends ContactCodeFilter {
  @Field(() => String, { nullable: true, description: "Financial year, e.g. '2009/10'." })
  financialYear?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or after.' })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or before.' })
  receivedTo?: string | null;

  @Field(() => String, { nullable: true, description: 'Reference starts with.' })
  reference?: string | null;
}

@InputType()
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: PAGE_SIZE.default, description: `Page size, 1 to ${PAGE_SIZE.max}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
