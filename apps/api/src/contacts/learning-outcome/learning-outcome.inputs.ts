import { Field, ID, InputType } from 'type-graphql';
import { CreateLearningActionInput } from '../../actions/learning-action.inputs';
import { LearningOutcomeKind } from './contact-learning-outcome.entity';

@InputType({
  description:
    'What was learned from a complaint: NONE; EXISTING_ACTION with actionId (an action in the tracker); or NEW_ACTION with newAction (recorded with the answer).',
})
export class LearningOutcomeInput {
  @Field(() => LearningOutcomeKind)
  kind: LearningOutcomeKind;

  @Field(() => ID, { nullable: true, description: 'EXISTING_ACTION only: the learning action the complaint adds to.' })
  actionId?: string | null;

  @Field(() => CreateLearningActionInput, {
    nullable: true,
    description: "NEW_ACTION only: the action to record. Its financialYear defaults to the year of the complaint's response.",
  })
  newAction?: CreateLearningActionInput | null;

  @Field(() => String, { nullable: true, description: 'Anything to add, up to 2,000 characters (e.g. why there is nothing to learn).' })
  note?: string | null;
}
