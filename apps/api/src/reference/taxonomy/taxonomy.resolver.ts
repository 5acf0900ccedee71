import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../../auth/role';
import type { GraphQLContext } from '../../graphql/context';
import { TaxonomyMapping } from './taxonomy-mapping.entity';
import { AddTaxonomyMappingInput } from './taxonomy.inputs';
import { addTaxonomyMapping } from './taxonomy.service';

@Resolver()
export class TaxonomyResolver {
  @Authorized(ACCESS.SIGNED_IN)
  @Query(() => [TaxonomyMapping], { description: 'Every reorganisation mapping: old code → new code, from a date (a split has a row per successor).' })
  async taxonomyMappings(@Ctx() { loaders }: GraphQLContext): Promise<TaxonomyMapping[]> {
    return (await loaders.catalog()).taxonomyMappings ?? [];
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => [TaxonomyMapping], {
    description: 'Retire a code from a date (if it is still in use) and map it onto the code(s) that replaced it. Records keep their code; trends in the CURRENT taxonomy follow the mapping.',
  })
  async addTaxonomyMapping(
    @Arg('input', () => AddTaxonomyMappingInput) input: AddTaxonomyMappingInput,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<TaxonomyMapping[]> {
    return addTaxonomyMapping(dataSource, input, { id: user!.id, email: user!.email });
  }
}
