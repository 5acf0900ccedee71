import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import type { GraphQLContext } from '../graphql/context';
import { Channel } from './channel.entity';
import { ReferenceKind, reinstateReferenceItem, retireReferenceItem, RetireReferenceItemInput, saveReferenceItem, SaveReferenceItemInput } from './reference-admin';
import { Division } from './division.entity';
import { IssueCategory } from './issue-category.entity';
import { Issue } from './issue.entity';
import { RecordType } from './record-type.entity';
import { ServiceArea } from './service-area.entity';

@Authorized(ACCESS.SIGNED_IN)
@Resolver()
export class ReferenceResolver {
  @Query(() => [RecordType], { description: 'Record types, in report order (table 3).' })
  async recordTypes(@Ctx() { loaders }: GraphQLContext): Promise<RecordType[]> {
    return (await loaders.catalog()).recordTypes.list;
  }

  @Query(() => [Channel], { description: 'Channels contacts arrive by (table 2).' })
  async channels(@Ctx() { loaders }: GraphQLContext): Promise<Channel[]> {
    return (await loaders.catalog()).channels.list;
  }

  @Query(() => [Division])
  async divisions(@Ctx() { loaders }: GraphQLContext): Promise<Division[]> {
    return (await loaders.catalog()).divisions.list;
  }

  @Query(() => [ServiceArea])
  async serviceAreas(@Ctx() { loaders }: GraphQLContext): Promise<ServiceArea[]> {
    return (await loaders.catalog()).serviceAreas.list;
  }

  @Query(() => [IssueCategory], { description: 'The issue taxonomy: categories with their issues.' })
  async issueCategories(@Ctx() { loaders }: GraphQLContext): Promise<IssueCategory[]> {
    return (await loaders.catalog()).issueCategories.list;
  }
}

@Resolver(() => ServiceArea)
export class ServiceAreaResolver {
  @FieldResolver(() => Division)
  async division(@Root() area: ServiceArea, @Ctx() { loaders }: GraphQLContext): Promise<Division> {
    return (await loaders.catalog()).divisions.byId.get(area.divisionId)!;
  }
}

@Resolver(() => Issue)
export class IssueResolver {
  @FieldResolver(() => IssueCategory)
  async category(@Root() issue: Issue, @Ctx() { loaders }: GraphQLContext): Promise<IssueCategory> {
    return (await loaders.catalog()).issueCategories.byId.get(issue.categoryId)!;
  }
}

@Resolver(() => IssueCategory)
export class IssueCategoryResolver {
  @FieldResolver(() => [Issue])
  async issues(@Root() category: IssueCategory, @Ctx() { loaders }: GraphQLContext): Promise<Issue[]> {
    return (await loaders.catalog()).issues.list.filter((i) => i.categoryId === category.id);
  }
}

@Resolver()
export class ReferenceAdminResolver {
  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => Boolean, { description: 'Add a reference item, or rename (or move) an existing one. Codes never change.' })
  async saveReferenceItem(@Arg('input', () => SaveReferenceItemInput) input: SaveReferenceItemInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<boolean> {
    await saveReferenceItem(dataSource, input, { id: user!.id, email: user!.email });
    return true;
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => Boolean, {
    description: 'Retire a reference item from a date: records received from then on may not use it; older records and reports keep it. A division or category retires only after all its service areas or issues.',
  })
  async retireReferenceItem(@Arg('input', () => RetireReferenceItemInput) input: RetireReferenceItemInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<boolean> {
    await retireReferenceItem(dataSource, input, { id: user!.id, email: user!.email });
    return true;
  }

  @Authorized(ACCESS.ADMINISTRATION)
  @Mutation(() => Boolean, { description: 'Put a retired reference item back in use.' })
  async reinstateReferenceItem(
    @Arg('kind', () => ReferenceKind) kind: ReferenceKind,
    @Arg('code', () => String) code: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<boolean> {
    await reinstateReferenceItem(dataSource, kind, code, { id: user!.id, email: user!.email });
    return true;
  }
}
