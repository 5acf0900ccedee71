/**
 * The annual report as GraphQL returns it: generic tables of labelled rows, so
 * the web page, the CSV export and the printable HTML render every table alike.
 */
import { Field, Float, Int, ObjectType } from 'type-graphql';
import { LearningAction } from '../actions/learning-action.entity';
import { LocalDateScalar } from '../graphql/local-date.scalar';

@ObjectType({ description: 'One row of a report table.' })
export class ReportRow {
  @Field(() => String)
  label: string;

  @Field(() => [Float], { nullable: 'items', description: "One value per column, in the table's column order; null where the cell is blank." })
  values: Array<number | null>;
}

@ObjectType({ description: 'A table of the annual report, numbered as in the published report.' })
export class ReportTable {
  @Field(() => String, { description: "'table1' … 'table9', or 'divisions' (3.2), 'compliments' (3.7), 'outcomes' (6.2), 'progression' (6.3), 'feedback' (9)." })
  id: string;

  @Field(() => String)
  title: string;

  @Field(() => [String], { description: "Column headings. A heading ending in '%' holds percentages to one decimal place." })
  columns: string[];

  @Field(() => [ReportRow])
  rows: ReportRow[];

  @Field(() => [String], { description: 'How the figures are counted, and where they differ from the printed report.' })
  notes: string[];
}

@ObjectType({
  description:
    "Learning at closure for the year's formal complaints with their Stage 1 response sent: how many led to a learning action, and how many had what was learned recorded.",
})
export class LearningCapturedRate {
  @Field(() => Int, { description: 'Formal complaints received in the year with their Stage 1 response sent.' })
  responded: number;

  @Field(() => Int, { description: 'Of those, how many named a learning action (new or existing) as what was learned.' })
  withLearningAction: number;

  @Field(() => Int, { description: 'Of those, how many had any answer recorded, "nothing to learn" included.' })
  considered: number;

  @Field(() => Float, { nullable: true, description: 'Learning captured: withLearningAction ÷ responded, as a percentage to one decimal place; null when none responded.' })
  capturedPercent: number | null;

  @Field(() => Float, { nullable: true, description: 'Learning considered: considered ÷ responded, as a percentage to one decimal place.' })
  consideredPercent: number | null;

  @Field(() => String, { description: 'The line the report prints.' })
  summary: string;

  @Field(() => [String], { description: 'How both rates are counted.' })
  definitions: string[];
}

@ObjectType({ description: 'The annual report on comments and complaints for one financial year, generated from the records.' })
export class AnnualReport {
  @Field(() => String, { description: "e.g. '2009/10'." })
  financialYear: string;

  @Field(() => String, { description: 'The year the report compares with.' })
  previousFinancialYear: string;

  @Field(() => LocalDateScalar, { description: 'First day of the financial year.' })
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last day of the financial year.' })
  to: string;

  @Field(() => [ReportTable], { description: 'Tables 1 to 9, in order.' })
  tables: ReportTable[];

  @Field(() => ReportTable, { description: '6.2: outcomes of Stage 1 complaints.' })
  outcomes: ReportTable;

  @Field(() => ReportTable, { description: '6.3: complaints taken to Stage 2, Stage 3 and the Ombudsman.' })
  progression: ReportTable;

  @Field(() => ReportTable, { description: '9: customer feedback forms sent and returned.' })
  feedback: ReportTable;

  @Field(() => ReportTable, { description: '3.7: compliments by service area.' })
  compliments: ReportTable;

  @Field(() => ReportTable, { description: '3.2: contacts by division.' })
  divisions: ReportTable;

  @Field(() => ReportTable, { description: "12.3: contacts from children and young people themselves, by record type, both years (id 'children-and-young-people')." })
  childrenAndYoungPeople: ReportTable;

  @Field(() => ReportTable, { description: "12.2: lost-information incidents by format and ICO outcome, and how many were reported within 72 hours (id 'lost-information')." })
  lostInformation: ReportTable;

  @Field(() => [LearningAction], {
    description: "Appendix 1: learning from complaints, the year's learning actions; count is computed from the complaints naming the action's issues where it can be.",
  })
  learningActions: LearningAction[];

  @Field(() => [String], { description: 'How Appendix 1 counts complaints, and each count recorded with an action that differs from the records.' })
  learningActionNotes: string[];

  @Field(() => LearningCapturedRate, { description: 'Appendix 1: the learning-captured rate of the year’s complaints.' })
  learningCaptured: LearningCapturedRate;
}
