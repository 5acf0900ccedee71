import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, IntColumn } from '../db/columns';

/** What every reference table has: a stable code, an editable name and a display order. */
// type-graphql inherits fields only from a decorated parent; being unreachable, the parent never appears in the schema.
@ObjectType()
export abstract class ReferenceEntity {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => String, { description: 'Stable identifier used in filters and URLs.' })
  @CodeColumn(64, { unique: true })
  code: string;

  @Field(() => String)
  @CodeColumn(200)
  name: string;

  @Field(() => Int)
  @IntColumn({ default: 0 })
  sortOrder: number;
}
