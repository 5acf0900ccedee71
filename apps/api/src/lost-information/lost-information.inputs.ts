import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import {
  EncryptionStateEnum,
  IcoDecisionEnum,
  IncidentActionKindEnum,
  IncidentFormatEnum,
  SubjectsDecisionEnum,
  type EncryptionState,
  type IcoDecision,
  type IncidentActionKind,
  type IncidentFormat,
  type SubjectsDecision,
} from './lost-information.enums';

@InputType({ description: 'A containment or recovery action, as listed on the incident.' })
export class IncidentActionInput {
  @Field(() => IncidentActionKindEnum)
  kind: IncidentActionKind;

  @Field({ description: 'What was done (up to 2,000 characters).' })
  description: string;

  @Field(() => LocalDateScalar)
  takenOn: string;
}

/**
 * The whole incident as the register's form saves it: recording a new one and
 * saving changes to one take the same input (the actions and learning-action
 * links given replace those saved).
 */
@InputType({ description: 'A lost-information incident as recorded or edited. Date-times are ISO instants (UTC or with an offset).' })
export class LostInformationIncidentInput {
  @Field(() => String, { nullable: true, description: 'Generated when recording (LI/2026/0001) if left out; ignored when editing.' })
  reference?: string | null;

  @Field(() => Date, { nullable: true, description: 'When the loss happened, if known.' })
  occurredAt?: Date | null;

  @Field(() => Date, { description: 'When the council became aware of the loss: the 72-hour ICO clock starts here.' })
  discoveredAt: Date;

  @Field(() => IncidentFormatEnum)
  format: IncidentFormat;

  @Field({ description: 'What information was lost (up to 2,000 characters).' })
  dataDescription: string;

  @Field(() => Int, { description: 'About how many people the information is about.' })
  peopleAffected: number;

  @Field(() => EncryptionStateEnum)
  encrypted: EncryptionState;

  @Field({ description: 'Who reported it (up to 200 characters).' })
  reportedBy: string;

  @Field({ description: 'Service area code, e.g. SOCIAL_CARE: its service managers may read the incident.' })
  serviceArea: string;

  @Field(() => Int, { nullable: true, description: 'Likelihood of harm, 1 to 5.' })
  likelihood?: number | null;

  @Field(() => Int, { nullable: true, description: 'Severity of harm, 1 to 5.' })
  severity?: number | null;

  @Field(() => IcoDecisionEnum, { nullable: true })
  icoDecision?: IcoDecision | null;

  @Field(() => String, { nullable: true, description: 'Required when not notifying.' })
  icoDecisionReason?: string | null;

  @Field(() => Date, { nullable: true, description: 'Required with a decision.' })
  icoDecidedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Only with the decision NOTIFY.' })
  icoNotifiedAt?: Date | null;

  @Field(() => SubjectsDecisionEnum, { nullable: true })
  subjectsDecision?: SubjectsDecision | null;

  @Field(() => String, { nullable: true })
  subjectsDecisionReason?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Only with the decision TELL.' })
  subjectsToldOn?: string | null;

  @Field(() => [IncidentActionInput], { nullable: true, defaultValue: [] })
  actions?: IncidentActionInput[] | null;

  @Field(() => String, { nullable: true })
  lessonsLearned?: string | null;

  @Field(() => [ID], { nullable: true, defaultValue: [], description: 'Learning actions (ids from the tracker) the lessons are taken forward in.' })
  learningActionIds?: string[] | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'Closing needs both decisions recorded and carried out.' })
  closedOn?: string | null;
}

@InputType({ description: 'Filters for the lost-information register; all optional.' })
export class LostInformationFilter {
  @Field(() => String, { nullable: true, description: "Financial year discovered, e.g. '2026/27'." })
  financialYear?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: open incidents only; false: closed only.' })
  open?: boolean | null;

  @Field(() => IncidentFormatEnum, { nullable: true })
  format?: IncidentFormat | null;
}
