import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { ACCESS } from '../auth/role';
import { caseScope } from '../contacts/contact-list';
import { PageInput } from '../contacts/contact.inputs';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost, perPageCost } from '../graphql/query-limits';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { todayIso } from '../periods/today';
import { ServiceArea } from '../reference/service-area.entity';
import { findInformationRequestInScope, listInformationRequests } from './information-request-list';
import { summariseInformationRequests } from './information-request-summary';
import { InformationRequest } from './information-request.entity';
import { InformationRequestFilter, RecordInformationRequestInput } from './information-request.inputs';
import { InformationRequestService } from './information-request.service';
import { InformationRequestConnection, InformationRequestStatus, InformationRequestSummary } from './information-request.types';

/** The access-to-records (section 10) and Freedom of Information (section 11) registers. */
@Resolver(() => InformationRequest)
export class InformationRequestResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequestConnection, {
    description: 'Access-to-records and FOI requests, newest first, filtered and paged by cursor.',
    complexity: perPageCost,
  })
  informationRequests(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('filter', () => InformationRequestFilter, { nullable: true }) filter?: InformationRequestFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<InformationRequestConnection> {
    return listInformationRequests(dataSource, filter ?? {}, page ?? {}, todayIso(), caseScope(user!));
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => InformationRequest, { nullable: true, description: 'A request by id; null when there is none you may see.' })
  informationRequest(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<InformationRequest | null> {
    return findInformationRequestInScope(dataSource, id, caseScope(user!));
  }

  // An aggregate: directorate-wide for every role that may read aggregates, service managers included.
  @Authorized(ACCESS.AGGREGATES)
  @Query(() => InformationRequestSummary, {
    description:
      'Per kind: received this year and last, from the police, joint, completed within the deadline, open and overdue (tables 8 and 9). Directorate-wide for every role.',
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
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).record(input);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, { description: 'Record that the request was answered.' })
  completeInformationRequest(
    @Arg('id', () => ID) id: string,
    @Arg('completedDate', () => LocalDateScalar) completedDate: string,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).complete(id, completedDate);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => InformationRequest, {
    description: 'Extend the deadline where the rule allows (FOI: 40 working days; UK GDPR: three months); only before it is due.',
  })
  extendInformationRequest(@Arg('id', () => ID) id: string, @Ctx() { dataSource }: GraphQLContext): Promise<InformationRequest> {
    return new InformationRequestService(dataSource).extend(id);
  }

  @FieldResolver(() => ServiceArea, { nullable: true, description: 'The service area the request concerns; null only on requests recorded before areas were required.' })
  async serviceArea(@Root() r: InformationRequest, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea | null> {
    return r.serviceAreaId === null ? null : ((await loaders.catalog()).serviceAreas.byId.get(r.serviceAreaId) ?? null);
  }

  @FieldResolver(() => InformationRequestStatus, { description: 'COMPLETED, or OPEN / OVERDUE as of today.' })
  status(@Root() r: InformationRequest): InformationRequestStatus {
    if (r.completedDate) return InformationRequestStatus.COMPLETED;
    return r.dueDate < todayIso() ? InformationRequestStatus.OVERDUE : InformationRequestStatus.OPEN;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Completed on or before the due date; null while open.' })
  completedWithinDeadline(@Root() r: InformationRequest): boolean | null {
    return r.completedDate ? r.completedDate <= r.dueDate : null;
  }
}
