import { Field, ID, ObjectType } from 'type-graphql';
import { Stage } from '../reference/reference.enums';
import type { AssignmentStageCode } from './assignment-rules';

/** A member of staff who may handle cases: their name only (no contact details or account settings). */
@ObjectType({ description: 'A complaints officer or service manager who may handle cases.' })
export class CaseOfficer {
  @Field(() => ID)
  id: number;

  @Field()
  name: string;

  @Field({ description: "'Complaints officer' or 'Service manager'." })
  roleName: string;
}

@ObjectType({ description: 'Who handles a contact at one stage now.' })
export class StageAssignment {
  @Field(() => Stage)
  stage: AssignmentStageCode;

  @Field({ description: "The officer's role at this stage, e.g. 'Stage 2 investigator'." })
  role: string;

  @Field(() => CaseOfficer)
  officer: CaseOfficer;

  @Field()
  assignedAt: Date;
}
