import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../contacts/contact.types';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { InformationRequestKind } from '../reference/reference.enums';
import { ClockPauseReason, InformationRequestEventKind } from './information-request.enums';
import { InformationRequest } from './information-request.entity';

export enum InformationRequestStatus {
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
  PAUSED = 'PAUSED',
  COMPLETED = 'COMPLETED',
  WITHDRAWN = 'WITHDRAWN',
}

registerEnumType(InformationRequestStatus, {
  name: 'InformationRequestStatus',
  valuesConfig: {
    OPEN: { description: 'Not yet completed or withdrawn (as a filter, includes OVERDUE and PAUSED).' },
    OVERDUE: { description: 'Not yet completed, its clock running, and past its due date.' },
    PAUSED: { description: 'Not yet completed, its clock paused (awaiting proof of identity, clarification or a fee).' },
    COMPLETED: { description: 'Completed (the response sent), on time or not.' },
    WITHDRAWN: { description: 'Withdrawn by the requester, or lapsed.' },
  },
});

export enum InformationRequestSort {
  RECEIVED_NEWEST = 'RECEIVED_NEWEST',
  RECEIVED_OLDEST = 'RECEIVED_OLDEST',
  DUE_SOONEST = 'DUE_SOONEST',
  REFERENCE = 'REFERENCE',
}

registerEnumType(InformationRequestSort, {
  name: 'InformationRequestSort',
  valuesConfig: {
    RECEIVED_NEWEST: { description: 'Most recently received first (the default).' },
    RECEIVED_OLDEST: { description: 'Longest ago received first.' },
    DUE_SOONEST: { description: 'Earliest due date first.' },
    REFERENCE: { description: 'By reference, A to Z.' },
  },
});

export enum ClockPauseEffect {
  RESTART = 'RESTART',
  SUSPEND = 'SUSPEND',
}

registerEnumType(ClockPauseEffect, {
  name: 'ClockPauseEffect',
  valuesConfig: {
    RESTART: { description: 'The whole period runs again from the day the clock resumes.' },
    SUSPEND: { description: 'The days from the pause to the resumption, both included, do not count: the due date moves on by them.' },
  },
});

@ObjectType({ description: "A reason this request's clock may be paused for, under the rule in force on its received date, and what the pause does." })
export class ClockPauseOption {
  @Field(() => ClockPauseReason)
  reason: ClockPauseReason;

  @Field(() => ClockPauseEffect)
  effect: ClockPauseEffect;
}

@ObjectType({ description: 'A step in the history of a request.' })
export class InformationRequestHistoryEntry {
  @Field(() => InformationRequestEventKind)
  kind: InformationRequestEventKind;

  @Field(() => LocalDateScalar, { description: 'The day it happened.' })
  date: string;

  @Field(() => ClockPauseReason, { nullable: true, description: 'Why the clock was paused (CLOCK_PAUSED).' })
  reason: ClockPauseReason | null;

  @Field(() => String, { nullable: true, description: 'The reason given for an extension or a withdrawal.' })
  note: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The due date after this step, where it set one.' })
  dueDate: string | null;

  @Field(() => String, { nullable: true, description: 'Who recorded it; null for steps known only from the request’s dates (loaded records).' })
  recordedBy: string | null;

  @Field(() => Date, { nullable: true, description: 'When it was recorded.' })
  recordedAt: Date | null;
}

@ObjectType({ description: 'What the signed-in person may do to this request now (the rules the mutations enforce).' })
export class InformationRequestPermissions {
  @Field()
  acknowledge: boolean;

  @Field()
  extend: boolean;

  @Field()
  pause: boolean;

  @Field()
  resume: boolean;

  @Field()
  respond: boolean;

  @Field()
  withdraw: boolean;
}

/** The most requests the queue lists. */
export const QUEUE_LIMIT = 100;

@ObjectType({ description: 'Open requests with their clock running that are overdue or due within 5 working days: what the team works from.' })
export class InformationRequestQueue {
  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => LocalDateScalar, { description: 'The last day counted as due soon: 5 working days after asOf.' })
  dueUntil: string;

  @Field(() => Int)
  overdueCount: number;

  @Field(() => Int, { description: 'Due on asOf or within the 5 working days after it.' })
  dueSoonCount: number;

  @Field(() => Int, { description: 'Open with the clock paused (not in items).' })
  pausedCount: number;

  @Field(() => [InformationRequest], {
    description: 'Overdue and due-soon requests, earliest due first (at most 100; the counts are exact).',
    // Priced per row it may hold, as a page is.
    complexity: ({ childComplexity }) => 1 + QUEUE_LIMIT * childComplexity,
  })
  items: InformationRequest[];
}

@ObjectType()
export class InformationRequestEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => InformationRequest)
  node: InformationRequest;
}

@ObjectType({ description: 'A page of information requests, newest first.' })
export class InformationRequestConnection {
  @Field(() => [InformationRequestEdge])
  edges: InformationRequestEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Requests matching the filter, across all pages.' })
  totalCount: number;
}

@ObjectType({ description: 'One kind of request in a financial year: sections 10 and 11, tables 8 and 9 of the annual report.' })
export class InformationRequestKindSummary {
  @Field(() => InformationRequestKind)
  kind: InformationRequestKind;

  @Field(() => Int, { description: 'Received in the financial year.' })
  received: number;

  @Field(() => Int, { description: 'Received in the financial year before.' })
  receivedPreviousYear: number;

  @Field(() => Float, { nullable: true, description: 'Change in requests received, in percent (one decimal); null when none the year before.' })
  changePercent: number | null;

  @Field(() => Int)
  fromPolice: number;

  @Field(() => Int, { description: 'Answered jointly with another directorate (11.4).' })
  jointWithAnotherDirectorate: number;

  @Field(() => Int)
  completed: number;

  @Field(() => Int, { description: 'Completed on or before the due date.' })
  completedWithinDeadline: number;

  @Field(() => Float, { nullable: true, description: 'completedWithinDeadline as a percentage of requests received in the year, as the printed report and table 8/9 count it (one decimal); null when none received.' })
  completedWithinDeadlinePercent: number | null;

  @Field(() => Int, { description: 'Received in the year and neither completed nor withdrawn.' })
  stillOpen: number;

  @Field(() => Int, { description: 'Still open, its clock running, and past the due date on asOf.' })
  overdue: number;

  @Field(() => Int, { description: 'Received in the year and withdrawn (or lapsed): neither completed nor open.' })
  withdrawn: number;
}

@ObjectType({ description: 'Access-to-records and FOI requests received in a financial year, compared with the year before.' })
export class InformationRequestSummary {
  @Field()
  financialYear: string;

  @Field()
  previousFinancialYear: string;

  @Field(() => LocalDateScalar, { description: 'The date open requests are counted as overdue against.' })
  asOf: string;

  @Field(() => [InformationRequestKindSummary], { description: 'ACCESS_TO_RECORDS then FREEDOM_OF_INFORMATION, always both.' })
  kinds: InformationRequestKindSummary[];
}
