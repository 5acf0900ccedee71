import { Field, Int, ObjectType } from 'type-graphql';
import { LostInformationIncident } from './lost-information-incident.entity';
import { IcoClockStateEnum, IncidentFormatEnum, type IncidentFormat } from './lost-information.enums';
import type { IcoClockState } from '@complaints/domain';

@ObjectType({ description: "Incidents of one format in the year, by the ICO decision's outcome." })
export class LostInformationFormatCount {
  @Field(() => IncidentFormatEnum)
  format: IncidentFormat;

  @Field(() => Int)
  incidents: number;

  @Field(() => Int, { description: 'Notified to the ICO.' })
  notified: number;

  @Field(() => Int, { description: 'Decided not to notify.' })
  notNotified: number;

  @Field(() => Int, { description: 'No decision yet (or decided to notify but not yet notified).' })
  awaiting: number;

  @Field(() => Int, { description: 'Notified, or decided not to notify, within 72 hours of discovery.' })
  within72Hours: number;
}

@ObjectType({ description: 'Counts of lost-information incidents discovered in a financial year: no details of any incident.' })
export class LostInformationSummary {
  @Field()
  financialYear: string;

  @Field(() => Int)
  incidents: number;

  @Field(() => Int)
  notified: number;

  @Field(() => Int)
  notNotified: number;

  @Field(() => Int)
  awaiting: number;

  @Field(() => Int)
  within72Hours: number;

  @Field(() => [LostInformationFormatCount], { description: 'Formats with at least one incident, in the vocabulary order.' })
  byFormat: LostInformationFormatCount[];
}

@ObjectType({ description: "An incident whose ICO decision or notification is still to be made, with the 72-hour clock's state now." })
export class LostInformationQueueItem {
  @Field(() => LostInformationIncident)
  incident: LostInformationIncident;

  @Field(() => Date, { description: 'discoveredAt + 72 hours.' })
  dueAt: Date;

  @Field(() => IcoClockStateEnum, { description: 'RUNNING or OVERDUE.' })
  clockState: IcoClockState;

  @Field(() => Int)
  hoursRemaining: number;

  @Field(() => Int)
  hoursOverdue: number;

  @Field({ description: 'e.g. "ICO decision due in 14 h", "ICO decision overdue by 3 h".' })
  summary: string;
}
