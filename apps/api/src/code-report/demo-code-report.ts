/**
 * Demo data for the Code's report (issue 13): the INVENTED sample of the
 * Ombudsman's per-council statistics with comparators, an invented annual
 * letter for 2025/26, and an approved self-assessment for 2026/27 (one "no",
 * with its action). Idempotent; nothing dated after the day it is loaded.
 */
import type { EntityManager } from 'typeorm';
import { User } from '../auth/user.entity';
import { todayIso } from '../periods/today';
import { OmbudsmanComparator } from '../ombudsman/ombudsman-comparator.entity';
import { OmbudsmanLetter } from '../ombudsman/ombudsman-letter.entity';
import { OmbudsmanStatistic } from '../ombudsman/ombudsman-statistic.entity';
import { readOmbudsmanStatisticsCsv } from '../ombudsman/ombudsman-statistics-import';
import { OMBUDSMAN_SAMPLE_CSV, SAMPLE_SELF_COUNCIL } from '../ombudsman/sample/ombudsman-statistics-sample';
import { CodeProvision } from '../self-assessment/code-provision.entity';
import { SelfAssessmentAction } from '../self-assessment/self-assessment-action.entity';
import { SelfAssessmentEntry } from '../self-assessment/self-assessment-entry.entity';
import { SelfAssessment, SelfAssessmentStatus } from '../self-assessment/self-assessment.entity';

const NOT_MET = '6.3';

export async function loadDemoCodeReport(manager: EntityManager): Promise<void> {
  const today = todayIso();
  const notAfterToday = (d: string) => (d < today ? d : today);
  if ((await manager.count(OmbudsmanStatistic)) === 0) {
    const read = readOmbudsmanStatisticsCsv(new TextEncoder().encode(OMBUDSMAN_SAMPLE_CSV));
    if (!read.ok) throw new Error(`Invented Ombudsman sample: ${JSON.stringify(read.problems)}`);
    await manager.insert(OmbudsmanStatistic, read.rows.map((r) => ({ ...r, invented: true })));
    const councils = [...new Set(read.rows.map((r) => r.councilName))];
    await manager.insert(OmbudsmanComparator, councils.map((councilName) => ({ councilName, isSelf: councilName === SAMPLE_SELF_COUNCIL })));
  }
  if (!(await manager.exists(OmbudsmanLetter, { where: { financialYear: '2025/26' } }))) {
    await manager.insert(OmbudsmanLetter, {
      financialYear: '2025/26',
      letterDate: notAfterToday('2026-07-22'),
      complaintsReceived: 66,
      decisionsMade: 63,
      detailedInvestigations: 22,
      upheld: 16,
      satisfactoryRemedyBeforeOmbudsman: 3,
      compliancePercent: 100,
      text:
        'INVENTED DEMO LETTER (not from the Ombudsman).\n\nDear Chief Executive,\n\nThis letter summarises the complaints we received about your council in the year to 31 March 2026. ' +
        'We upheld 16 of the 22 complaints we investigated in detail; in 3 of them you had already put things right before the complaint reached us. ' +
        'You complied with all of our recommendations. From 1 April 2026 we apply our Complaint Handling Code in our investigations.',
    });
  }
  if ((await manager.count(SelfAssessment)) === 0) {
    const officer = await manager.findOne(User, { where: { email: 'officer@demo.example' } });
    const assessment = await manager.save(
      manager.create(SelfAssessment, {
        version: 1,
        status: SelfAssessmentStatus.APPROVED,
        financialYear: '2026/27',
        reason: 'First self-assessment after adopting the Complaint Handling Code on 1 April 2026.',
        approvedBy: 'Audit and Governance Committee',
        approvedOn: notAfterToday('2026-10-15'),
        approvalRecordedById: officer?.id ?? null,
        createdById: officer?.id ?? 0,
      }),
    );
    const provisions = await manager.find(CodeProvision, { order: { sortOrder: 'ASC' } });
    const entries = await manager.save(
      provisions.map((p) =>
        manager.create(SelfAssessmentEntry, {
          selfAssessmentId: assessment.id,
          provisionCode: p.code,
          complies: p.code !== NOT_MET,
          evidence: p.code === NOT_MET ? 'Complaints policy 2026, section 4.' : 'Complaints policy 2026; staff guidance; case records.',
          commentary: p.code === NOT_MET ? 'Stage 1 responses in the first months ran late while teams adjusted to the 10-working-day target.' : null,
        }),
      ),
    );
    const notMet = entries.find((e) => e.provisionCode === NOT_MET);
    if (notMet) {
      await manager.insert(SelfAssessmentAction, {
        entryId: notMet.id,
        description: 'Weekly review of open Stage 1 complaints by each service manager; escalation at day 7.',
        owner: 'Head of Customer Care',
        dueDate: '2027-03-31',
        completedOn: null,
        learningActionId: null,
      });
    }
  }
}
