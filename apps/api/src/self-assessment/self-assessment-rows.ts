/**
 * A self-assessment as the form shows it: every provision with its answer,
 * the evidence the product measured for the version's year and its flag, and
 * the actions. A fixed number of reads per assessment (provisions, entries,
 * actions, the measures), however many provisions there are.
 */
import { In, type DataSource } from 'typeorm';
import type { SqlReader } from '../code-report/code-sql';
import { CodeProvision } from './code-provision.entity';
import type { ProvisionMeasure } from './code-provisions';
import { measureProvisions } from './provision-measures';
import { SelfAssessmentAction } from './self-assessment-action.entity';
import { SelfAssessmentEntry } from './self-assessment-entry.entity';
import type { SelfAssessment } from './self-assessment.entity';
import type { SelfAssessmentRow } from './self-assessment.types';

export async function selfAssessmentRows(dataSource: DataSource, read: SqlReader, assessment: SelfAssessment, today: string): Promise<SelfAssessmentRow[]> {
  const [provisions, entries, measures] = await Promise.all([
    dataSource.getRepository(CodeProvision).find({ order: { sortOrder: 'ASC' } }),
    dataSource.getRepository(SelfAssessmentEntry).find({ where: { selfAssessmentId: assessment.id } }),
    measureProvisions(read, assessment.financialYear, today),
  ]);
  const actions = entries.length
    ? await dataSource.getRepository(SelfAssessmentAction).find({ where: { entryId: In(entries.map((e) => e.id)) }, order: { dueDate: 'ASC', id: 'ASC' } })
    : [];
  const entryOf = new Map(entries.map((e) => [e.provisionCode, e]));
  return provisions
    .filter((p) => entryOf.has(p.code))
    .map((provision) => {
      const entry = entryOf.get(provision.code)!;
      const measured = provision.measure ? measures.get(provision.measure as ProvisionMeasure) : undefined;
      return {
        entryId: entry.id,
        provision,
        complies: entry.complies,
        evidence: entry.evidence,
        commentary: entry.commentary,
        measuredEvidence: measured?.text ?? null,
        flagged: measured?.flagged ?? false,
        flagReason: measured?.flagReason ?? null,
        actions: actions.filter((a) => a.entryId === entry.id),
      };
    });
}
