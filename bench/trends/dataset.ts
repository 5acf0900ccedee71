/**
 * The national-scale contact stream: N contacts received 2015/16-2024/25 across
 * the councils of councils.ts, in date order, each with every column the
 * Contact entity stores (the derived ones included) and its link rows.
 *
 * - Volume: 2009/10's seasonal shape (table 3: August and December quiet,
 *   October, November and February busy), ~3.5% growth a year, a dip in the
 *   first Covid lockdown, and each council's own size and growth.
 * - Mix: record types and channels in the proportions of the 2009/10 report
 *   (tables 2 and 3), varied by council; email and web forms gain on letters.
 * - Dates: due dates from the product's `contactDeadlines` (the real rules,
 *   memoised); sent dates on time or late against them, with working days from
 *   the same calendar (calendar.ts); nothing sent after AS_AT.
 * Deterministic: one seeded stream, so the same N gives the same rows.
 */
import { referenceKey, type Outcome } from '@complaints/domain';
import { caseState } from '../../apps/api/src/contacts/case-state';
import { PLAN_2009_10 } from '../../apps/api/src/demo-data/targets-2009-10';
import { seededRandom, type Random } from '../../apps/api/src/demo-data/seeded-random';
import { financialQuarterOf, formatFinancialYear } from '../../apps/api/src/periods/financial-year';
import {
  CHANNELS,
  ISSUE_CATEGORIES,
  RECORD_TYPES,
  type ChannelCode,
  type RecordTypeCode,
} from '../../apps/api/src/reference/reference-data';
import { contactDeadlines } from '../../apps/api/src/timescales';
import { toDayNumber } from '../../apps/api/src/timescales/iso-date';
import { WorkingCalendar } from './calendar';
import { generateCouncils, type Council } from './councils';

export const FIRST_YEAR = 2015;
export const YEARS = 10;
export const FROM = `${FIRST_YEAR}-04-01`;
export const TO = `${FIRST_YEAR + YEARS}-03-31`;
/** The data is as at this date: nothing was sent later. */
export const AS_AT = `${FIRST_YEAR + YEARS}-06-30`;
/** Bump when the generator changes, so a kept dataset is not reused by mistake. */
export const GENERATOR_VERSION = 2;

/** Columns written for each contact, in this order (createdAt/updatedAt take their defaults; summary stays null). */
export const CONTACT_COLUMNS = [
  'id', 'reference', 'recordTypeId', 'channelId', 'receivedDate', 'receivedMonth', 'receivedQuarter', 'receivedFinancialYear',
  'divisionId', 'primaryServiceAreaId', 'primaryIssueId', 'primaryIssueCategoryId', 'complainantType', 'stage', 'outcome',
  'acknowledgementDueDate', 'acknowledgementSentDate', 'responseDueDate', 'responseSentDate', 'workingDaysToResponse',
  'extended', 'prematureOmbudsmanReferral', 'deadlineRuleId', 'referenceKey', 'status', 'nextDueDate',
] as const;
export type ContactValues = Array<string | number | null>;

export interface GeneratedContact {
  values: ContactValues;
  serviceAreaIds: number[];
  issueIds: number[];
}

/** Database ids of the reference rows, by code. */
export interface ReferenceIds {
  recordTypes: Map<string, number>;
  channels: Map<string, number>;
  divisions: Map<string, number>;
  serviceAreas: Map<string, number>;
  issues: Map<string, number>;
  issueCategories: Map<string, number>;
}

/** April..March: table 3's seasonal pattern, smoothed. */
const SEASON = [1.0, 1.0, 1.0, 1.05, 0.75, 1.05, 1.15, 1.15, 0.8, 1.0, 1.1, 1.05];
const FORMAL: ReadonlySet<RecordTypeCode> = new Set(['STATUTORY_COMPLAINT', 'CORPORATE_COMPLAINT', 'SCHOOL_COMPLAINT', 'LGO_COMPLAINT']);
const WEEKEND_CHANNELS: ReadonlySet<string> = new Set(['EMAIL', 'WEB_APPLICATION']);
const COMPLAINANTS = { PARENT_OR_CARER: 44, CHILD_OR_YOUNG_PERSON: 10, RELATIVE: 12, ADVOCATE: 8, PROFESSIONAL: 8, MEMBER_OF_PUBLIC: 18 };
const OUTCOMES_RESPONDED = { NOT_UPHELD: 40, UPHELD: 27, PARTIALLY_UPHELD: 26, WITHDRAWN: 2, NOT_RECORDED: 5 };
const OUTCOMES_OPEN = { ONGOING: 85, WITHDRAWN: 8, NOT_RECORDED: 7 };
const STAGES: Partial<Record<RecordTypeCode, Record<string, number>>> = {
  STATUTORY_COMPLAINT: { STAGE_1: 90, STAGE_2: 8, STAGE_3: 2 },
  CORPORATE_COMPLAINT: { STAGE_1: 93, STAGE_2: 7 },
  SCHOOL_COMPLAINT: { STAGE_1: 1 },
  LGO_COMPLAINT: { OMBUDSMAN: 1 },
};
/** Nudges to the chance of responding in time, by record type. */
const TIMELINESS: Partial<Record<RecordTypeCode, number>> = { REPRESENTATION: 0.2, LGO_COMPLAINT: 0.1, MP_CLLR_ENQUIRY: -0.05 };

/** Weighted choice over a fixed list by cumulative weights (binary search). */
class Picker<T> {
  private readonly cumulative: Float64Array;
  constructor(readonly items: readonly T[], weights: readonly number[]) {
    if (!items.length) throw new Error('nothing to pick from');
    this.cumulative = new Float64Array(weights.length);
    let sum = 0;
    weights.forEach((w, i) => (this.cumulative[i] = sum += w));
  }
  static of<K extends string>(weights: Partial<Record<K, number>>): Picker<K> {
    const entries = Object.entries(weights) as Array<[K, number]>;
    return new Picker(entries.map(([k]) => k), entries.map(([, w]) => w));
  }
  pick(random: Random): T {
    const target = random.next() * this.cumulative[this.cumulative.length - 1];
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid] > target) hi = mid;
      else lo = mid + 1;
    }
    return this.items[lo];
  }
}

/** Splits `total` in proportion to `weights`, exactly (largest remainder). */
export function apportion(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total * w) / sum);
  const counts = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i] as const).sort((a, b) => b[0] - a[0]);
  const missing = total - counts.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) counts[order[k][1]] += 1;
  return counts;
}

interface CouncilPlan {
  council: Council;
  recordTypes: Picker<RecordTypeCode>;
  /** Primary area for most contacts, for school complaints, for Ombudsman complaints. */
  areas: Picker<number>;
  schoolAreas: Picker<number>;
  lgoAreas: Picker<number>;
  areaIds: number[];
  issueCategory: Map<number, Picker<string>>;
  divisionOfArea: Map<number, number>;
  references: number[];
}

export class ContactGenerator {
  readonly councils: Council[];
  private readonly random: Random;
  private readonly calendar = new WorkingCalendar(FROM, `${FIRST_YEAR + YEARS + 1}-12-31`);
  private readonly deadlines = new Map<string, ReturnType<typeof contactDeadlines>>();

  constructor(readonly total: number) {
    this.random = seededRandom(`bench trends ${total}`);
    this.councils = generateCouncils(seededRandom('bench trends councils'), RECORD_TYPES.length);
    this.calendar.check(seededRandom('bench trends calendar check'));
  }

  /** Contacts per month, April 2015 first. */
  monthlyCounts(): Array<{ month: string; count: number }> {
    const months: Array<{ month: string; weight: number }> = [];
    for (let y = 0; y < YEARS; y++) {
      for (let m = 0; m < 12; m++) {
        const calendarMonth = ((m + 3) % 12) + 1;
        const year = FIRST_YEAR + y + (m >= 9 ? 1 : 0);
        const month = `${year}-${String(calendarMonth).padStart(2, '0')}`;
        const covid = month >= '2020-04' && month <= '2020-06' ? 0.65 : month >= '2020-07' && month <= '2020-09' ? 0.85 : 1;
        months.push({ month, weight: SEASON[m] * 1.035 ** y * covid });
      }
    }
    const counts = apportion(this.total, months.map((m) => m.weight));
    return months.map((m, i) => ({ month: m.month, count: counts[i] }));
  }

  *contacts(ids: ReferenceIds): Generator<GeneratedContact> {
    const random = this.random;
    const cal = this.calendar;
    const asAt = toDayNumber(AS_AT);
    const plans = this.councils.map((c) => this.councilPlan(c, ids));
    const councilsByYear = Array.from(
      { length: YEARS },
      (_, y) => new Picker(plans, plans.map((p) => p.council.weight * (1 + p.council.growth) ** y)),
    );
    const channelPickers = Array.from({ length: YEARS }, (_, y) => channelMix(y));
    const complainants = Picker.of(COMPLAINANTS);
    const respondedOutcomes = Picker.of(OUTCOMES_RESPONDED);
    const openOutcomes = Picker.of(OUTCOMES_OPEN);
    const stagePickers = new Map(Object.entries(STAGES).map(([k, v]) => [k, Picker.of(v)]));
    const issuesOf = new Map(ISSUE_CATEGORIES.map((c) => [c.code, c.issues.map((i) => ids.issues.get(i.code)!)]));
    const allIssueIds = [...issuesOf.values()].flat();
    const categoryOfIssue = new Map(ISSUE_CATEGORIES.flatMap((c) => c.issues.map((i) => [ids.issues.get(i.code)!, ids.issueCategories.get(c.code)!])));
    const channelIds = new Map(CHANNELS.map((c) => [c.code, ids.channels.get(c.code)!]));
    const recordTypeIds = new Map(RECORD_TYPES.map((r) => [r.code, ids.recordTypes.get(r.code)!]));

    let id = 0;
    for (const { month, count } of this.monthlyCounts()) {
      const first = toDayNumber(`${month}-01`);
      const days: number[] = [];
      for (let d = first; cal.isoOf(d).slice(0, 7) === month; d++) days.push(d);
      const workingDays = days.filter((d) => cal.isWorking(d));
      const monthIso = month;
      const quarter = financialQuarterOf(`${month}-01`);
      const fyStart = Number(month.slice(0, 4)) - (Number(month.slice(5)) < 4 ? 1 : 0);
      const yearIndex = fyStart - FIRST_YEAR;
      const fy = formatFinancialYear(fyStart);

      for (let k = 0; k < count; k++) {
        id += 1;
        const plan = councilsByYear[yearIndex].pick(random);
        const council = plan.council;
        const recordType = plan.recordTypes.pick(random);
        const channel = recordType === 'LGO_COMPLAINT' ? 'OMBUDSMAN' : channelPickers[yearIndex].get(recordType)!.pick(random);
        const received =
          WEEKEND_CHANNELS.has(channel) && random.next() < 0.3 ? days[(random.next() * days.length) | 0] : workingDays[(random.next() * workingDays.length) | 0];
        const receivedIso = cal.isoOf(received);

        // Service areas: the primary by record type, then up to two more of the same council.
        const primaryArea = (recordType === 'SCHOOL_COMPLAINT' ? plan.schoolAreas : recordType === 'LGO_COMPLAINT' && random.next() < 0.7 ? plan.lgoAreas : plan.areas).pick(random);
        const areas = [primaryArea];
        const extraAreas = random.next() < 0.75 ? 0 : random.next() < 0.8 ? 1 : 2;
        for (let n = 0; n < extraAreas && areas.length < plan.areaIds.length; ) {
          const area = plan.areas.pick(random);
          if (!areas.includes(area)) (areas.push(area), n++);
        }
        // Issues: the primary in the area's typical categories, then up to two others.
        const category = plan.issueCategory.get(primaryArea)!.pick(random);
        const inCategory = issuesOf.get(category as never)!;
        const issues = [inCategory[(random.next() * inCategory.length) | 0]];
        const extraIssues = random.next() < 0.65 ? 0 : random.next() < 0.77 ? 1 : 2;
        for (let n = 0; n < extraIssues; ) {
          const issue = allIssueIds[(random.next() * allIssueIds.length) | 0];
          if (!issues.includes(issue)) (issues.push(issue), n++);
        }

        const formal = FORMAL.has(recordType);
        const extended = (recordType === 'STATUTORY_COMPLAINT' || recordType === 'CORPORATE_COMPLAINT') && random.next() < 0.15;
        const due = this.deadlinesFor(recordType, receivedIso, extended);
        const ackDue = due.acknowledgementDueDate === null ? null : toDayNumber(due.acknowledgementDueDate);
        const responseDue = due.responseDueDate === null ? null : toDayNumber(due.responseDueDate);

        let ack: number | null = null;
        if (ackDue !== null) {
          const draw = random.next();
          const late = Math.min(0.3, Math.max(0.01, 0.06 - 0.5 * council.timeliness));
          if (draw < 0.03) ack = null;
          else if (draw < 0.03 + late) ack = cal.addWorking(ackDue, 1 + ((random.next() * 3) | 0));
          else ack = cal.addWorking(received, 1 + ((random.next() * cal.between(received, ackDue)) | 0));
        } else if (recordType === 'COMPLIMENT' && random.next() < 0.6) {
          ack = cal.addWorking(received, 1 + ((random.next() * 3) | 0));
        }

        let response: number | null = null;
        const earliest = ack !== null ? cal.between(received, ack) : cal.isWorking(received) ? 0 : 1;
        if (responseDue !== null) {
          const onTime = Math.min(0.97, Math.max(0.2, 0.62 + 0.025 * yearIndex + council.timeliness + (TIMELINESS[recordType] ?? 0)));
          const draw = random.next();
          const allowed = cal.between(received, responseDue);
          if (draw < 0.04) response = null;
          else if (draw < 0.04 + onTime && earliest <= allowed) {
            const from = Math.max(earliest, allowed >> 1);
            response = cal.addWorking(received, from + ((random.next() * (allowed - from + 1)) | 0));
          } else {
            const lateBy = 1 + Math.min(59, Math.floor(-Math.log(1 - random.next()) * 6));
            response = Math.max(cal.addWorking(responseDue, lateBy), ack ?? 0);
          }
        } else if (recordType === 'COMMENT' && random.next() < 0.4) {
          response = cal.addWorking(received, earliest + ((random.next() * 5) | 0));
        }
        if (ack !== null && ack > asAt) ack = null;
        if (response !== null && response > asAt) response = null;

        const stage = formal ? stagePickers.get(recordType)!.pick(random) : null;
        const outcome = !formal ? 'NOT_RECORDED' : response !== null ? respondedOutcomes.pick(random) : openOutcomes.pick(random);
        const complainant = recordType === 'MP_CLLR_ENQUIRY' ? 'MP_OR_COUNCILLOR' : complainants.pick(random);
        const sequence = ++plan.references[yearIndex];
        const reference = `${council.code}/${fyStart}/${String(sequence).padStart(6, '0')}`;
        const ackIso = ack === null ? null : cal.isoOf(ack);
        const responseIso = response === null ? null : cal.isoOf(response);
        // Stored as the product stores them (case-state.ts): no escalations or withdrawals in this dataset.
        const state = caseState(
          { id, acknowledgementDueDate: due.acknowledgementDueDate, acknowledgementSentDate: ackIso, responseDueDate: due.responseDueDate, responseSentDate: responseIso, outcome: outcome as Outcome, withdrawnDate: null },
          [],
        );

        yield {
          values: [
            id,
            reference,
            recordTypeIds.get(recordType)!,
            channelIds.get(channel)!,
            receivedIso,
            monthIso,
            quarter,
            fy,
            plan.divisionOfArea.get(primaryArea)!,
            primaryArea,
            issues[0],
            categoryOfIssue.get(issues[0])!,
            complainant,
            stage,
            outcome,
            due.acknowledgementDueDate,
            ackIso,
            due.responseDueDate,
            responseIso,
            response === null ? null : cal.between(received, response),
            extended ? 1 : 0,
            recordType === 'LGO_COMPLAINT' && random.next() < 0.2 ? 1 : 0,
            due.ruleId,
            referenceKey(reference),
            state.status,
            state.nextDueDate,
          ],
          serviceAreaIds: areas,
          issueIds: issues,
        };
      }
    }
    if (id !== this.total) throw new Error(`generated ${id} contacts, expected ${this.total}`);
  }

  private deadlinesFor(recordType: RecordTypeCode, receivedDate: string, extended: boolean) {
    const key = `${recordType}|${receivedDate}|${extended ? 1 : 0}`;
    let due = this.deadlines.get(key);
    if (!due) this.deadlines.set(key, (due = contactDeadlines({ recordType, stage: null, receivedDate, extended })));
    return due;
  }

  private councilPlan(council: Council, ids: ReferenceIds): CouncilPlan {
    const national = RECORD_TYPES.map((r) => (PLAN_2009_10.monthlyByRecordType[r.code] ?? []).reduce((a, b) => a + b, 0) + 3);
    const areaId = (code: string) => ids.serviceAreas.get(code)!;
    const general = council.serviceAreas.filter((a) => a.kind !== 'lgo' && a.kind !== 'schoolOwn');
    const school = council.serviceAreas.filter((a) => a.kind === 'schoolOwn' || a.kind === 'school');
    const lgo = council.serviceAreas.filter((a) => a.kind === 'lgo');
    const picker = (areas: typeof general) => new Picker(areas.map((a) => areaId(a.code)), areas.map((a) => a.weight));
    return {
      council,
      recordTypes: new Picker(RECORD_TYPES.map((r) => r.code), national.map((w, i) => w * council.recordTypeSkew[i])),
      areas: picker(general),
      schoolAreas: picker(school.some((a) => a.kind === 'schoolOwn') ? school.filter((a) => a.kind === 'schoolOwn') : school),
      lgoAreas: picker(lgo),
      areaIds: general.map((a) => areaId(a.code)),
      issueCategory: new Map(council.serviceAreas.map((a) => [areaId(a.code), Picker.of(a.issueCategories as Record<string, number>)])),
      divisionOfArea: new Map(council.serviceAreas.map((a) => [areaId(a.code), ids.divisions.get(a.divisionCode)!])),
      references: new Array(YEARS).fill(0),
    };
  }
}

/** Table 2's channels for each record type, with email and web forms growing each year and letters declining. */
function channelMix(yearIndex: number): Map<RecordTypeCode, Picker<ChannelCode>> {
  const byType = PLAN_2009_10.channelsByRecordType;
  return new Map(
    RECORD_TYPES.map((r) => {
      const base: Partial<Record<ChannelCode, number>> = byType[r.code] ?? byType.MP_CLLR_ENQUIRY!;
      const trend = (c: ChannelCode) => (c === 'EMAIL' || c === 'WEB_APPLICATION' ? 1 + 0.15 * yearIndex : c === 'LETTER' ? 0.9 ** yearIndex : 1);
      // A little of every channel but the Ombudsman's, so no cell is structurally empty.
      const channels = CHANNELS.map((c) => c.code).filter((c) => c !== 'OMBUDSMAN');
      return [r.code, new Picker(channels, channels.map((c) => ((base[c] ?? 0) + 1) * trend(c)))];
    }),
  );
}
