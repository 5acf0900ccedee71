/**
 * Issue 13, parts 3–6 on both dialects: a self-assessment pre-filled from the
 * records, approved by the governing body and shown in the Code's annual report
 * for 2026/27; a new version copying the last; the Member Responsible for
 * Complaints reading the disclosed aggregates and refused every individual
 * case; the Ombudsman's statistics imported (all or nothing) and benchmarked.
 */
import request from 'supertest';
import { Role } from '../auth/role';
import { ContactService } from '../contacts/contact.service';
import { openTestDatabase, type TestDatabase } from '../test-support/test-database';
import { startTestServer, type TestClient, type TestServer } from '../test-support/test-server';

let db: TestDatabase;
let api: TestServer;
let officer: TestClient;
let member: TestClient;

const CREATE = 'mutation($y: String!) { createSelfAssessment(input: { financialYear: $y, reason: "Annual review" }) { id version status } }';
const ROWS = `query { selfAssessments { id version status approvedBy approvedOn provisionsSource
  rows { entryId complies evidence measuredEvidence flagged flagReason provision { code title requirement } actions { id owner dueDate } } } }`;
const UPDATE = 'mutation($i: SelfAssessmentEntryInput!) { updateSelfAssessmentEntry(input: $i) { id complies } }';
const ACTION = 'mutation($i: SelfAssessmentActionInput!) { addSelfAssessmentAction(input: $i) { id } }';
const APPROVE = 'mutation($i: ApproveSelfAssessmentInput!) { approveSelfAssessment(input: $i) { id status approvedBy approvedOn } }';
const REPORT = `query($y: String!) { complaintCodeReport(financialYear: $y) { financialYear disclosureRule disclosureNote
  selfAssessment { version status approvedBy } nonCompliance { provision { code } flagged complies actions { owner } }
  tables { id section title columns rows { label cells } notes } statutoryTables { id rows { label cells } }
  ombudsmanLetter { upheld } governanceResponse { body response } provisionsSource } }`;

beforeAll(async () => {
  db = await openTestDatabase();
  api = await startTestServer(db);
  officer = await api.as(Role.COMPLAINTS_OFFICER);
  member = await api.as(Role.MEMBER);
  // Three corporate complaints under the Code in May 2026 (not social care): two answered in time, one late.
  const contacts = new ContactService(db.dataSource);
  const received = ['2026-05-05', '2026-05-06', '2026-05-07'];
  const responded = ['2026-05-12', '2026-05-13', '2026-07-01'];
  for (let i = 0; i < 3; i++) {
    const contact = await contacts.create({
      reference: `CODE-IT-${i}`,
      recordType: 'CORPORATE_COMPLAINT',
      channel: 'EMAIL',
      receivedDate: received[i],
      serviceAreas: ['INCLUSION'],
      issues: ['POLICY_DISAGREEMENT'],
      complainantType: 'PARENT_OR_CARER',
      summary: 'Code complaint for the self-assessment test',
    });
    const ack = await officer.graphql('mutation($id: ID!, $d: LocalDate!) { acknowledgeContact(id: $id, sentDate: $d) { id } }', { id: String(contact.id), d: received[i] });
    expect(ack.errors).toBeUndefined();
    const res = await officer.graphql('mutation($id: ID!, $d: LocalDate!) { recordResponse(id: $id, sentDate: $d, outcome: NOT_UPHELD) { id } }', { id: String(contact.id), d: responded[i] });
    expect(res.errors).toBeUndefined();
  }
});
afterAll(async () => {
  await api?.server.stop();
  await db?.close();
});

const upload = (csv: string) =>
  request(api.server.app).post('/import/ombudsman-statistics').set('Authorization', `Bearer ${officer.token}`).set('content-type', 'text/csv').send(csv);

describe(`the Code's self-assessment and annual report (${process.env.TEST_DIALECT ?? 'sqlite'})`, () => {
  it('pre-fills evidence from the records, is approved, copied to a new version, and shown in the 2026/27 report', async () => {
    const created = await officer.graphql(CREATE, { y: '2026/27' });
    expect(created.errors).toBeUndefined();
    expect(created.data.createSelfAssessment).toMatchObject({ version: 1, status: 'DRAFT' });

    let { data } = await officer.graphql(ROWS);
    const v1 = data.selfAssessments[0];
    expect(v1.provisionsSource).toMatch(/Paraphrased/);
    const row = (code: string) => v1.rows.find((r: { provision: { code: string } }) => r.provision.code === code);
    expect(row('6.3').measuredEvidence).toBe('Stage 1 responses within 10 working days (or the extension given): 67 % of 3');
    expect(row('6.3')).toMatchObject({ flagged: true, flagReason: 'Below 95 % in the year.' });
    expect(row('6.2').measuredEvidence).toBe('Stage 1 acknowledgements within 5 working days: 100 % of 3');
    expect(row('6.2').flagged).toBe(false);
    expect(row('1.4').measuredEvidence).toBeNull();

    // Not every provision answered: refused, nothing changes.
    const early = await officer.graphql(APPROVE, { i: { id: v1.id, approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' } });
    expect(early.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });

    for (const r of v1.rows) {
      const complies = r.provision.code !== '6.3';
      const saved = await officer.graphql(UPDATE, { i: { entryId: r.entryId, complies, evidence: 'Complaints policy 2026' } });
      expect(saved.errors).toBeUndefined();
    }
    const noAction = await officer.graphql(APPROVE, { i: { id: v1.id, approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' } });
    expect(noAction.errors![0].message).toMatch(/6\.3/);
    const badAction = await officer.graphql(ACTION, { i: { entryId: row('6.3').entryId, description: '', owner: ' ', dueDate: '2027-03-31' } });
    expect(badAction.errors![0].extensions.problems.map((p: { field: string }) => p.field)).toEqual(['description', 'owner']);
    const action = await officer.graphql(ACTION, { i: { entryId: row('6.3').entryId, description: 'Weekly review of open Stage 1 complaints', owner: 'Head of Customer Care', dueDate: '2027-03-31' } });
    expect(action.errors).toBeUndefined();
    const future = await officer.graphql(APPROVE, { i: { id: v1.id, approvedBy: 'Audit and Governance Committee', approvedOn: '2099-01-01' } });
    expect(future.errors![0].extensions.field).toBe('approvedOn');
    const approved = await officer.graphql(APPROVE, { i: { id: v1.id, approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' } });
    expect(approved.errors).toBeUndefined();
    expect(approved.data.approveSelfAssessment).toMatchObject({ status: 'APPROVED', approvedBy: 'Audit and Governance Committee', approvedOn: '2026-11-20' });
    const locked = await officer.graphql(UPDATE, { i: { entryId: row('1.4').entryId, complies: false } });
    expect(locked.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'entryId' });

    // A new version after a restructure copies the answers and the open action.
    const v2 = await officer.graphql(CREATE, { y: '2026/27' });
    expect(v2.data.createSelfAssessment).toMatchObject({ version: 2, status: 'DRAFT' });
    ({ data } = await officer.graphql(ROWS));
    const copied = data.selfAssessments[0].rows.find((r: { provision: { code: string } }) => r.provision.code === '6.3');
    expect(copied).toMatchObject({ complies: false, evidence: 'Complaints policy 2026' });
    expect(copied.actions).toHaveLength(1);

    const response = await officer.graphql('mutation { saveGovernanceResponse(input: { financialYear: "2026/27", body: "Audit and Governance Committee", consideredOn: "2026-11-20", response: "The committee notes the report." }) { financialYear } }');
    expect(response.errors).toBeUndefined();

    // The member reads the report: the approved version, the finding, every figure disclosed.
    const report = await member.graphql(REPORT, { y: '2026/27' });
    expect(report.errors).toBeUndefined();
    const r = report.data.complaintCodeReport;
    expect(r.selfAssessment).toMatchObject({ version: 1, status: 'APPROVED' });
    expect(r.nonCompliance.map((n: { provision: { code: string } }) => n.provision.code)).toContain('6.3');
    expect(r.governanceResponse).toMatchObject({ body: 'Audit and Governance Committee' });
    expect(r.disclosureRule).toBe('UNDER_5');
    const volume = r.tables.find((t: { id: string }) => t.id === 'volume');
    const may = volume.rows.find((x: { label: string }) => x.label === 'May 2026');
    // Three complaints in May under the Code: a small number, never shown as such.
    expect(may.cells[1]).toBe('<5');
    expect(volume.notes.join(' ')).toMatch(/suppressed/);
    expect(r.tables.map((t: { id: string }) => t.id)).toEqual(['volume', 'categories', 'outcomes', 'timeliness', 'refusals', 'remedies', 'learning']);
    // No figure under 5 shows anywhere in what the member sees.
    const shown = [...r.tables, ...r.statutoryTables].flatMap((t: { rows: { cells: string[] }[] }) => t.rows.flatMap((x) => x.cells));
    expect(shown.filter((c: string) => /^[1-4]$/.test(c))).toEqual([]);

    const html = await member.get('/code-report/2026-27');
    expect(html.status).toBe(200);
    expect(html.text).toContain('Self-assessment against the Code');
    expect(html.text).toContain('Audit and Governance Committee');
    const csv = await member.get('/export/code-report/2026-27/self-assessment.csv').buffer(true);
    expect(csv.status).toBe(200);
    expect(csv.text).toContain('Provision,Requirement,Comply: yes/no,Evidence,Commentary / explanation');
    const form = await officer.get('/self-assessment/latest');
    expect(form.status).toBe(200);
    expect(form.text).toContain('version 2');
  });

  it('shows the member disclosed trends and refuses every individual case', async () => {
    const trend = await member.graphql('{ disclosedTrend(input: { financialYear: "2026/27", groupBy: RECORD_TYPE }) { rule note series { label cells total } total } }');
    expect(trend.errors).toBeUndefined();
    expect(trend.data.disclosedTrend.total).toBe('<5');
    const refused = [
      '{ contacts(sort: REFERENCE) { totalCount edges { node { reference } } } }',
      '{ contactByReference(reference: "CODE-IT-0") { id reference status } }',
      '{ contact(id: "1") { id } }',
      '{ caseworkQueue(asOf: "2026-11-26", sort: REFERENCE) { overdueCount } }',
      '{ trend(input: { financialYear: "2026/27" }) { total } }',
      '{ annualReport(financialYear: "2026/27") { financialYear } }',
      'mutation { createSelfAssessment(input: { financialYear: "2026/27", reason: "x" }) { id } }',
    ];
    for (const query of refused) {
      const { errors } = await member.graphql(query);
      expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    }
    for (const path of ['/report/2026-27', '/export/report/2026-27/table3.csv', '/export/trend.csv?financialYear=2026/27', '/import/contacts/template.csv']) {
      expect((await member.get(path)).status).toBe(403);
    }
  });

  it("imports the Ombudsman's statistics all or nothing and benchmarks this council", async () => {
    const bad = await upload('council,financial_year,complaints_received,decided,upheld,upheld_rate\nA Council,2025/26,10,8,9,50\nB Council,2025-26,x,1,0,120\n');
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { line: number; field: string }) => `${p.line}:${p.field}`)).toEqual(['2:upheld', '3:financial_year', '3:complaints_received', '3:upheld_rate']);
    expect((await officer.graphql('{ ombudsmanBenchmark { councils } }')).data.ombudsmanBenchmark.councils).toEqual([]);

    const good = await upload('# a comment\nCouncil,Financial year,Complaints received,Decided,Upheld,Upheld rate,Compliance with recommendations,Satisfactory remedy before Ombudsman\nA Council,2025/26,10,8,4,50%,100,1\nB Council,2025/26,20,18,12,66.7,90,2\n');
    expect(good.status).toBe(201);
    expect(good.body).toEqual({ imported: 2 });
    const chosen = await officer.graphql('mutation { setOmbudsmanComparators(selfCouncil: "A Council", comparators: ["B Council"]) { selfCouncil rows { councilName upheldPercent } comparatorUpheldPercent includesInventedSample } }');
    expect(chosen.errors).toBeUndefined();
    expect(chosen.data.setOmbudsmanComparators).toEqual({
      selfCouncil: 'A Council',
      rows: [{ councilName: 'A Council', upheldPercent: 50 }, { councilName: 'B Council', upheldPercent: 66.7 }],
      comparatorUpheldPercent: 66.7,
      includesInventedSample: false,
    });
    const unknown = await officer.graphql('mutation { setOmbudsmanComparators(selfCouncil: "A Council", comparators: ["Nowhere"]) { selfCouncil } }');
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'comparators' });
    expect((await member.graphql('{ ombudsmanBenchmark(financialYear: "2025/26") { rows { councilName } } }')).data.ombudsmanBenchmark.rows).toHaveLength(2);
  });
});
