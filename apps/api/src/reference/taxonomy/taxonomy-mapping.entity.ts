import { Field, ID, ObjectType } from 'type-graphql';
import { Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { CodeColumn, DateColumn, FlagColumn, TextColumn } from '../../db/columns';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { TaxonomyKind, TaxonomyMappingKind } from './taxonomy.enums';

/**
 * One edge of a reclassification: records recorded with `fromCode` count,
 * in the CURRENT taxonomy from `effectiveFrom`, under `toCode`. A split has one
 * row per successor; the designated one takes the old records. Codes rather
 * than ids, as filters and imports name codes and codes never change.
 */
@ObjectType({ description: 'An old code mapped onto a new one (one row per successor of a split).' })
@Entity('taxonomy_mapping')
@Index('IDX_taxonomy_mapping_edge', ['kind', 'fromCode', 'toCode'], { unique: true })
export class TaxonomyMapping {
  @Field(() => ID)
  @PrimaryGeneratedColumn()
  id: number;

  @Field(() => TaxonomyKind)
  @CodeColumn(32)
  kind: TaxonomyKind;

  @Field(() => String, { description: 'The retired code.' })
  @CodeColumn(64)
  fromCode: string;

  @Field(() => String, { description: 'A code that replaced it.' })
  @CodeColumn(64)
  toCode: string;

  @Field(() => LocalDateScalar, { description: 'The first day the new code replaces the old (the old code’s retirement date).' })
  @DateColumn()
  effectiveFrom: string;

  @Field(() => TaxonomyMappingKind)
  @CodeColumn(16)
  mappingKind: TaxonomyMappingKind;

  @Field(() => Boolean, { description: 'Splits: whether this successor takes the old records. Always true for other kinds.' })
  @FlagColumn()
  designated: boolean;

  @Field(() => String, { nullable: true, description: 'Splits: the rule used for the old records, in words.' })
  @TextColumn({ nullable: true })
  rule: string | null;
}
