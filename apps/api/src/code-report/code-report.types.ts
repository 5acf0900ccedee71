import { Field, ObjectType } from 'type-graphql';
import { LocalDateScalar } from '../graphql/local-date.scalar';
import { OmbudsmanLetter } from '../ombudsman/ombudsman-letter.entity';
import { SelfAssessment } from '../self-assessment/self-assessment.entity';
import { SelfAssessmentRow } from '../self-assessment/self-assessment.types';
import { GovernanceResponse } from './governance-response.entity';

@ObjectType({ description: 'One row of a disclosed table: every figure as published (small numbers suppressed).' })
export class CodeReportRow {
  @Field(() => String)
  label: string;

  @Field(() => [String], { description: "One display per column: '12', '62.8%', '<5', 'c', '-' …" })
  cells: string[];
}

@ObjectType({ description: "A table of the Code's annual report, with the disclosure rules applied." })
export class CodeReportTable {
  @Field(() => String)
  id: string;

  @Field(() => String, { description: 'The §8.1 section it belongs to.' })
  section: string;

  @Field(() => String)
  title: string;

  @Field(() => [String])
  columns: string[];

  @Field(() => [CodeReportRow])
  rows: CodeReportRow[];

  @Field(() => [String])
  notes: string[];
}

@ObjectType({ description: "The annual complaints performance and service improvement report (Complaint Handling Code §8.1) for a financial year: both regimes side by side." })
export class ComplaintCodeReport {
  @Field(() => String)
  financialYear: string;

  @Field(() => LocalDateScalar)
  from: string;

  @Field(() => LocalDateScalar, { description: 'Last day covered: the year’s end, or today for the year to date.' })
  to: string;

  @Field(() => String, { description: 'The disclosure rule applied to every figure (DISCLOSURE_RULE).' })
  disclosureRule: string;

  @Field(() => String, { description: 'What the disclosure rule did, in words.' })
  disclosureNote: string;

  @Field(() => SelfAssessment, { nullable: true, description: "The self-assessment for the year: its latest approved version, else its latest draft." })
  selfAssessment: SelfAssessment | null;

  @Field(() => [SelfAssessmentRow])
  selfAssessmentRows: SelfAssessmentRow[];

  @Field(() => [SelfAssessmentRow], { description: 'Findings of non-compliance: provisions answered "no" or flagged by the data, with their actions.' })
  nonCompliance: SelfAssessmentRow[];

  @Field(() => [CodeReportTable], { description: 'Quantitative analysis, refusals and service improvements, both regimes side by side.' })
  tables: CodeReportTable[];

  @Field(() => [CodeReportTable], { description: "The statutory children's complaints tables of the annual report, disclosed." })
  statutoryTables: CodeReportTable[];

  @Field(() => OmbudsmanLetter, { nullable: true })
  ombudsmanLetter: OmbudsmanLetter | null;

  @Field(() => GovernanceResponse, { nullable: true, description: "The governance body's response (§8.2)." })
  governanceResponse: GovernanceResponse | null;

  @Field(() => String)
  provisionsSource: string;
}
