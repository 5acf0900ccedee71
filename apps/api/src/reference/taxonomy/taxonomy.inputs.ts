import { Field, InputType } from 'type-graphql';
import { LocalDateScalar } from '../../graphql/local-date.scalar';
import { TaxonomyKind, TaxonomyMappingKind } from './taxonomy.enums';

@InputType({ description: 'Map a retired (or, retired by this, retiring) code onto what replaced it.' })
export class AddTaxonomyMappingInput {
  @Field(() => TaxonomyKind)
  kind: TaxonomyKind;

  @Field(() => String, { description: 'The old code. Still in use, it is retired from effectiveFrom.' })
  fromCode: string;

  @Field(() => [String], { description: 'The new code; two or more for a SPLIT. Add new codes first (saveReferenceItem).' })
  toCodes: string[];

  @Field(() => LocalDateScalar, { description: 'The first day the new code(s) replace the old: its retirement date.' })
  effectiveFrom: string;

  @Field(() => TaxonomyMappingKind)
  mappingKind: TaxonomyMappingKind;

  @Field(() => String, { nullable: true, description: 'SPLIT: the new code that takes the old records.' })
  designated?: string | null;

  @Field(() => String, { nullable: true, description: 'SPLIT: the rule used for the old records, in words.' })
  rule?: string | null;
}
