import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../contacts/contact.types';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { InformationRequestKind } from '../reference/reference.enums';
import { InformationRequest } from './information-request.entity';

export enum InformationRequestStatus {
  OPEN = 'OPEN',
  OVERDUE = 'OVERDUE',
  COMPLETED = 'COMPLETED',
}

registerEnumType(InformationRequestStatus, {
  name: 'InformationRequestStatus',
  valuesConfig: {
    OPEN: { description: 'Not yet completed (as a filter, includes OVERDUE).' },
    OVERDUE: { description: 'Not yet completed and past its due date.' },
    COMPLETED: { description: 'Completed, on time or not.' },
  },
});

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

  @Field(() => Int, { description: 'Received in the year and not yet completed.' })
  stillOpen: number;

  @Field(() => Int, { description: 'Still open and past the due date on asOf.' })
  overdue: number;
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
