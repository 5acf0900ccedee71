import { Field, Int, ObjectType } from 'type-graphql';
import { Contact } from '../contacts/contact.entity';
import { CodeStage, ComplaintRegime, RefusalReason, RemedyType, type CodeStageCode, type ComplaintRegimeCode, type RefusalReasonCode, type RemedyTypeCode } from './complaint-code.enums';
import { ServiceRequest } from './service-request.entity';

@ObjectType({ description: 'A service request and the Stage 1 complaint it became.' })
export class ConvertedServiceRequest {
  @Field(() => ServiceRequest)
  serviceRequest: ServiceRequest;

  @Field(() => Contact)
  contact: Contact;
}

@ObjectType()
export class RegimeCount {
  @Field(() => ComplaintRegime)
  regime: ComplaintRegimeCode;

  @Field(() => Int, { description: 'Formal complaints received in the year under this procedure.' })
  complaints: number;

  @Field(() => Int, { description: 'Of which an officer overrode the procedure the rules chose.' })
  overridden: number;
}

@ObjectType()
export class RefusalCount {
  @Field(() => RefusalReason)
  reason: RefusalReasonCode;

  @Field(() => Int)
  complaints: number;

  @Field(() => Int)
  escalations: number;
}

@ObjectType({ description: "One stage's timeliness under the Code, for stages started in the year." })
export class CodeStageCount {
  @Field(() => CodeStage)
  stage: CodeStageCode;

  @Field(() => Int)
  started: number;

  @Field(() => Int)
  acknowledgedInTime: number;

  @Field(() => Int)
  responded: number;

  @Field(() => Int, { description: 'Responded by the due date, extension included.' })
  respondedInTime: number;

  @Field(() => Int, { description: 'Responded within the timescale without an extension.' })
  respondedWithinTimescale: number;

  @Field(() => Int)
  extended: number;
}

@ObjectType()
export class RemedyCount {
  @Field(() => RemedyType)
  type: RemedyTypeCode;

  @Field(() => Int)
  offered: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Not completed and past the due date on the day asked.' })
  overdue: number;
}

@ObjectType({ description: "Counts of the Code's process in one financial year: no case details." })
export class ComplaintCodeSummary {
  @Field()
  financialYear: string;

  @Field(() => [RegimeCount])
  regimes: RegimeCount[];

  @Field(() => Int)
  serviceRequestsReceived: number;

  @Field(() => Int)
  serviceRequestsConverted: number;

  @Field(() => Int)
  serviceRequestsOpen: number;

  @Field(() => [RefusalCount])
  refusals: RefusalCount[];

  @Field(() => [CodeStageCount])
  stages: CodeStageCount[];

  @Field(() => [RemedyCount])
  remedies: RemedyCount[];
}
