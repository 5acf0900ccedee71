import { Authorized, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { ComplaintCodeStage } from '../complaint-code/complaint-code-stage.entity';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import type { CaseworkStatusCode, CaseworkStepCode } from './casework-queue';
import { CaseOfficer } from './contact-assignment.types';
import { Contact } from './contact.entity';
import { Escalation } from './escalation.entity';

export const CaseworkStep: { [K in CaseworkStepCode]: K } = {
  ACKNOWLEDGEMENT: 'ACKNOWLEDGEMENT',
  RESPONSE: 'RESPONSE',
  STAGE_2_RESPONSE: 'STAGE_2_RESPONSE',
  CODE_STAGE_2_ACKNOWLEDGEMENT: 'CODE_STAGE_2_ACKNOWLEDGEMENT',
  CODE_STAGE_2_RESPONSE: 'CODE_STAGE_2_RESPONSE',
  STAGE_3_PANEL: 'STAGE_3_PANEL',
  STAGE_3_RESPONSE: 'STAGE_3_RESPONSE',
};

registerEnumType(CaseworkStep, {
  name: 'CaseworkStep',
  description: 'A step of a contact waiting to be done.',
  valuesConfig: {
    ACKNOWLEDGEMENT: { description: 'Acknowledge the contact.' },
    RESPONSE: { description: 'Send the first response (Stage 1 for a complaint).' },
    STAGE_2_RESPONSE: { description: 'Send the Stage 2 response (Children Act procedure: an escalation).' },
    CODE_STAGE_2_ACKNOWLEDGEMENT: { description: "Acknowledge a Stage 2 under the Ombudsman's Complaint Handling Code (5 working days from the request)." },
    CODE_STAGE_2_RESPONSE: {
      description: "Send the Stage 2 response under the Complaint Handling Code (20 working days from the acknowledgement, plus any extension).",
    },
    STAGE_3_PANEL: { description: 'Hold the Stage 3 review panel.' },
    STAGE_3_RESPONSE: { description: "Send the council's Stage 3 response." },
  },
});

export const CaseworkStatus: { [K in CaseworkStatusCode]: K } = { OVERDUE: 'OVERDUE', DUE_THIS_WEEK: 'DUE_THIS_WEEK' };

registerEnumType(CaseworkStatus, {
  name: 'CaseworkStatus',
  valuesConfig: {
    OVERDUE: { description: 'Due before the queue date.' },
    DUE_THIS_WEEK: { description: 'Due on the queue date or within the 5 working days after it.' },
  },
});

@ObjectType({ description: 'One step waiting to be done.' })
export class CaseworkItem {
  @Field(() => Contact)
  contact: Contact;

  @Field(() => Escalation, { nullable: true, description: "For the Children Act procedure's Stage 2 and 3 steps." })
  escalation: Escalation | null;

  // The same roles read the queue and the Code's records today; the field keeps to the Code's own rule if they part.
  @Authorized(ACCESS.COMPLAINT_CODE_READ)
  @Field(() => ComplaintCodeStage, { nullable: true, description: "For the Complaint Handling Code's Stage 2 steps: the stage (handler, clock, extension)." })
  codeStage: ComplaintCodeStage | null;

  @Field(() => CaseworkStep)
  step: CaseworkStepCode;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => CaseworkStatus)
  status: CaseworkStatusCode;

  @Field(() => Int, { description: 'Working days after the due date up to the queue date; 0 unless OVERDUE.' })
  workingDaysOverdue: number;

  @Field(() => Int, { description: 'Working days from the queue date to the due date; 0 when due that day or OVERDUE.' })
  workingDaysRemaining: number;

  @Field(() => CaseOfficer, { nullable: true, description: "The officer assigned to the step's stage (the Stage 2 investigator for a Stage 2 response; the Code's Stage 2 handler for its steps); null when no one is." })
  officer: CaseOfficer | null;
}

@InputType({ description: 'Which steps the queue shows; every list is "any of", and all given must hold.' })
export class CaseworkQueueFilter {
  @Field(() => Boolean, { nullable: true, description: "true: only steps of stages the signed-in user is assigned to ('mine')." })
  mine?: boolean | null;

  @Field(() => [ID], { nullable: true, description: "Only steps of stages these officers (user ids) are assigned to." })
  assignedTo?: string[] | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only steps of stages no officer is assigned to.' })
  unassigned?: boolean | null;

  @Field(() => [String], { nullable: true, description: 'Record type codes.' })
  recordTypes?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Service area codes: contacts naming any of them.' })
  serviceAreas?: string[] | null;

  @Field(() => [CaseworkStep], { nullable: true })
  steps?: CaseworkStepCode[] | null;

  @Field(() => [CaseworkStatus], { nullable: true })
  statuses?: CaseworkStatusCode[] | null;
}

@ObjectType({ description: 'What the team works from: steps overdue or due this week, most overdue first.' })
export class CaseworkQueue {
  @Field(() => LocalDateScalar, { description: 'The date the queue is for.' })
  asOf: string;

  @Field(() => LocalDateScalar, { description: 'The last due date counted as due this week (5 working days after asOf).' })
  dueUntil: string;

  @Field(() => Int)
  overdueCount: number;

  @Field(() => Int)
  dueThisWeekCount: number;

  @Field(() => [CaseworkItem])
  items: CaseworkItem[];
}
