import { LEARNING_OUTCOME_KINDS, type LearningOutcomeKind as Kind } from '@complaints/domain';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, OneToOne, PrimaryColumn } from 'typeorm';
import { LearningAction } from '../../actions/learning-action.entity';
import { CodeColumn, IntColumn, TextColumn } from '../../db/columns';
import { Contact } from '../contact.entity';

export const LearningOutcomeKind = Object.fromEntries(Object.keys(LEARNING_OUTCOME_KINDS).map((k) => [k, k])) as { readonly [K in Kind]: K };
export type LearningOutcomeKind = Kind;

registerEnumType(LearningOutcomeKind, {
  name: 'LearningOutcomeKind',
  description: 'What was learned from a complaint: NONE (nothing to learn), EXISTING_ACTION (an action already in the tracker) or NEW_ACTION (one recorded with the answer).',
});

/**
 * What was learned from one complaint, asked when its response is recorded:
 * one row per contact (answering again replaces it). Kept apart from the
 * contact row, like the complainant, so recording it touches no aggregate's
 * columns; the learning-captured rate counts these rows with GROUP BY.
 */
@ObjectType('LearningOutcome', { description: 'What was learned from a complaint, recorded when its response was sent.' })
@Entity('contact_learning_outcome')
export class ContactLearningOutcome {
  @PrimaryColumn({ type: 'int' })
  contactId: number;

  @OneToOne(() => Contact, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'contactId' })
  contact?: Contact;

  @Field(() => LearningOutcomeKind)
  @CodeColumn(16)
  kind: LearningOutcomeKind;

  /** The action linked (EXISTING_ACTION or NEW_ACTION); null for NONE. */
  @Index()
  @IntColumn({ nullable: true })
  learningActionId: number | null;

  @ManyToOne(() => LearningAction, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'learningActionId' })
  learningAction?: LearningAction;

  @Field(() => String, { nullable: true, description: 'Anything the officer added (up to 2,000 characters), e.g. why there was nothing to learn.' })
  @TextColumn({ nullable: true })
  note: string | null;

  @Field({ description: 'Who recorded it: their name when they did.' })
  @CodeColumn(200)
  recordedByName: string;

  @CodeColumn(254)
  recordedByEmail: string;

  /** Set on every answer (not a create/update date column), so the demo data can date its answers. */
  @Field({ description: 'When it was recorded (or last changed).' })
  @Column({ type: 'datetime' })
  recordedAt: Date;
}
