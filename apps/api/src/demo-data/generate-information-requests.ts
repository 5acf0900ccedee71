/**
 * Access to records (section 10) and Freedom of Information (section 11)
 * requests: received evenly through the year, completed on or before the due
 * date from the timescales module (40 calendar days; 20 working days) except
 * the plan's late ones. None is extended.
 */
import { addCalendarDays, addWorkingDays, informationRequestDueDate, isWorkingDay, type IsoDate } from '../timescales';
import { assertNotAfterCutoff, receivedDateIn } from './contact-dates';
import { assertCount, expandCounts, totalOf } from './counts';
import type { DemoInformationRequest } from './demo-dataset.types';
import { financialYearLabel, monthsOfFinancialYear } from './financial-years';
import { seededRandom, type Random } from './seeded-random';
import type { InformationRequestPlan, YearPlan } from './year-plan.types';

const REFERENCE_PREFIX = { ACCESS_TO_RECORDS: 'ATR', FREEDOM_OF_INFORMATION: 'FOI' } as const;

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
