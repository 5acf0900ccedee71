import DataLoader from 'dataloader';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { In } from 'typeorm';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { caseScope } from '../contacts/contact-list';
import { PageInput } from '../contacts/contact.inputs';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost, perPageCost } from '../graphql/query-limits';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import { ServiceArea } from '../reference/service-area.entity';
import { workingDaysBetween } from '../timescales';
import { historyOf } from './information-request-history';
import { findInformationRequestByReference, findInformationRequestInScope, listInformationRequests } from './information-request-list';
import { pauseOptions, requestPermissions } from './information-request-permissions';
import { informationRequestQueue } from './information-request-queue';
import { summariseInformationRequests } from './information-request-summary';
import { InformationRequestEvent } from './information-request-event.entity';
import { ClockPauseReason } from './information-request.enums';
import { InformationRequest } from './information-request.entity';
import { InformationRequestFilter, RecordInformationRequestInput } from './information-request.inputs';
import { InformationRequestService } from './information-request.service';
import {
  ClockPauseOption,
  InformationRequestConnection,
  InformationRequestHistoryEntry,
  InformationRequestPermissions,
  InformationRequestQueue,
  InformationRequestSort,
  InformationRequestStatus,
  InformationRequestSummary,
} from './information-request.types';

/** One history loader per GraphQL request (keyed by its context), so a page of requests costs one query for all their steps. */
const eventLoaders = new WeakMap<GraphQLContext, DataLoader<number, InformationRequestEvent[]>>();

function eventLoader(context: GraphQLContext): DataLoader<number, InformationRequestEvent[]> {
  let loader = eventLoaders.get(context);
  if (!loader) {
    loader = new DataLoader(async (ids) => {
      const rows = await context.dataSource.manager.find(InformationRequestEvent, { where: { informationRequestId: In([...ids]) } });
      return ids.map((id) => rows.filter((row) => row.informationRequestId === id));
    });
    eventLoaders.set(context, loader);
  }
  return loader;
}

function statusOf(r: InformationRequest, today: string): InformationRequestStatus {
  if (r.withdrawnDate) return InformationRequestStatus.WITHDRAWN;
  if (r.completedDate) return InformationRequestStatus.COMPLETED;
  if (r.clockPausedOn) return InformationRequestStatus.PAUSED;
  return r.dueDate < today ? InformationRequestStatus.OVERDUE : InformationRequestStatus.OPEN;
}

/**
 * The access-to-records (section 10) and Freedom of Information (section 11)
 * registers: officers record and take each step; service managers read their
 * areas' requests; the summary (counts only) is for every role reading aggregates.
 */
@Resolver(() => InformationRequest)
export class InformationRequestResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequestConnection, {
    description: 'Access-to-records and FOI requests, filtered, searched, sorted (newest received first by default) and paged by cursor.',
    complexity: perPageCost,
  })
  informationRequests(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('filter', () => InformationRequestFilter, { nullable: true }) filter?: InformationRequestFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => InformationRequestSort, { nullable: true, defaultValue: InformationRequestSort.RECEIVED_NEWEST }) sort?: InformationRequestSort,
  ): Promise<InformationRequestConnection> {
    return listInformationRequests(dataSource, filter ?? {}, page ?? {}, todayIso(), caseScope(user!), sort);
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequest, { nullable: true, description: 'A request by id; null when there is none you may see.' })
  informationRequest(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<InformationRequest | null> {
    return findInformationRequestInScope(dataSource, id, caseScope(user!));
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequest, {
    nullable: true,
    description: "A request by reference, in any case and with '/' or '-' alike (FOI/2009/0001 is FOI-2009-0001 in web addresses); null when there is none you may see.",
  })
  informationRequestByReference(@Arg('reference', () => String) reference: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<InformationRequest | null> {
    return findInformationRequestByReference(dataSource, reference, caseScope(user!));
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequestQueue, {
    description: 'Open requests with their clock running that are overdue or due within 5 working days of today, earliest due first. Service managers see their areas only.',
    complexity: fixedCost(FIELD_COSTS.caseworkQueue),
  })
  informationRequestQueue(@Ctx() { dataSource, user }: GraphQLContext): Promise<InformationRequestQueue> {
    return informationRequestQueue(dataSource, todayIso(), caseScope(user!));
  }

  // An aggregate: directorate-wide for every role that may read aggregates, service managers included.
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => InformationRequestSummary, {
    description:
      'Per kind: received this year and last, from the police, joint, completed within the deadline, open, overdue and withdrawn (tables 8 and 9). Directorate-wide for every role.',
    complexity: fixedCost(FIELD_COSTS.informationRequestSummary),
  })
  informationRequestSummary(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('financialYear', () => String, { description: "e.g. '2009/10'" }) financialYear: string,
    @Arg('asOf', () => LocalDateScalar, { nullable: true, description: 'For counting open requests as overdue; defaults to today.' })
    asOf?: string | null,
  ): Promise<InformationRequestSummary> {
    return admitAggregate(dataSource, user, (run) => summariseInformationRequests(run, financialYear, asOf ?? todayIso()));
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Record a request; the due date comes from the rule in force on the received date.' })
  recordInformationRequest(
    @Arg('input', () => RecordInformationRequestInput) input: RecordInformationRequestInput,
    @Ctx() { dataSource, user, dataVersions }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource, undefined, dataVersions).record(input, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Record that receipt was acknowledged: once, not before receipt or in the future.' })
  acknowledgeInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('acknowledgedDate', () => LocalDateScalar) acknowledgedDate: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).acknowledge(id, acknowledgedDate, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Record that the response was sent: not while the clock is paused, not before receipt, the acknowledgement or the clock last resumed.' })
  completeInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('completedDate', () => LocalDateScalar) completedDate: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).complete(id, completedDate, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, {
    description: 'Extend the deadline where the rule allows (FOI: 40 working days; UK GDPR: three months), with the reason the requester is given; only before it is due and while the clock runs.',
  })
  extendInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String, { description: 'Why, e.g. "Public interest test: section 36" (up to 1,000 characters).' }) reason: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).extend(id, reason, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, {
    description: "Pause the clock while the requester is asked for proof of identity, clarification or a fee (the reasons the request's rule allows: clockPauseOptions); dated when they were asked, not after the due date.",
  })
  pauseInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => ClockPauseReason) reason: ClockPauseReason,
    @Arg('pausedOn', () => LocalDateScalar) pausedOn: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).pause(id, reason, pausedOn, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Restart the clock on the day what was asked for arrived; the due date moves as the rule says.' })
  resumeInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('resumedOn', () => LocalDateScalar) resumedOn: string,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).resume(id, resumedOn, user!.name);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Record that the requester withdrew the request (or it lapsed, e.g. proof of identity never came).' })
  withdrawInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('withdrawnDate', () => LocalDateScalar) withdrawnDate: string,
    @Arg('reason', () => String, { nullable: true }) reason: string | null,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).withdraw(id, withdrawnDate, reason, user!.name);
  }

  @FieldResolver(() => ServiceArea, { nullable: true, description: 'The service area the request concerns; null only on requests recorded before areas were required.' })
  async serviceArea(@Root() r: InformationRequest, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea | null> {
    return r.serviceAreaId === null ? null : ((await loaders.catalog()).serviceAreas.byId.get(r.serviceAreaId) ?? null);
  }

  @FieldResolver(() => InformationRequestStatus, { description: 'WITHDRAWN, COMPLETED, PAUSED, or OPEN / OVERDUE as of today.' })
  status(@Root() r: InformationRequest): InformationRequestStatus {
    return statusOf(r, todayIso());
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Completed on or before the due date; null while open.' })
  completedWithinDeadline(@Root() r: InformationRequest): boolean | null {
    return r.completedDate ? r.completedDate <= r.dueDate : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Working days past the due date today; null unless OVERDUE.' })
  workingDaysOverdue(@Root() r: InformationRequest): number | null {
    const today = todayIso();
    return statusOf(r, today) === InformationRequestStatus.OVERDUE ? workingDaysBetween(r.dueDate, today) : null;
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Working days from today to the due date (0: due today); null unless OPEN.' })
  workingDaysRemaining(@Root() r: InformationRequest): number | null {
    const today = todayIso();
    return statusOf(r, today) === InformationRequestStatus.OPEN ? workingDaysBetween(today, r.dueDate) : null;
  }

  @FieldResolver(() => [ClockPauseOption], { description: "The reasons this request's clock may be paused for under the rule in force on its received date, and what each does." })
  clockPauseOptions(@Root() r: InformationRequest): ClockPauseOption[] {
    return pauseOptions(r);
  }

  @FieldResolver(() => InformationRequestPermissions, { description: 'What the signed-in person may do to this request now.' })
  viewerCan(@Root() r: InformationRequest, @Ctx() { user }: GraphQLContext): InformationRequestPermissions {
    return requestPermissions(user!.role, r, todayIso());
  }

  @FieldResolver(() => [InformationRequestHistoryEntry], { description: 'Every step, oldest first, with who recorded it.' })
  async history(@Root() r: InformationRequest, @Ctx() context: GraphQLContext): Promise<InformationRequestHistoryEntry[]> {
    return historyOf(r, await eventLoader(context).load(r.id));
  }
}
