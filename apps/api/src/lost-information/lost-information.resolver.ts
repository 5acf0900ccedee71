import { icoClock, reportedWithin72Hours, riskLevel, type IcoClockState, type RiskLevel } from '@complaints/domain';
import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { admitAggregate } from '../aggregates/aggregate-admission';
import { LearningAction } from '../actions/learning-action.entity';
import { ACCESS } from '../auth/role';
import { caseScope } from '../contacts/contact-list';
import type { GraphQLContext } from '../graphql/context';
import { FIELD_COSTS, fixedCost, unpagedListCost } from '../graphql/query-limits';
import { ServiceArea } from '../reference/service-area.entity';
import { findIncidentByReference, findIncidentInScope, incidentLoaders, listIncidents } from './lost-information-list';
import { summariseIncidents } from './lost-information-summary';
import { LostInformationAction } from './lost-information-action.entity';
import { LostInformationIncident } from './lost-information-incident.entity';
import { IcoClockStateEnum, IncidentStatusEnum, RiskLevelEnum } from './lost-information.enums';
import { LostInformationFilter, LostInformationIncidentInput } from './lost-information.inputs';
import { LostInformationService } from './lost-information.service';
import { LostInformationSummary } from './lost-information.types';

/**
 * The lost-information register (report 12.2): complaints officers record and
 * edit incidents; service managers read their areas' incidents; every role
 * that reads aggregates gets the counts only (lostInformationSummary).
 */
@Resolver(() => LostInformationIncident)
export class LostInformationResolver {
  @Authorized(ACCESS.LOST_INFORMATION_READ)
  @Query(() => [LostInformationIncident], {
    description: 'The lost-information register, newest discovered first (at most 500). Service managers see their areas only.',
    complexity: unpagedListCost,
  })
  lostInformationIncidents(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('filter', () => LostInformationFilter, { nullable: true }) filter?: LostInformationFilter | null,
  ): Promise<LostInformationIncident[]> {
    return listIncidents(dataSource, filter ?? {}, caseScope(user!));
  }

  @Authorized(ACCESS.LOST_INFORMATION_READ)
  @Query(() => LostInformationIncident, { nullable: true, description: 'An incident by id; null when there is none you may see.' })
  lostInformationIncident(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<LostInformationIncident | null> {
    return findIncidentInScope(dataSource, id, caseScope(user!));
  }

  @Authorized(ACCESS.LOST_INFORMATION_READ)
  @Query(() => LostInformationIncident, { nullable: true, description: "An incident by reference, '/' or '-' alike, any case; null when there is none you may see." })
  lostInformationIncidentByReference(@Arg('reference', () => String) reference: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<LostInformationIncident | null> {
    return findIncidentByReference(dataSource, reference, caseScope(user!));
  }

  @Authorized(ACCESS.LOST_INFORMATION_COUNTS)
  @Query(() => LostInformationSummary, {
    description: 'Counts of incidents discovered in a financial year by format and ICO outcome, and how many were reported within 72 hours. Directorate-wide; no incident details.',
    complexity: fixedCost(FIELD_COSTS.informationRequestSummary),
  })
  lostInformationSummary(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('financialYear', () => String, { description: "e.g. '2026/27'" }) financialYear: string,
  ): Promise<LostInformationSummary> {
    return admitAggregate(dataSource, user, (run) => summariseIncidents(run, financialYear));
  }

  @Authorized(ACCESS.LOST_INFORMATION_WRITE)
  @Mutation(() => LostInformationIncident, { description: 'Record a lost-information incident; the ICO decision is due 72 hours after discovery.' })
  recordLostInformationIncident(
    @Arg('input', () => LostInformationIncidentInput) input: LostInformationIncidentInput,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<LostInformationIncident> {
    return new LostInformationService(dataSource).record(input);
  }

  @Authorized(ACCESS.LOST_INFORMATION_WRITE)
  @Mutation(() => LostInformationIncident, { description: 'Save changes to an incident: the actions and learning-action links given replace those saved.' })
  updateLostInformationIncident(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => LostInformationIncidentInput) input: LostInformationIncidentInput,
    @Ctx() { dataSource }: GraphQLContext,
  ): Promise<LostInformationIncident> {
    return new LostInformationService(dataSource).update(id, input);
  }

  @FieldResolver(() => ServiceArea, { nullable: true })
  async serviceArea(@Root() i: LostInformationIncident, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea | null> {
    return (await loaders.catalog()).serviceAreas.byId.get(i.serviceAreaId) ?? null;
  }

  @FieldResolver(() => RiskLevelEnum, { nullable: true, description: 'From likelihood × severity; null until both are scored.' })
  riskLevel(@Root() i: LostInformationIncident): RiskLevel | null {
    return riskLevel(i.likelihood, i.severity);
  }

  @FieldResolver(() => IcoClockStateEnum, { description: 'The 72-hour ICO clock now: RUNNING, OVERDUE, MET or MISSED.' })
  icoClockState(@Root() i: LostInformationIncident): IcoClockState {
    return icoClock(i).state;
  }

  @FieldResolver(() => Int, { description: 'Whole hours left on the clock; 0 unless RUNNING.' })
  icoHoursRemaining(@Root() i: LostInformationIncident): number {
    return icoClock(i).hoursRemaining;
  }

  @FieldResolver(() => Int, { description: 'Whole hours past the 72 (until now, or until the clock stopped); 0 unless OVERDUE or MISSED.' })
  icoHoursOverdue(@Root() i: LostInformationIncident): number {
    return icoClock(i).hoursOverdue;
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Notified (or decided not to notify) within 72 hours of discovery; null while the clock runs.' })
  reportedWithin72Hours(@Root() i: LostInformationIncident): boolean | null {
    return reportedWithin72Hours(i);
  }

  @FieldResolver(() => IncidentStatusEnum)
  status(@Root() i: LostInformationIncident): 'OPEN' | 'CLOSED' {
    return i.closedOn ? 'CLOSED' : 'OPEN';
  }

  @FieldResolver(() => [LostInformationAction], { description: 'Containment and recovery actions, in the order listed.' })
  actions(@Root() i: LostInformationIncident, @Ctx() context: GraphQLContext): Promise<LostInformationAction[]> {
    return incidentLoaders(context).actions.load(i.id);
  }

  @FieldResolver(() => [LearningAction], { description: 'Learning actions the lessons are taken forward in.' })
  learningActions(@Root() i: LostInformationIncident, @Ctx() context: GraphQLContext): Promise<LearningAction[]> {
    return incidentLoaders(context).learningActions.load(i.id);
  }
}
