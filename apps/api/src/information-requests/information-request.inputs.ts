import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { InformationRequestKind, RequesterType } from '../reference/reference.enums';
import type { InformationRequest } from './information-request.entity';
import { InformationRequestStatus } from './information-request.types';

@InputType({ description: 'A new access-to-records or FOI request; the due date is computed from the rule in force on the received date.' })
export class RecordInformationRequestInput implements Partial<InformationRequest> {
  @Field(() => String, {
    nullable: true,
    description: 'Generated (e.g. FOI/2026/0001: the year the financial year starts) when left out. Stored in upper case: references are compared without regard to case.',
  })
  reference?: string;

  @Field(() => InformationRequestKind)
  kind: InformationRequestKind;

  @Field(() => String, { description: 'Service area code, e.g. SOCIAL_CARE: service managers see only their areas\' requests.' })
  serviceArea: string;

  @Field(() => RequesterType)
  requesterType: RequesterType;

  @Field(() => String, { nullable: true, description: 'Who made the request (up to 200 characters). Personal data.' })
  requesterName?: string | null;

  @Field(() => LocalDateScalar)
  receivedDate: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When receipt was acknowledged, if it already has been.' })
  acknowledgedDate?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When it was answered, if it already has been.' })
  completedDate?: string | null;

  @Field(() => Boolean, { nullable: true, defaultValue: false, description: 'Extended from the start (FOI public interest test; UK GDPR complex request).' })
  extended?: boolean;

  @Field(() => String, { nullable: true, description: 'Why it was extended from the start (kept only when extended).' })
  extensionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'Another directorate answering jointly, e.g. Adult Services.' })
  jointWithDirectorate?: string | null;

  @Field(() => String, { nullable: true })
  summary?: string | null;
}

@InputType({ description: 'Filters for the information requests register; all optional.' })
export class InformationRequestFilter {
  @Field(() => InformationRequestKind, { nullable: true })
  kind?: InformationRequestKind | null;

  @Field(() => String, { nullable: true, description: "Financial year received, e.g. '2009/10'." })
  financialYear?: string | null;

  @Field(() => RequesterType, { nullable: true })
  requesterType?: RequesterType | null;

  @Field(() => [String], { nullable: true, description: 'Service area codes (any of).' })
  serviceAreas?: string[] | null;

  @Field(() => InformationRequestStatus, { nullable: true, description: 'OPEN includes OVERDUE and PAUSED; OVERDUE is open, its clock running, and past its due date today.' })
  status?: InformationRequestStatus | null;

  @Field(() => String, { nullable: true, description: "Part of a reference ('/' and '-' alike) or of the requester's name, in any case." })
  search?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or after this date.' })
  receivedFrom?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Received on or before this date.' })
  receivedTo?: string | null;
}
