import { Field, ID, Int, ObjectType } from 'type-graphql';
import { PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, IntColumn } from '../db/columns';
import { LocalDateScalar } from '../graphql/local-date.scalar';

/** What every reference table has: a stable code, an editable name, a display order and the date it was retired. */
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

  /** A version's first day (null: always in force); with retiredFrom, the dates a reorganisation works from. */
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The first day this value may be used on a record; null when it always could. It is in force from here until the day before retiredFrom.',
  })
  @DateColumn({ nullable: true })
  effectiveFrom: string | null;

  /** Never deleted: records and reports from before this date keep the value; newer records may not use it. */
  @Field(() => LocalDateScalar, {
    nullable: true,
    description: 'The first day this value may not be used on a record (by its received date); null while in use. Older records and reports keep it.',
  })
  @DateColumn({ nullable: true })
  retiredFrom: string | null;
}
