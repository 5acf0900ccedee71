import { Arg, Authorized, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { todayIso } from '../periods/today';
import { OmbudsmanLetter } from './ombudsman-letter.entity';
import { ombudsmanBenchmark, saveOmbudsmanLetter, setOmbudsmanComparators } from './ombudsman.service';
import { OmbudsmanBenchmark, OmbudsmanLetterInput } from './ombudsman.types';

@Resolver()
export class OmbudsmanResolver {
  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => [OmbudsmanLetter], { description: "The Ombudsman's annual letters entered, newest year first." })
  ombudsmanLetters(@Ctx() { dataSource }: GraphQLContext): Promise<OmbudsmanLetter[]> {
    return dataSource.getRepository(OmbudsmanLetter).find({ order: { financialYear: 'DESC' } });
  }

  @Authorized(ACCESS.OMBUDSMAN_WRITE)
  @Mutation(() => OmbudsmanLetter, { description: "Enters (or replaces) the Ombudsman's annual letter for a year: its figures and text." })
  saveOmbudsmanLetter(@Arg('input', () => OmbudsmanLetterInput) input: OmbudsmanLetterInput, @Ctx() { dataSource }: GraphQLContext): Promise<OmbudsmanLetter> {
    return saveOmbudsmanLetter(dataSource, input, todayIso());
  }

  @Authorized(ACCESS.DISCLOSED_AGGREGATES)
  @Query(() => OmbudsmanBenchmark, { description: "This council beside its comparators in the Ombudsman's per-council statistics (latest year when none is given)." })
  ombudsmanBenchmark(@Arg('financialYear', () => String, { nullable: true }) financialYear: string | null, @Ctx() { dataSource }: GraphQLContext): Promise<OmbudsmanBenchmark> {
    return ombudsmanBenchmark(dataSource, financialYear ?? null);
  }

  @Authorized(ACCESS.OMBUDSMAN_WRITE)
  @Mutation(() => OmbudsmanBenchmark, { description: 'Chooses this council’s name in the statistics and the councils it compares itself with.' })
  async setOmbudsmanComparators(
    @Arg('selfCouncil', () => String) selfCouncil: string,
    @Arg('comparators', () => [String]) comparators: string[],
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<OmbudsmanBenchmark> {
    await setOmbudsmanComparators(dataSource, { selfCouncil, comparators });
    return ombudsmanBenchmark(dataSource, null);
  }
}
