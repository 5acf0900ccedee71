/**
 * What the version-checked mutations answer, and what a viewer may do: typed
 * in the schema, so clients read them with generated types rather than from
 * error extensions.
 */
import { createUnionType, Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { LearningAction } from './learning-action.entity';
import { AUDITED_FIELDS, type AuditedField } from '@complaints/domain';

export const LearningActionField = Object.fromEntries(AUDITED_FIELDS.map((f) => [f, f])) as { readonly [K in AuditedField]: K };
registerEnumType(LearningActionField, {
  name: 'LearningActionField',
  description: 'The editable (and audited) fields of a learning action; issues is the set of issues it answers.',
});

@ObjectType({ description: 'What the signed-in person may do to this learning action; the mutations enforce the same rule.' })
export class LearningActionPermissions {
  @Field()
  update: boolean;

  @Field()
  close: boolean;

  @Field()
  reopen: boolean;

  @Field({ description: 'addLearningActionProgress: record progress (not on a completed action).' })
  addProgress: boolean;
}

@ObjectType({ description: 'A field someone else changed since your version: the stored value and the one your save would have set (as written in the audit).' })
export class FieldChange {
  @Field(() => LearningActionField)
  field: AuditedField;

  @Field(() => String, { nullable: true })
  theirValue: string | null;

  @Field(() => String, { nullable: true })
  yourValue: string | null;
}

@ObjectType({
  description:
    'Not saved: the action changed since expectedVersion. Nothing was written. `current` is the stored action (its history says who changed it); `changes` the fields changed since.',
})
export class VersionConflict {
  @Field(() => LearningAction)
  current: LearningAction;

  @Field(() => [FieldChange])
  changes: FieldChange[];

  @Field(() => Int, { description: 'The version the save was based on.' })
  expectedVersion: number;

  constructor(current: LearningAction, changes: FieldChange[], expectedVersion: number) {
    this.current = current;
    this.changes = changes;
    this.expectedVersion = expectedVersion;
  }
}

export const LearningActionChangeResult = createUnionType({
  name: 'LearningActionChangeResult',
  description: 'The saved action, or a VersionConflict when it had changed since the version sent.',
  types: () => [LearningAction, VersionConflict] as const,
  resolveType: (value) => (value instanceof VersionConflict ? VersionConflict : LearningAction),
});
