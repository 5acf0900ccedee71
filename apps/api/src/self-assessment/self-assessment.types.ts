import { Field, InputType, Int, ObjectType, ID } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { CodeProvision } from './code-provision.entity';
import { SelfAssessmentAction } from './self-assessment-action.entity';

@ObjectType({ description: 'One row of the self-assessment form: provision | requirement | comply yes/no | evidence | commentary, with what the product measured.' })
export class SelfAssessmentRow {
  @Field(() => ID, { description: 'The entry’s id (for updateSelfAssessmentEntry and addSelfAssessmentAction).' })
  entryId: number;

  @Field(() => CodeProvision)
  provision: CodeProvision;

  @Field(() => Boolean, { nullable: true })
  complies: boolean | null;

  @Field(() => String, { nullable: true })
  evidence: string | null;

  @Field(() => String, { nullable: true })
  commentary: string | null;

  @Field(() => String, { nullable: true, description: 'Evidence the product measured from the records for the assessment’s year, e.g. "Stage 1 responses within 10 working days: 84 % of 312".' })
  measuredEvidence: string | null;

  @Field(() => Boolean, { description: 'True when the data shows the provision is not met.' })
  flagged: boolean;

  @Field(() => String, { nullable: true })
  flagReason: string | null;

  @Field(() => [SelfAssessmentAction])
  actions: SelfAssessmentAction[];
}

@InputType()
export class CreateSelfAssessmentInput {
  @Field(() => String, { description: "The year whose records pre-fill the evidence, e.g. '2026/27'." })
  financialYear: string;

  @Field(() => String, { description: 'Why a new version: the annual review, a restructure, a change in procedures (§8.3).' })
  reason: string;
}

@InputType()
export class SelfAssessmentEntryInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => Boolean, { nullable: true, description: 'Comply yes/no; null to leave undecided. Omit to keep.' })
  complies?: boolean | null;

  @Field(() => String, { nullable: true })
  evidence?: string | null;

  @Field(() => String, { nullable: true })
  commentary?: string | null;
}

@InputType()
export class SelfAssessmentActionInput {
  @Field(() => ID)
  entryId: string;

  @Field(() => String)
  description: string;

  @Field(() => String)
  owner: string;

  @Field(() => LocalDateScalar)
  dueDate: string;

  @Field(() => Int, { nullable: true, description: 'A learning action (the action tracker) that carries it out.' })
  learningActionId?: number | null;
}

@InputType()
export class ApproveSelfAssessmentInput {
  @Field(() => ID)
  id: string;

  @Field(() => String, { description: 'The governing body, e.g. "Audit and Governance Committee".' })
  approvedBy: string;

  @Field(() => LocalDateScalar)
  approvedOn: string;
}
