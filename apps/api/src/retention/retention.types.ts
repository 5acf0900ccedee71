/** The retention page's GraphQL types: periods, the report of records due for deletion, and what anonymising did. */
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { PageInfo } from '../contacts/contact.types';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { RetentionRecordKind } from './retention.enums';

@ObjectType({ description: 'How long one kind of record is kept after it closes, before it is due to be anonymised.' })
export class RetentionPeriod {
  @Field(() => ID, { description: "The kind and code, e.g. 'CONTACT:STATUTORY_COMPLAINT'." })
  id: string;

  @Field(() => RetentionRecordKind)
  recordKind: RetentionRecordKind;

  @Field(() => String, { description: "The record type's code, or the information request's kind." })
  code: string;

  @Field(() => String)
  name: string;

  @Field(() => Int, { description: 'Whole years kept after closure.' })
  years: number;

  @Field(() => Int, { description: 'The years kept unless an administrator changes it.' })
  defaultYears: number;

  @Field(() => String, { description: 'Why the default is what it is.' })
  basis: string;

  @Field(() => LocalDateScalar, { nullable: true, description: 'When the record type was retired (its old records are still kept by this period).' })
  retiredFrom: string | null;
}

@InputType()
export class SetRetentionPeriodInput {
  @Field(() => RetentionRecordKind)
  recordKind: RetentionRecordKind;

  @Field(() => String, { description: "A record type's code (CONTACT) or an information request's kind (INFORMATION_REQUEST)." })
  code: string;

  @Field(() => Int, { description: 'Whole years kept after closure, 1 to 100.' })
  years: number;
}

@ObjectType({ description: 'A closed record whose retention period has run: its personal data is due to be removed.' })
export class RecordDueForDeletion {
  @Field(() => ID, { description: "Its kind and number, e.g. 'CONTACT:751': what anonymiseRecords takes." })
  id: string;

  @Field(() => RetentionRecordKind)
  recordKind: RetentionRecordKind;

  @Field(() => String)
  reference: string;

  @Field(() => String, { description: "The record type's or request kind's code." })
  typeCode: string;

  @Field(() => String, { description: "The record type's or request kind's name." })
  typeName: string;

  @Field(() => LocalDateScalar, { description: 'When it closed: its last step, or when it was answered or withdrawn.' })
  closedOn: string;

  @Field(() => Int)
  retentionYears: number;

  @Field(() => LocalDateScalar, { description: 'The first day it is due for deletion.' })
  dueOn: string;
}

@ObjectType({ description: 'Records due for deletion on a day, the longest closed first, a page at a time.' })
export class RecordsDueForDeletion {
  @Field(() => LocalDateScalar)
  asOf: string;

  @Field(() => Int, { description: 'How many records are due, on every page.' })
  totalCount: number;

  @Field(() => [RecordDueForDeletion])
  records: RecordDueForDeletion[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@ObjectType({ description: 'What anonymiseRecords did.' })
export class AnonymisedRecords {
  @Field(() => LocalDateScalar)
  anonymisedOn: string;

  @Field(() => Int)
  count: number;

  @Field(() => [String], { description: 'The references of the records anonymised.' })
  references: string[];
}
