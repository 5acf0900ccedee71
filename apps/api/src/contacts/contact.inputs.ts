import { PAGE_SIZE } from '@complaints/domain';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ComplainantInput } from '../complainants/complainant.inputs';
import { ContactCodeFilter } from './contact-code-filter.inputs';
import { ContactStatus, type ContactStatusCode } from './contact.enums';
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

  @Field(() => ComplainantInput, { nullable: true, description: "The complainant's details (personal data); can also be recorded later with saveComplainant." })
  complainant?: ComplainantInput | null;
}

@InputType({ description: 'Filters for the contacts list; every list is "any of".' })
export class ContactFilter extends ContactCodeFilter {
  @Field(() => String, { nullable: true, description: "Financial year, e.g. '2009/10'." })
  financialYear?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or after.' })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or before.' })
  receivedTo?: string | null;

  @Field(() => String, { nullable: true, description: "Reference starts with; letter case and / versus - are ignored ('cs-2009-01' finds CS/2009/0123)." })
  reference?: string | null;

  @Field(() => String, {
    nullable: true,
    description: "Complainant's surname starts with ('obri' finds O'Brien); 'Jane Smith' or 'Smith, Jane' also match given names. Up to 100 characters.",
  })
  complainantName?: string | null;

  @Field(() => String, { nullable: true, description: "Words anywhere in the summary or the complainant's details, 3 to 100 characters." })
  text?: string | null;

  @Field(() => [ContactStatus], { nullable: true })
  statuses?: ContactStatusCode[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: a step waiting is overdue today; false: none is.' })
  overdue?: boolean | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next step waiting is due on or after.' })
  dueFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The next step waiting is due on or before.' })
  dueTo?: string | null;

  @Field(() => [ID], { nullable: true, description: 'Handled at the stage it is at now by any of these officers (user ids).' })
  assignedTo?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: handled by the signed-in user at the stage it is at now.' })
  assignedToMe?: boolean | null;

  @Field(() => Boolean, { nullable: true, description: 'true: no officer for the stage it is at now.' })
  unassigned?: boolean | null;
}

@InputType()
export class PageInput {
  @Field(() => Int, { nullable: true, defaultValue: PAGE_SIZE.default, description: `Page size, 1 to ${PAGE_SIZE.max}.` })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'endCursor of the previous page.' })
  after?: string | null;
}
