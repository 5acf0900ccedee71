import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { LearningActionStatus } from '../reference/reference.enums';
import type { LearningAction } from './learning-action.entity';

type Editable = Pick<LearningAction, 'issueIdentified' | 'count' | 'actionNeeded' | 'byWhom' | 'status' | 'furtherAction' | 'dueDate'>;
/** Input fields may be left out or given as null (GraphQL nullable). */
type Optional<T> = { [K in keyof T]?: T[K] | null };

@InputType({ description: 'A new learning action. Codes name reference data (see the serviceAreas and issueCategories queries).' })
export class CreateLearningActionInput implements Optional<Editable> {
  @Field(() => String, { nullable: true, description: "Financial year the issue was identified in, e.g. '2009/10'; defaults to the current one." })
  financialYear?: string | null;

  @Field(() => String)
  issueIdentified: string;

  @Field(() => String, { nullable: true, description: 'Issue category code, e.g. COMMUNICATION.' })
  issueCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Service area code, e.g. SOCIAL_CARE. Required for service managers (one of theirs).' })
  serviceArea?: string | null;

  @Field(() => Int, { nullable: true, description: 'How many complaints raised the issue (0 or more).' })
  count?: number | null;

  @Field(() => String)
  actionNeeded: string;

  @Field(() => String, { description: 'Who owns the action, e.g. "Service Managers".' })
  byWhom: string;

  @Field(() => LearningActionStatus, { nullable: true, description: 'Defaults to OPEN. COMPLETED needs a closingNote.' })
  status?: LearningActionStatus | null;

  @Field(() => String, { nullable: true })
  furtherAction?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Required when status is COMPLETED (an action recorded once it is done): what was done, up to 2,000 characters. Starts its progress log.',
  })
  closingNote?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: "Issue codes the action answers, e.g. COMMUNICATION_LACK_OF: issues of its issue category, if it has one. Appendix 1 counts the year's complaints naming them.",
  })
  issues?: string[] | null;
}

@InputType({
  description:
    'Changes to a learning action: only the fields given change. Null clears an optional field (issueCategory, serviceArea, count, furtherAction, dueDate).',
})
export class UpdateLearningActionInput implements Optional<Editable> {
  @Field(() => String, { nullable: true })
  issueIdentified?: string | null;

  @Field(() => String, { nullable: true, description: 'Issue category code.' })
  issueCategory?: string | null;

  @Field(() => String, { nullable: true, description: 'Service area code.' })
  serviceArea?: string | null;

  @Field(() => Int, { nullable: true })
  count?: number | null;

  @Field(() => String, { nullable: true })
  actionNeeded?: string | null;

  @Field(() => String, { nullable: true })
  byWhom?: string | null;

  @Field(() => LearningActionStatus, {
    nullable: true,
    description: 'OPEN or ONGOING: an action is completed by closeLearningAction (with a closing note) and reopened by reopenLearningAction.',
  })
  status?: LearningActionStatus | null;

  @Field(() => String, { nullable: true })
  furtherAction?: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  dueDate?: string | null;

  @Field(() => [String], { nullable: true, description: 'Issue codes: replaces the set the action answers; null or [] clears it.' })
  issues?: string[] | null;
}

@InputType({ description: 'Filters for the learning actions list; every list is "any of", and filters combine with AND.' })
export class LearningActionFilter {
  @Field(() => [LearningActionStatus], { nullable: true })
  statuses?: LearningActionStatus[] | null;

  @Field(() => String, { nullable: true, description: 'Owner ("by whom") contains this text, ignoring case.' })
  owner?: string | null;

  @Field(() => [String], { nullable: true, description: 'Service area codes.' })
  serviceAreas?: string[] | null;

  @Field(() => [String], { nullable: true, description: 'Issue category codes.' })
  issueCategories?: string[] | null;

  @Field(() => String, { nullable: true, description: "Financial year, e.g. '2009/10'." })
  financialYear?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: only overdue actions (due before today, not completed); false: none of them.' })
  overdue?: boolean | null;
}
