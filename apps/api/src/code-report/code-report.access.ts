/**
 * The Code report's, self-assessment's and Ombudsman figures' rows for the
 * role-by-operation access test. Each write gets a fresh record of its own
 * (made through the services), so an allowed role's try succeeds.
 */
import type { AccessOperation } from '../test-support/access-operation';
import { saveOmbudsmanStatistics } from '../ombudsman/ombudsman.service';
import { SelfAssessmentEntry } from '../self-assessment/self-assessment-entry.entity';
import { addSelfAssessmentAction, createSelfAssessment } from '../self-assessment/self-assessment.service';
import type { DataSource } from 'typeorm';

async function draftEntry(dataSource: DataSource): Promise<{ assessmentId: number; entryId: number }> {
  const draft = await createSelfAssessment(dataSource, { financialYear: '2009/10', reason: 'Access matrix' }, 1);
  const entry = await dataSource.getRepository(SelfAssessmentEntry).findOneOrFail({ where: { selfAssessmentId: draft.id }, order: { id: 'ASC' } });
  return { assessmentId: draft.id, entryId: entry.id };
}

export const CODE_REPORT_OPERATIONS: AccessOperation[] = [
  { name: 'disclosedTrend', document: '{ disclosedTrend(input: { financialYear: "2009/10", groupBy: CHANNEL }) { rule note periods series { label cells total } total } }' },
  { name: 'complaintCodeReport', document: '{ complaintCodeReport(financialYear: "2009/10") { financialYear disclosureNote tables { id rows { label cells } } statutoryTables { id } } }' },
  { name: 'codeProvisions', document: '{ codeProvisions { code title requirement } }' },
  { name: 'selfAssessments', document: '{ selfAssessments { id version status } }' },
  { name: 'createSelfAssessment', document: 'mutation { createSelfAssessment(input: { financialYear: "2009/10", reason: "Access matrix" }) { id version } }' },
  {
    name: 'updateSelfAssessmentEntry',
    document: 'mutation($id: ID!) { updateSelfAssessmentEntry(input: { entryId: $id, complies: true, evidence: "Policy" }) { id complies } }',
    variables: async ({ dataSource }) => ({ id: String((await draftEntry(dataSource)).entryId) }),
  },
  {
    name: 'addSelfAssessmentAction',
    document: 'mutation($id: ID!) { addSelfAssessmentAction(input: { entryId: $id, description: "Train staff", owner: "Head of service", dueDate: "2027-03-31" }) { id } }',
    variables: async ({ dataSource }) => ({ id: String((await draftEntry(dataSource)).entryId) }),
  },
  {
    name: 'completeSelfAssessmentAction',
    document: 'mutation($id: ID!) { completeSelfAssessmentAction(actionId: $id, completedOn: "2026-11-01") { id completedOn } }',
    variables: async ({ dataSource }) => {
      const { entryId } = await draftEntry(dataSource);
      const action = await addSelfAssessmentAction(dataSource, { entryId, description: 'Train staff', owner: 'Head of service', dueDate: '2027-03-31' }, '2026-11-26');
      return { id: String(action.id) };
    },
  },
  {
    name: 'approveSelfAssessment',
    document: 'mutation($id: ID!) { approveSelfAssessment(input: { id: $id, approvedBy: "Audit and Governance Committee", approvedOn: "2026-11-01" }) { id status } }',
    variables: async ({ dataSource }) => {
      const { assessmentId } = await draftEntry(dataSource);
      await dataSource.getRepository(SelfAssessmentEntry).update({ selfAssessmentId: assessmentId }, { complies: true });
      return { id: String(assessmentId) };
    },
  },
  {
    name: 'saveGovernanceResponse',
    document: 'mutation { saveGovernanceResponse(input: { financialYear: "2009/10", body: "Audit and Governance Committee", response: "Noted." }) { financialYear } }',
  },
  { name: 'ombudsmanLetters', document: '{ ombudsmanLetters { financialYear upheld } }' },
  {
    name: 'saveOmbudsmanLetter',
    document: `mutation { saveOmbudsmanLetter(input: { financialYear: "2009/10", complaintsReceived: 10, decisionsMade: 9, detailedInvestigations: 4,
      upheld: 3, satisfactoryRemedyBeforeOmbudsman: 1, compliancePercent: 100, text: "Annual review letter." }) { financialYear } }`,
  },
  { name: 'ombudsmanBenchmark', document: '{ ombudsmanBenchmark { financialYear rows { councilName } note } }' },
  {
    name: 'setOmbudsmanComparators',
    document: 'mutation { setOmbudsmanComparators(selfCouncil: "Access Matrix Council", comparators: ["Access Matrix Neighbour"]) { selfCouncil } }',
    variables: async ({ dataSource }) => {
      const row = { financialYear: '2025/26', complaintsReceived: 5, decided: 5, upheld: 1, upheldPercent: 50, compliancePercent: 100, satisfactoryRemedy: 0 };
      await saveOmbudsmanStatistics(dataSource, [
        { ...row, councilName: 'Access Matrix Council' },
        { ...row, councilName: 'Access Matrix Neighbour' },
      ]);
      return {};
    },
  },
];
