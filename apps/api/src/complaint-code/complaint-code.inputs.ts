import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { ComplainantType } from '../reference/reference.enums';
import { CodeStage, RefusalReason, RefusalSubject, RemedyType, type CodeStageCode, type RefusalReasonCode, type RefusalSubjectCode, type RemedyTypeCode } from './complaint-code.enums';

@InputType({ description: 'A new service request (the Code §1.2).' })
export class RecordServiceRequestInput {
  @Field(() => LocalDateScalar)
  receivedDate: string;

  @Field(() => String, { description: 'Service area code, e.g. ADMISSIONS.' })
  serviceArea: string;

  @Field(() => String, { description: 'What was asked for.' })
  summary: string;
}

@InputType({ description: 'Turning a service request into a Stage 1 complaint: what the complaint record needs beyond the request.' })
export class ConvertServiceRequestInput {
  @Field(() => LocalDateScalar, { description: 'When the person expressed dissatisfaction (the complaint is received then).' })
  receivedDate: string;

  @Field(() => String, { description: 'Channel code, e.g. EMAIL.' })
  channel: string;

  @Field(() => [String], { description: 'Issue codes; the first is the primary one.' })
  issues: string[];

  @Field(() => ComplainantType)
  complainantType: ComplainantType;

  @Field(() => String, { nullable: true, defaultValue: 'CORPORATE_COMPLAINT', description: 'Record type code; a corporate complaint unless given.' })
  recordType?: string;
}

@InputType({ description: 'A refusal to accept a complaint or its escalation (the Code §2, §5.7).' })
export class RefuseComplaintInput {
  @Field(() => ID)
  contactId: string;

  @Field(() => RefusalSubject)
  subject: RefusalSubjectCode;

  @Field(() => RefusalReason)
  reason: RefusalReasonCode;

  @Field(() => String)
  evidence: string;

  @Field(() => LocalDateScalar)
  refusedDate: string;

  @Field(() => LocalDateScalar, { description: 'When the person was told they may take the decision to the Ombudsman.' })
  ombudsmanSignpostedDate: string;
}

@InputType({ description: 'An extension of a stage under the Code (at most 10 working days, §6.4).' })
export class ExtendCodeStageInput {
  @Field(() => ID)
  contactId: string;

  @Field(() => CodeStage)
  stage: CodeStageCode;

  @Field(() => Int)
  workingDays: number;

  @Field(() => String)
  reason: string;

  @Field(() => LocalDateScalar)
  complainantToldDate: string;
}

@InputType()
export class ResponsePointInput {
  @Field(() => String)
  point: string;

  @Field(() => Boolean)
  addressed: boolean;
}

@InputType({ description: 'A remedy offered in a response (the Code §7).' })
export class AddRemedyInput {
  @Field(() => ID)
  contactId: string;

  @Field(() => CodeStage)
  stage: CodeStageCode;

  @Field(() => RemedyType)
  type: RemedyTypeCode;

  @Field(() => String)
  description: string;

  @Field(() => String)
  owner: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => LocalDateScalar, { description: 'When it was offered (the response date, usually).' })
  offeredDate: string;
}

@InputType({ description: 'A reasonable adjustment agreed for the complainant (§5.6).' })
export class AddReasonableAdjustmentInput {
  @Field(() => ID)
  contactId: string;

  @Field(() => String)
  adjustment: string;

  @Field(() => LocalDateScalar)
  agreedDate: string;

  @Field(() => LocalDateScalar, { nullable: true })
  reviewDate?: string | null;
}
