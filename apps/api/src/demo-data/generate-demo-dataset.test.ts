/**
 * The demo dataset against the published figures, in memory: every count the
 * SQL reports will make is made here on the generated records, with the same
 * definitions (docs/demo-data.md), and compared with the published JSON.
 */
import { readFileSync } from 'fs';
import { resolve } from 'path';
import {
  CHANNELS,
  ISSUE_CATEGORIES,
  OUTCOMES,
  RECORD_TYPES,
  SERVICE_AREAS,
  DIVISIONS,
  type IssueCode,
  type RecordTypeCode,
  type ServiceAreaCode,
} from '../reference/reference-data';
import { publishedFigures as published } from '../test-support/published-figures';
import { contactDeadlines, informationRequestDueDate, isWorkingDay, workingDaysBetween } from '../timescales';
import type { DemoContact, DemoDataset, DemoInformationRequest } from './demo-dataset.types';
import { generateDemoDataset } from './generate-demo-dataset';

const started = Date.now();
const dataset: DemoDataset = generateDemoDataset();
const elapsedMs = Date.now() - started;

const YEARS = { '2008/09': ['2008-04-01', '2009-03-31'], '2009/10': ['2009-04-01', '2010-03-31'] } as const;
type Year = keyof typeof YEARS;
const inYear = <T extends { receivedDate: string }>(items: T[], year: Year) =>
  items.filter((item) => item.receivedDate >= YEARS[year][0] && item.receivedDate <= YEARS[year][1]);

const contacts = { '2008/09': inYear(dataset.contacts, '2008/09'), '2009/10': inYear(dataset.contacts, '2009/10') };
const requests = {
  '2008/09': inYear(dataset.informationRequests, '2008/09'),
  '2009/10': inYear(dataset.informationRequests, '2009/10'),
};

const FORMAL: RecordTypeCode[] = RECORD_TYPES.filter((t) => t.group === 'FORMAL_COMPLAINT').map((t) => t.code);
const isFormal = (c: DemoContact) => FORMAL.includes(c.recordType);
const formal = { '2008/09': contacts['2008/09'].filter(isFormal), '2009/10': contacts['2009/10'].filter(isFormal) };

const codeOf = <T extends { code: string; name: string }>(list: readonly T[], name: string): T['code'] => {
  const found = list.find((item) => item.name === name);
  if (!found) throw new Error(`No reference entry named '${name}'`);
  return found.code;
};
const divisionOf = (area: ServiceAreaCode) => SERVICE_AREAS.find((a) => a.code === area)!.division;
const categoryOf = (issue: IssueCode) => ISSUE_CATEGORIES.find((c) => c.issues.some((i) => i.code === issue))!.code;

function countBy<T>(items: T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** Published rows keyed by name → the same rows keyed by code, dropping zero rows. */
function byCode(rows: Record<string, number>, toCode: (name: string) => string): Record<string, number> {
  return Object.fromEntries(
    Object.entries(rows)
      .filter(([, count]) => count > 0)
      .map(([name, count]) => [toCode(name), count]),
  );
}

/** The JSON's tolerance: round to the printed decimals, but never more than one. */
function matchesPrinted(printed: string, percent: number): boolean {
  const decimals = Math.min(1, printed.split('.')[1]?.length ?? 0);
  const factor = 10 ** decimals;
  return Math.round(percent * factor) === Math.round(Number(printed) * factor);
}

const TABLE7_GROUPS: Record<string, ServiceAreaCode[]> = {
  'Safeguarding: Social Care': ['SOCIAL_CARE'],
  'Inclusion and School Standards': ['INCLUSION', 'SCHOOL_STANDARDS'],
};
const TABLE7_TYPES: Record<string, RecordTypeCode[]> = { 'Cllr/MP enquiry': ['MP_CLLR_ENQUIRY'], 'Formal Stage 1': FORMAL };

/** Acknowledged-in-time and responded-in-time percentages, as the report queries define them. */
function timeliness(rows: DemoContact[]) {
  const withDue = rows.map((c) => ({ c, due: contactDeadlines(c) }));
  const acked = withDue.filter(({ c, due }) => due.acknowledgementDueDate && c.acknowledgementSentDate);
  const answered = withDue.filter(({ c, due }) => due.responseDueDate && c.responseSentDate);
  return {
    acknowledgement: (100 * acked.filter(({ c, due }) => c.acknowledgementSentDate! <= due.acknowledgementDueDate!).length) / acked.length,
    response: (100 * answered.filter(({ c, due }) => c.responseSentDate! <= due.responseDueDate!).length) / answered.length,
  };
}

describe('generateDemoDataset', () => {
  it('is deterministic and quick', () => {
    expect(generateDemoDataset()).toEqual(dataset);
    // Four years of contacts since the 2010/11 restructure (two before).
    expect(elapsedMs).toBeLessThan(2500);
  });

  it('holds 2008/09 to 2011/12 contacts (requests only to 2009/10), with unique references', () => {
    const later = dataset.contacts.filter((c) => c.receivedDate >= '2010-04-01' && c.receivedDate <= '2012-03-31');
    expect(contacts['2008/09'].length + contacts['2009/10'].length + later.length).toBe(dataset.contacts.length);
    expect(requests['2008/09'].length + requests['2009/10'].length).toBe(dataset.informationRequests.length);
    const references = [...dataset.contacts, ...dataset.informationRequests].map((r) => r.reference);
    expect(new Set(references).size).toBe(references.length);
    for (const year of ['2008/09', '2009/10'] as const) {
      for (const c of contacts[year]) expect(c.reference).toMatch(new RegExp(`^CS/${year.slice(0, 4)}/\\d{4}$`));
    }
  });

  describe('2009/10 contacts', () => {
    const year = contacts['2009/10'];

    it('table 3: record type by month', () => {
      const table = published.table3_monthly_by_record_type;
      expect(year).toHaveLength(table.total);
      for (const [name, counts] of Object.entries(table.rows) as [string, number[]][]) {
        const code = codeOf(RECORD_TYPES, name);
        const monthly = table.months.map((month: string) => year.filter((c) => c.recordType === code && c.receivedDate.startsWith(month)).length);
        expect({ [name]: monthly }).toEqual({ [name]: counts });
      }
    });

    it('3.2: contacts by division of the primary service area', () => {
      const byDivision = countBy(year, (c) => divisionOf(c.serviceAreas[0]));
      expect(byDivision).toEqual(byCode(published.contacts_by_division_3_2.rows, (name) => codeOf(DIVISIONS, name)));
    });

    it('table 2: channels, the Ombudsman channel being the LGO complaints', () => {
      expect(countBy(year, (c) => c.channel)).toEqual(byCode(published.table2_contacts_by_channel.rows, (n) => codeOf(CHANNELS, n)));
      expect(year.filter((c) => c.channel === 'OMBUDSMAN').every((c) => c.recordType === 'LGO_COMPLAINT')).toBe(true);
    });

    it('table 4: formal complaints by primary service area, and every area named', () => {
      const table = published.table4_stage1_complaints_by_service_area;
      expect(formal['2009/10']).toHaveLength(table.total_formal_complaints);
      expect(countBy(formal['2009/10'], (c) => c.serviceAreas[0])).toEqual(byCode(table.rows, (n) => codeOf(SERVICE_AREAS, n)));
      const pairs = formal['2009/10'].reduce((sum, c) => sum + c.serviceAreas.length, 0);
      expect(pairs).toBe(table.total_issues_subject_to_complaint);
    });

    it('table 5: primary issue category of every contact', () => {
      expect(countBy(year, (c) => categoryOf(c.issues[0]))).toEqual(
        byCode(published.table5_contacts_by_issue.rows, (n) => codeOf(ISSUE_CATEGORIES, n)),
      );
    });

    it('3.7: compliments by primary service area', () => {
      const names: Record<string, ServiceAreaCode> = {
        'Safeguarding Social Care': 'SOCIAL_CARE',
        'Capital Assets and Infrastructure': 'ASSETS_INFRASTRUCTURE',
        'Safeguarding Inclusion': 'INCLUSION',
        'School Standards': 'SCHOOL_STANDARDS',
      };
      const compliments = year.filter((c) => c.recordType === 'COMPLIMENT');
      expect(countBy(compliments, (c) => c.serviceAreas[0])).toEqual(byCode(published.compliments_3_7.rows, (n) => names[n]));
    });

    it('table 6: no complaints by children; enquiries from MPs and councillors; social care activity', () => {
      const table = published.table6_social_care_activity.rows;
      expect(year.filter((c) => c.complainantType === 'CHILD_OR_YOUNG_PERSON')).toHaveLength(table['Complaints by children']);
      expect(formal['2009/10']).toHaveLength(table['Formal complaints']);
      expect(year.filter((c) => c.recordType === 'REPRESENTATION')).toHaveLength(table.Representations);
      const enquiries = dataset.contacts.filter((c) => c.recordType === 'MP_CLLR_ENQUIRY');
      expect(enquiries.every((c) => c.complainantType === 'MP_OR_COUNCILLOR')).toBe(true);
      expect(dataset.serviceActivity).toEqual([
        { financialYear: '2009/10', referrals: table.Referrals, initialAssessments: table['Initial assessments'], lookedAfterChildren: table['Looked after children'] },
      ]);
    });

    it('6.2: outcomes of the 181 formal complaints, the 13 missing ones NOT_RECORDED', () => {
      const table = published.outcomes_6_2;
      const expected = byCode(table.rows, (n) => codeOf(Object.entries(OUTCOMES).map(([code, name]) => ({ code, name })), n));
      const listed = Object.values(table.rows as Record<string, number>).reduce((a, b) => a + b, 0);
      expect(countBy(formal['2009/10'], (c) => c.outcome)).toEqual({ ...expected, NOT_RECORDED: table.stage1_complaints - listed });
      expect(year.filter((c) => !isFormal(c)).every((c) => c.outcome === 'NOT_RECORDED')).toBe(true);
    });

    it('6.3 and 6.5: stages, escalations and premature Ombudsman referrals', () => {
      const table = published.progression_6_3;
      const stage2 = formal['2009/10'].filter((c) => c.stage === 'STAGE_2');
      expect(stage2).toHaveLength(table.stage2);
      expect(stage2.every((c) => c.recordType === 'STATUTORY_COMPLAINT' && c.escalations.length === 1)).toBe(true);
      expect(stage2.filter((c) => c.escalations[0].managementReview)).toHaveLength(table.stage2_management_review);
      expect(year.filter((c) => c.stage === 'STAGE_3' || c.escalations.some((e) => e.stage === 'STAGE_3'))).toHaveLength(table.stage3);
      const lgo = formal['2009/10'].filter((c) => c.recordType === 'LGO_COMPLAINT');
      expect(lgo).toHaveLength(table.lgo_investigated);
      expect(lgo.every((c) => c.stage === 'OMBUDSMAN')).toBe(true);
      const others = formal['2009/10'].filter((c) => c.recordType !== 'LGO_COMPLAINT' && c.stage !== 'STAGE_2');
      expect(others.every((c) => c.stage === 'STAGE_1')).toBe(true);
      expect(year.filter((c) => !isFormal(c)).every((c) => c.stage === null && c.escalations.length === 0)).toBe(true);
      const premature = year.filter((c) => c.prematureOmbudsmanReferral);
      expect(premature).toHaveLength(table.lgo_premature_social_care);
      expect(premature.every((c) => c.recordType === 'STATUTORY_COMPLAINT' && c.serviceAreas[0] === 'SOCIAL_CARE')).toBe(true);
    });

    it('section 9: feedback forms, returns and the printed comments', () => {
      const table = published.customer_feedback_9;
      const sent = year.filter((c) => c.feedback);
      expect(sent).toHaveLength(table.forms_sent);
      expect(sent.every((c) => c.recordType === 'STATUTORY_COMPLAINT' && c.feedback!.sentDate > c.responseSentDate!)).toBe(true);
      const returned = sent.filter((c) => c.feedback!.returnedDate);
      expect(returned).toHaveLength(table.forms_returned);
      const report = readFileSync(resolve(__dirname, '../../../../docs/reference/annual-report-2009-10.txt'), 'utf8');
      const printed = report
        .split('Comments made include:')[1]
        .split('9.3')[0]
        .split('\n')
        .map((line) => line.replace(/^\s*-\s*/, '').trim())
        .filter(Boolean);
      expect(printed).toHaveLength(11);
      const comments = returned.map((c) => c.feedback!.comments);
      for (const comment of printed) expect(comments).toContain(comment);
    });

    it('table 7: acknowledgements and responses within timescales, 2009/10 and 2008/09', () => {
      for (const row of published.table7_responses_within_timescales.rows) {
        for (const [yearName, suffix] of [['2009/10', '2009_10'], ['2008/09', '2008_09']] as const) {
          const rows = contacts[yearName].filter(
            (c) => TABLE7_GROUPS[row.group].includes(c.serviceAreas[0]) && TABLE7_TYPES[row.type].includes(c.recordType),
          );
          const { acknowledgement, response } = timeliness(rows);
          const label = `${row.group} / ${row.type} ${yearName}`;
          expect({ label, acknowledgement, ok: matchesPrinted(row[`ack_${suffix}`], acknowledgement) }).toMatchObject({ ok: true });
          expect({ label, response, ok: matchesPrinted(row[`full_${suffix}`], response) }).toMatchObject({ ok: true });
        }
      }
    });

    it('Appendix 1 (soft target): formal complaints naming each issue', () => {
      const counts: Partial<Record<IssueCode, number>> = {
        ALLEGED_BREACH_OF_CONFIDENTIALITY: 9,
        COMMUNICATION_UNWANTED: 3,
        COMMUNICATION_INACCURATE: 5,
        COMMUNICATION_LACK_OF: 40,
        STAFF_CONDUCT: 41,
      };
      const rows = published.appendix1_learning_actions.rows;
      expect(counts.ALLEGED_BREACH_OF_CONFIDENTIALITY).toBe(rows[0].count);
      expect(counts.COMMUNICATION_UNWANTED! + counts.COMMUNICATION_INACCURATE! + counts.COMMUNICATION_LACK_OF!).toBe(rows[1].count);
      expect(counts.STAFF_CONDUCT).toBe(rows[2].count);
      for (const [issue, count] of Object.entries(counts) as [IssueCode, number][]) {
        expect({ issue, naming: formal['2009/10'].filter((c) => c.issues.includes(issue)).length }).toEqual({ issue, naming: count });
      }
    });
  });

  it('table 1, 2008/09: totals by record type', () => {
    const year = contacts['2008/09'];
    const table = published.table1_contacts_by_record_type['2008/09'];
    const of = (type: RecordTypeCode) => year.filter((c) => c.recordType === type);
    const socialCare = of('STATUTORY_COMPLAINT').filter((c) => c.serviceAreas[0] === 'SOCIAL_CARE');
    expect(socialCare).toHaveLength(table['Complaints (Social Care)']);
    const allOther = formal['2008/09'].filter((c) => c.recordType !== 'SCHOOL_COMPLAINT' && !socialCare.includes(c));
    expect(allOther).toHaveLength(table['Complaints (All other)']);
    expect(of('SCHOOL_COMPLAINT')).toHaveLength(table['Complaints (Schools)']);
    expect(of('REFERRAL')).toHaveLength(table.Referrals);
    expect(of('REPRESENTATION').length + of('COMMENT').length).toBe(table.Representations);
    expect(of('MP_CLLR_ENQUIRY')).toHaveLength(table['MP/Cllr enquiries']);
    expect(of('COMPLIMENT')).toHaveLength(table.Compliments);
    expect(year).toHaveLength(table.Total);
  });

  describe('information requests', () => {
    const ofKind = (year: Year, kind: DemoInformationRequest['kind']) => requests[year].filter((r) => r.kind === kind);
    const onTime = (r: DemoInformationRequest) => r.completedDate !== null && r.completedDate <= informationRequestDueDate(r);

    it('section 10: access to records', () => {
      const table = published.access_to_records_10;
      const year = ofKind('2009/10', 'ACCESS_TO_RECORDS');
      expect(year).toHaveLength(table.requests['2009/10']);
      expect(ofKind('2008/09', 'ACCESS_TO_RECORDS')).toHaveLength(table.requests['2008/09']);
      expect(year.filter((r) => r.requesterType === 'POLICE')).toHaveLength(table.from_police_2009_10);
      expect(year.filter(onTime)).toHaveLength(table.completed_within_40_days_2009_10);
      expect(year.filter(onTime).every((r) => r.completedDate! <= addDays(r.receivedDate, 40))).toBe(true);
    });

    it('section 11: Freedom of Information (135 of 137 within 20 working days, nearest to 98.90%)', () => {
      const table = published.freedom_of_information_11;
      const year = ofKind('2009/10', 'FREEDOM_OF_INFORMATION');
      expect(year).toHaveLength(table.requests['2009/10']);
      expect(ofKind('2008/09', 'FREEDOM_OF_INFORMATION')).toHaveLength(table.requests['2008/09']);
      expect(year.filter((r) => r.jointWithDirectorate === 'Adult Services')).toHaveLength(table.joint_with_adult_services_2009_10);
      const within20 = year.filter((r) => workingDaysBetween(r.receivedDate, r.completedDate!) <= 20);
      expect(within20).toHaveLength(135);
      expect(year.filter(onTime)).toHaveLength(135);
    });

    it('each has a service area: social care for access to records and joint FOI requests, several areas for the rest', () => {
      const all = [...requests['2008/09'], ...requests['2009/10']];
      expect(all.filter((r) => r.kind === 'ACCESS_TO_RECORDS' || r.jointWithDirectorate).every((r) => r.serviceArea === 'SOCIAL_CARE')).toBe(true);
      const foiAreas = new Set(ofKind('2009/10', 'FREEDOM_OF_INFORMATION').map((r) => r.serviceArea));
      expect([...foiAreas].sort()).toEqual(['COMMISSIONING', 'INCLUSION', 'SCHOOL_STANDARDS', 'SOCIAL_CARE', 'YOUNG_PEOPLE_COMMUNITY']);
    });
  });

  it('Appendix 1: learning actions', () => {
    const status = { Ongoing: 'ONGOING', Completed: 'COMPLETED' } as const;
    const categories = ['BREACH_OF_CONFIDENTIALITY', 'COMMUNICATION', 'STAFFING', null, 'LACK_OF_SERVICE_PROVISION'];
    // The issues whose complaints Appendix 1 counts (the same ones the soft target above checks).
    const issues = [
      ['ALLEGED_BREACH_OF_CONFIDENTIALITY'],
      ['COMMUNICATION_UNWANTED', 'COMMUNICATION_INACCURATE', 'COMMUNICATION_LACK_OF'],
      ['STAFF_CONDUCT'],
      [],
      ['RESPITE_DISABLED_CHILDREN'],
    ];
    const rows = published.appendix1_learning_actions.rows as {
      issue: string;
      count: number | null;
      action: string;
      by_whom: string;
      further_action: keyof typeof status;
    }[];
    expect(dataset.learningActions).toEqual(
      rows.map((row, i) => ({
        financialYear: '2009/10',
        issueIdentified: row.issue,
        issueCategory: categories[i],
        issues: issues[i],
        serviceArea: 'SOCIAL_CARE',
        count: row.count,
        actionNeeded: row.action,
        byWhom: row.by_whom,
        status: status[row.further_action],
        furtherAction: null,
        dueDate: status[row.further_action] === 'ONGOING' ? expect.stringMatching(/^2010-\d\d-\d\d$/) : null,
      })),
    );
  });

  describe('every contact', () => {
    it('has distinct service areas and issues, and a plausible received date', () => {
      for (const c of dataset.contacts) {
        expect(new Set(c.serviceAreas).size).toBe(c.serviceAreas.length);
        expect(new Set(c.issues).size).toBe(c.issues.length);
        expect(c.issues.length).toBeGreaterThan(0);
      }
      const weekend = dataset.contacts.filter((c) => !isWorkingDay(c.receivedDate));
      expect(weekend.every((c) => c.channel === 'EMAIL' || c.channel === 'WEB_APPLICATION')).toBe(true);
      expect(weekend.length / dataset.contacts.length).toBeLessThan(0.1);
    });

    it('sends nothing before receipt, answers after acknowledging, and nothing after September 2012', () => {
      const cutoff = '2012-09-30';
      for (const c of dataset.contacts) {
        const sent = [c.acknowledgementSentDate, c.responseSentDate, c.feedback?.sentDate, c.feedback?.returnedDate];
        for (const date of sent) if (date) expect(date >= c.receivedDate && date <= cutoff).toBe(true);
        if (c.acknowledgementSentDate && c.responseSentDate) expect(c.responseSentDate >= c.acknowledgementSentDate).toBe(true);
        if (c.outcome === 'ONGOING') expect(c.responseSentDate).toBeNull();
        if (c.feedback?.returnedDate) expect(c.feedback.returnedDate > c.feedback.sentDate).toBe(true);
        for (const e of c.escalations) {
          expect(e.requestedDate > c.responseSentDate!).toBe(true);
          expect(e.responseSentDate! >= e.requestedDate && e.responseSentDate! <= cutoff).toBe(true);
        }
      }
      for (const r of dataset.informationRequests) {
        expect(r.completedDate! >= r.receivedDate && r.completedDate! <= cutoff).toBe(true);
      }
    });
  });
});

function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}
