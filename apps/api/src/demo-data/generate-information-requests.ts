/**
 * Access to records (section 10) and Freedom of Information (section 11)
 * requests: received evenly through the year, completed on or before the due
 * date from the timescales module (40 calendar days; 20 working days) except
 * the plan's late ones. None is extended.
 *
 * Service areas (the report does not give them): access to records is "social
 * care only" (section 10), so Safeguarding: Social Care; FOI requests answered
 * jointly with Adult Services are social care too, and the rest are spread by
 * FOI_SERVICE_AREA_WEIGHTS, after the kinds of request 11.6 lists.
 */
import { addCalendarDays, addWorkingDays, informationRequestDueDate, isWorkingDay, type IsoDate } from '../timescales';
import { assertNotAfterCutoff, receivedDateIn } from './contact-dates';
import { assertCount, expandCounts, totalOf } from './counts';
import type { ServiceAreaCode } from '../reference/reference-data';
import type { DemoInformationRequest } from './demo-dataset.types';
import { financialYearLabel, monthsOfFinancialYear } from './financial-years';
import { seededRandom, type Random } from './seeded-random';
import type { InformationRequestPlan, YearPlan } from './year-plan.types';

const REFERENCE_PREFIX = { ACCESS_TO_RECORDS: 'ATR', FREEDOM_OF_INFORMATION: 'FOI' } as const;

/** 11.6's examples: looked-after children and child protection; special needs and home education; schools; school meals. */
const FOI_SERVICE_AREA_WEIGHTS: Partial<Record<ServiceAreaCode, number>> = {
  SOCIAL_CARE: 40,
  INCLUSION: 25,
  SCHOOL_STANDARDS: 20,
  YOUNG_PEOPLE_COMMUNITY: 10,
  COMMISSIONING: 5,
};

function serviceAreaOf(kind: InformationRequestPlan['kind'], joint: boolean, random: Random): ServiceAreaCode {
  if (kind === 'ACCESS_TO_RECORDS' || joint) return 'SOCIAL_CARE';
  return random.weighted(FOI_SERVICE_AREA_WEIGHTS);
}

/** The latest working day on or before `date` (and not before `floor`). */
function onOrBeforeWorkingDay(date: IsoDate, floor: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day) && day > floor) day = addCalendarDays(day, -1);
  return day;
}

function completedDate(receivedDate: IsoDate, dueDate: IsoDate, onTime: boolean, plan: InformationRequestPlan, random: Random): IsoDate {
  if (!onTime) return addWorkingDays(dueDate, random.int(1, 10));
  if (plan.kind === 'FREEDOM_OF_INFORMATION') return addWorkingDays(receivedDate, random.int(3, 20));
  return onOrBeforeWorkingDay(addCalendarDays(receivedDate, random.int(12, 40)), receivedDate);
}

function generateRequests(plan: InformationRequestPlan, startYear: number): DemoInformationRequest[] {
  const random = seededRandom(`${financialYearLabel(startYear)} ${plan.kind}`);
  const count = totalOf(plan.requesterTypes);
  const requesters = random.shuffle(expandCounts(plan.requesterTypes));
  const onTime = random.shuffle(Array.from({ length: count }, (_, i) => i < plan.completedOnTime));
  const joint = random.shuffle(Array.from({ length: count }, (_, i) => i < plan.jointWithAdultServices));
  assertCount(`${plan.kind} on time`, onTime.filter(Boolean).length, plan.completedOnTime);

  // Its own stream, so the dates and outcomes drawn above stay as they were.
  const areaRandom = seededRandom(`${financialYearLabel(startYear)} ${plan.kind} service areas`);
  const months = monthsOfFinancialYear(startYear);
  const requests = requesters.map((requesterType, i): DemoInformationRequest => {
    // Even spread: request i falls in month floor(i * 12 / count) of the year.
    const receivedDate = receivedDateIn(months[Math.floor((i * 12) / count)], null, random);
    const dueDate = informationRequestDueDate({ kind: plan.kind, receivedDate, extended: false });
    const completed = completedDate(receivedDate, dueDate, onTime[i], plan, random);
    assertNotAfterCutoff(`${plan.kind} completion`, completed);
    return {
      reference: '',
      kind: plan.kind,
      serviceArea: serviceAreaOf(plan.kind, joint[i], areaRandom),
      requesterType,
      receivedDate,
      completedDate: completed,
      extended: false,
      jointWithDirectorate: joint[i] ? 'Adult Services' : null,
    };
  });
  requests.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  requests.forEach((r, i) => (r.reference = `${REFERENCE_PREFIX[plan.kind]}/${startYear}/${String(i + 1).padStart(4, '0')}`));
  return requests;
}

export function generateInformationRequests(plan: YearPlan): DemoInformationRequest[] {
  return plan.informationRequests.flatMap((request) => generateRequests(request, plan.startYear));
}
