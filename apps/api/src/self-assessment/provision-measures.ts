/**
 * What the product can measure for each provision of the Code in a financial
 * year, each a GROUP BY / SUM over the year's rows (a fixed handful of
 * statements, whatever the number of provisions). The Code regime's contacts
 * are those whose regime is COMPLAINT_HANDLING_CODE.
 */
import { count, type SqlReader } from '../code-report/code-sql';
import type { ProvisionMeasure } from './code-provisions';
import { shareMeasure, type MeasuredEvidence } from './measured-evidence';

export async function measureProvisions(read: SqlReader, financialYear: string, today: string): Promise<Map<ProvisionMeasure, MeasuredEvidence>> {
  const out = new Map<ProvisionMeasure, MeasuredEvidence>();
  // The Code's stages and their clocks (complaint-code/README.md): one GROUP BY over the year's stages.
  const stageRows = await read<Record<string, unknown>>(
    `SELECT s."stage" AS "stage",
       SUM(CASE WHEN s."acknowledgementSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "acknowledged",
       SUM(CASE WHEN s."acknowledgementSentDate" IS NOT NULL AND s."acknowledgementSentDate" <= s."acknowledgementDueDate" THEN 1 ELSE 0 END) AS "acknowledgedInTime",
       SUM(CASE WHEN s."responseSentDate" IS NOT NULL THEN 1 ELSE 0 END) AS "responded",
       SUM(CASE WHEN s."respondedInTime" = 1 THEN 1 ELSE 0 END) AS "respondedInTime",
       SUM(CASE WHEN s."responseSentDate" IS NOT NULL AND s."extensionWorkingDays" IS NOT NULL THEN 1 ELSE 0 END) AS "extended",
       SUM(CASE WHEN s."extensionWorkingDays" > 10 THEN 1 ELSE 0 END) AS "overLongExtension"
     FROM "complaint_code_stage" s WHERE s."startFinancialYear" = ? GROUP BY s."stage"`,
    [financialYear],
  );
  const stage1 = stageRows.find((r) => r.stage === 'STAGE_1');
  const stage2 = stageRows.find((r) => r.stage === 'STAGE_2');
  const responded = count(stage1?.responded);
  out.set('STAGE_1_ACKNOWLEDGED', shareMeasure({ label: 'Stage 1 acknowledgements within 5 working days', met: count(stage1?.acknowledgedInTime), of: count(stage1?.acknowledged) }));
  out.set('STAGE_1_RESPONDED', shareMeasure({ label: 'Stage 1 responses within 10 working days (or the extension given)', met: count(stage1?.respondedInTime), of: responded }));
  const extended = count(stage1?.extended);
  const overLong = count(stage1?.overLongExtension);
  out.set('STAGE_1_EXTENDED', {
    text: responded ? `Stage 1 responses extended: ${extended} of ${responded} (${Math.round((100 * extended) / responded)} %)` : 'Stage 1 responses extended: none recorded in the year',
    flagged: overLong > 0,
    flagReason: overLong > 0 ? `${overLong} extensions longer than 10 working days.` : null,
  });
  out.set('STAGE_2_RESPONDED', shareMeasure({ label: 'Stage 2 responses within 20 working days (or the extension given)', met: count(stage2?.respondedInTime), of: count(stage2?.responded) }));

  const [refusals] = await read(
    `SELECT COUNT(*) AS "refused", SUM(CASE WHEN r."ombudsmanSignpostedDate" IS NOT NULL THEN 1 ELSE 0 END) AS "signposted"
     FROM "complaint_refusal" r WHERE r."refusedFinancialYear" = ?`,
    [financialYear],
  );
  out.set(
    'REFUSALS_EXPLAINED',
    shareMeasure({ label: "Refusals with the Ombudsman's details sent", met: count(refusals?.signposted), of: count(refusals?.refused) }),
  );

  const [remedies] = await read(
    `SELECT COUNT(*) AS "offered",
            SUM(CASE WHEN m."completedDate" IS NOT NULL THEN 1 ELSE 0 END) AS "completed",
            SUM(CASE WHEN m."completedDate" IS NULL AND m."dueDate" < ? THEN 1 ELSE 0 END) AS "overdue"
     FROM "remedy" m WHERE m."offeredFinancialYear" = ?`,
    [today, financialYear],
  );
  const overdue = count(remedies?.overdue);
  const remedyShare = shareMeasure({ label: 'Remedies completed', met: count(remedies?.completed), of: count(remedies?.offered) }, [`${overdue} past their due date and not completed`]);
  out.set('REMEDIES_COMPLETED', { ...remedyShare, flagged: overdue > 0, flagReason: overdue > 0 ? `${overdue} remedies are overdue.` : null });

  const [adjustments] = await read(
    `SELECT COUNT(*) AS "active", SUM(CASE WHEN a."reviewDate" IS NOT NULL AND a."reviewDate" < ? THEN 1 ELSE 0 END) AS "reviewOverdue"
     FROM "reasonable_adjustment" a WHERE a."endedDate" IS NULL`,
    [today],
  );
  const reviewOverdue = count(adjustments?.reviewOverdue);
  out.set('REASONABLE_ADJUSTMENTS', {
    text: `Reasonable adjustments in place: ${count(adjustments?.active)}; past their review date: ${reviewOverdue}`,
    flagged: reviewOverdue > 0,
    flagReason: reviewOverdue > 0 ? 'Adjustments past their review date (§5.6 asks for active review).' : null,
  });

  const [requests] = await read(
    `SELECT COUNT(*) AS "received", SUM(CASE WHEN s."convertedContactId" IS NOT NULL THEN 1 ELSE 0 END) AS "converted",
            SUM(CASE WHEN s."reviewedDate" IS NOT NULL THEN 1 ELSE 0 END) AS "reviewed"
     FROM "service_request" s WHERE s."receivedFinancialYear" = ?`,
    [financialYear],
  );
  out.set('SERVICE_REQUESTS', {
    text: `Service requests recorded: ${count(requests?.received)}; reviewed: ${count(requests?.reviewed)}; became complaints: ${count(requests?.converted)}`,
    flagged: false,
    flagReason: null,
  });

  const [learning] = await read(`SELECT COUNT(*) AS "actions", SUM(CASE WHEN l."status" = 'COMPLETED' THEN 1 ELSE 0 END) AS "completed" FROM "learning_action" l WHERE l."financialYear" = ?`, [financialYear]);
  out.set('LEARNING_ACTIONS', {
    text: `Learning actions from complaints in the year: ${count(learning?.actions)} (${count(learning?.completed)} completed)`,
    flagged: count(learning?.actions) === 0,
    flagReason: count(learning?.actions) === 0 ? 'No learning action recorded in the year.' : null,
  });

  const [members] = await read(`SELECT COUNT(*) AS "members" FROM "app_user" u WHERE u."role" = 'MEMBER' AND u."active" = 1`);
  const memberCount = count(members?.members);
  out.set('MEMBER_RESPONSIBLE', {
    text: `Active accounts for the Member Responsible for Complaints: ${memberCount}`,
    flagged: memberCount === 0,
    flagReason: memberCount === 0 ? 'No Member Responsible for Complaints has an account.' : null,
  });

  const [response] = await read(`SELECT COUNT(*) AS "responses" FROM "code_report_response" g WHERE g."financialYear" = ?`, [financialYear]);
  const hasResponse = count(response?.responses) > 0;
  out.set('GOVERNANCE_RESPONSE', {
    text: hasResponse ? `The governance body's response to the ${financialYear} report is recorded` : `No governance body response recorded yet for ${financialYear}`,
    flagged: false,
    flagReason: null,
  });
  return out;
}
