import { INFORMATION_REQUEST_KINDS, todayIso, type InformationRequestKind } from '@complaints/domain';
import { Arg, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { PageInput } from '../contacts/contact.inputs';
import type { GraphQLContext } from '../graphql/context';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { perPageCost } from '../graphql/query-limits';
import { anonymiseRecords, recordIdOf } from './anonymise';
import { recordsDueForDeletion } from './records-due';
import { RetentionRecordKind } from './retention.enums';
import { listRetentionPeriods, setRetentionPeriod, type RetentionPeriodView } from './retention-periods';
import { AnonymisedRecords, RecordsDueForDeletion, RetentionPeriod, SetRetentionPeriodInput } from './retention.types';

/** Retention: administrators only (it names records and removes personal data; it shows none). */
@Authorized(ACCESS.ADMINISTRATION)
@Resolver()
export class RetentionResolver {
  @Query(() => [RetentionPeriod], { description: 'How long each record type and kind of information request is kept after it closes.' })
  retentionPeriods(@Ctx() { dataSource }: GraphQLContext): Promise<RetentionPeriodView[]> {
    return listRetentionPeriods(dataSource.manager);
  }

  @Mutation(() => RetentionPeriod, { description: 'Set how many whole years (1 to 100) a record type or kind of information request is kept after it closes.' })
  setRetentionPeriod(@Arg('input', () => SetRetentionPeriodInput) input: SetRetentionPeriodInput, @Ctx() { dataSource, user }: GraphQLContext): Promise<RetentionPeriodView> {
    return setRetentionPeriod(dataSource, input, { id: user!.id, email: user!.email });
  }

  @Query(() => RecordsDueForDeletion, {
    description: 'Closed contacts and information requests whose retention period has run by `asOf` (today if not given) and that still hold personal data, the longest closed first.',
    complexity: perPageCost,
  })
  async recordsDueForDeletion(
    @Ctx() { dataSource, loaders }: GraphQLContext,
    @Arg('asOf', () => LocalDateScalar, { nullable: true }) asOf?: string | null,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput | null,
  ): Promise<RecordsDueForDeletion> {
    const result = await recordsDueForDeletion(dataSource.manager, { asOf: asOf ?? todayIso(), first: page?.first, after: page?.after });
    const catalog = await loaders.catalog();
    return {
      asOf: result.asOf,
      totalCount: result.totalCount,
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
      records: result.records.map((r) => ({
        id: recordIdOf(r.recordKind, r.id),
        recordKind: r.recordKind,
        reference: r.reference,
        typeCode: r.typeCode,
        typeName:
          r.recordKind === RetentionRecordKind.CONTACT
            ? (catalog.recordTypes.byCode.get(r.typeCode)?.name ?? r.typeCode)
            : `${INFORMATION_REQUEST_KINDS[r.typeCode as InformationRequestKind] ?? r.typeCode} request`,
        closedOn: r.closedOn,
        retentionYears: r.years,
        dueOn: r.dueOn,
      })),
    };
  }

  @Mutation(() => AnonymisedRecords, {
    description:
      'Remove the personal data of records due for deletion (ids from recordsDueForDeletion), keeping everything the figures count; `confirm` must be true. All or nothing.',
  })
  async anonymiseRecords(
    @Arg('ids', () => [ID]) ids: string[],
    @Arg('confirm', () => Boolean) confirm: boolean,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<AnonymisedRecords> {
    const result = await anonymiseRecords(dataSource, ids, confirm, { id: user!.id, email: user!.email });
    return { ...result, count: result.references.length };
  }
}
