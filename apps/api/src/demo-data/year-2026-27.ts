/**
 * The demo's 2026/27 so far: contacts received from 1 April to 31 October 2026
 * under both regimes side by side — children's social care complaints under the
 * Children Act procedure, corporate complaints under the Ombudsman's Complaint
 * Handling Code (which the council adopted from 1 April 2026), school complaints
 * under the schools' own procedures — with the Code's records: service requests
 * (some became complaints), refusals, Stage 1 extensions, Stage 2 by a different
 * handler, points raised, remedies (some done, some open) and reasonable adjustments.
 *
 * Invented and deterministic (seeded by label, like the rest of the demo): the
 * same draws on every run. Nothing is dated after the day it is loaded: a step
 * due after that day is left undone, a record made after it is left out.
 */
import { addWorkingDays, isWorkingDay, workingDaysBetween } from '../timescales';
import { seededRandom, type Random } from './seeded-random';
import type { ComplainantType, Outcome, RecordTypeCode } from '../reference/reference-data';
import type { CodeStage, RefusalReason, RemedyType } from '@complaints/domain';

export const YEAR_2026_27 = { from: '2026-04-01', to: '2026-10-31', financialYear: '2026/27' } as const;

/** Which demo officer handles a stage: the complaints officer, or the Stage 2 investigator (a second officer account). */
export type DemoHandler = 'OFFICER' | 'INVESTIGATOR';

export interface Demo2026Stage2 {
  requestedDate: string;
  acknowledgementSentDate: string | null;
  responseSentDate: string | null;
  outcome: Outcome;
  extensionWorkingDays: number | null;
  handler: DemoHandler;
}

export interface Demo2026Contact {
  reference: string;
  recordType: RecordTypeCode;
  channel: string;
  receivedDate: string;
  serviceArea: string;
  issues: string[];
  complainantType: ComplainantType;
  summary: string;
  acknowledgementSentDate: string | null;
  responseSentDate: string | null;
  outcome: Outcome | null;
  /** Code Stage 1 extension: working days, reason, date the complainant was told. */
  extension: { workingDays: number; reason: string; toldDate: string } | null;
  stage1Handler: DemoHandler | null;
  /** Children Act Stage 2 (an escalation row) or the Code's Stage 2 (complaint_code_stage), by regime. */
  stage2: Demo2026Stage2 | null;
  refusal: { subject: 'COMPLAINT' | 'ESCALATION'; reason: RefusalReason; evidence: string; refusedDate: string } | null;
  points: Array<{ point: string; addressed: boolean }>;
  remedies: Array<{ stage: CodeStage; type: RemedyType; description: string; owner: string; offeredDate: string; dueDate: string; completedDate: string | null; evidence: string | null }>;
  adjustment: { adjustment: string; agreedDate: string; reviewDate: string | null } | null;
  override: { regime: 'CHILDREN_ACT' | 'COMPLAINT_HANDLING_CODE'; reason: string } | null;
}

export interface Demo2026ServiceRequest {
  receivedDate: string;
  serviceArea: string;
  summary: string;
  reviewedDate: string | null;
  reviewNote: string | null;
  resolvedDate: string | null;
  /** The demo complaint it became, by reference. */
  convertedTo: string | null;
}

export interface Demo2026 {
  contacts: Demo2026Contact[];
  serviceRequests: Demo2026ServiceRequest[];
}

/** Service areas and issues in use after the demo's 2010/11 restructure. */
const CODE_AREAS = { SCHOOL_STANDARDS: 30, STRATEGY_COMMISSIONING: 20, SCHOOLS_CORPORATE: 20, INCLUSION: 15, EARLY_HELP: 10, YOUTH_SERVICES: 5 } as const;
const CODE_ISSUES = ['COMMUNICATION_DELAY', 'COMMUNICATION_LACK_OF', 'COMMUNICATION_POOR', 'SCHOOL_TRANSPORT', 'SCHOOL_ADMISSIONS', 'SCHOOL_SPECIAL_NEEDS', 'PAYMENTS_AND_CHARGES', 'POLICY_DISAGREEMENT', 'STAFF_CONDUCT', 'SERVICE_NOT_PROVIDED'];
const SOCIAL_CARE_ISSUES = ['STAFF_DECISIONS', 'STAFF_CONTINUITY', 'ASSESSMENT_QUALITY', 'ASSESSMENT_TIMELINESS', 'COMMUNICATION_LACK_OF', 'SAFEGUARDING_CHILD_PROTECTION', 'ALLEGED_BREACH_OF_CONFIDENTIALITY'];
const CHANNELS = { EMAIL: 40, WEB_APPLICATION: 25, TELEPHONE: 15, LETTER: 12, IN_PERSON: 8 } as const;
const KINDS = { CODE: 38, CHILDREN_ACT: 24, SCHOOL: 7, CORRESPONDENCE_ENQUIRY: 12, MP_CLLR_ENQUIRY: 8, COMPLIMENT: 7, COMMENT: 4 } as const;

const SUMMARIES: Record<string, string[]> = {
  CODE: ['Bus pass for school transport not renewed', 'No reply to emails about an admissions appeal', 'Charged twice for a holiday club', 'Education plan review cancelled at short notice', 'Rude reply from the front desk', 'Youth club closed without notice'],
  CHILDREN_ACT: ["Social worker changed three times in a year", 'Assessment took longer than promised', 'Not told about a child protection conference', 'Disagree with the contact arrangements decided', 'Personal details shared with a neighbour'],
  SCHOOL: ['Head teacher did not respond to concerns about bullying', 'Exclusion handled unfairly'],
  OTHER: ['Asked for information about short breaks', 'Councillor enquiry about school places', 'Thanks to the family support worker', 'Suggestion for the website'],
};
const EXTENSION_REASONS = ['Waiting for records from the transport contractor', 'The head of service was on leave', 'Needed to interview a member of staff', 'Complex complaint across two teams'];
const POINTS = ['The delay in replying', 'The decision itself', 'The way staff spoke to me', 'Information given was wrong', 'Costs I incurred', 'No one called back'];
const REMEDIES: Array<[RemedyType, string, string]> = [
  ['APOLOGY', 'Written apology from the head of service', 'Head of service'],
  ['EXPLANATION', 'Meeting to explain the decision and how it was reached', 'Team manager'],
  ['FINANCIAL_REMEDY', 'Refund of the fares paid while the pass was missing', 'Finance team'],
  ['AMENDED_RECORD', 'Correct the address held on the case record', 'Business support'],
  ['CHANGED_POLICY', 'Change the renewal letters so they go out six weeks earlier', 'Transport manager'],
  ['SERVICE_PROVIDED', 'Arrange the review meeting that was cancelled', 'SEN team manager'],
  ['TRAINING', 'Customer care refresher for the front desk team', 'Customer services manager'],
];
const ADJUSTMENTS = ['Letters in large print', 'Telephone calls rather than letters', 'Meetings with an interpreter (Polish)', 'Replies by email only, read by screen reader', 'An advocate present at every meeting'];

function workingDayOnOrAfter(date: string): string {
  return isWorkingDay(date) ? date : addWorkingDays(date, 1);
}

/** A working day in the week starting `monday` (Monday to Friday), never past `to`. */
function dayInWeek(random: Random, monday: string, to: string): string | null {
  const day = workingDayOnOrAfter(addWorkingDays(monday, random.int(0, 4)));
  return day <= to ? day : null;
}

function code2026Contact(random: Random, n: number, receivedDate: string, kind: keyof typeof KINDS): Demo2026Contact {
  const reference = `CS/2026/${String(n).padStart(4, '0')}`;
  const base = {
    reference,
    channel: random.weighted(CHANNELS),
    receivedDate,
    complainantType: random.weighted({ PARENT_OR_CARER: 60, CHILD_OR_YOUNG_PERSON: 10, RELATIVE: 10, ADVOCATE: 8, MEMBER_OF_PUBLIC: 7, MP_OR_COUNCILLOR: 5 } as const),
    acknowledgementSentDate: null,
    responseSentDate: null,
    outcome: null,
    extension: null,
    stage1Handler: null,
    stage2: null,
    refusal: null,
    points: [],
    remedies: [],
    adjustment: null,
    override: null,
  };
  switch (kind) {
    case 'CODE':
      return { ...base, recordType: 'CORPORATE_COMPLAINT', serviceArea: random.weighted(CODE_AREAS), issues: [random.pick(CODE_ISSUES)], summary: random.pick(SUMMARIES.CODE) };
    case 'CHILDREN_ACT':
      return { ...base, recordType: 'STATUTORY_COMPLAINT', serviceArea: 'SOCIAL_CARE', issues: [random.pick(SOCIAL_CARE_ISSUES)], summary: random.pick(SUMMARIES.CHILDREN_ACT) };
    case 'SCHOOL':
      return { ...base, recordType: 'SCHOOL_COMPLAINT', serviceArea: 'SCHOOLS_OWN_PROCEDURE', issues: ['POLICY_DISAGREEMENT'], summary: random.pick(SUMMARIES.SCHOOL) };
    default:
      return {
        ...base,
        recordType: kind,
        serviceArea: random.weighted(CODE_AREAS),
        issues: [random.pick(CODE_ISSUES)],
        complainantType: kind === 'MP_CLLR_ENQUIRY' ? 'MP_OR_COUNCILLOR' : base.complainantType,
        summary: random.pick(SUMMARIES.OTHER),
      };
  }
}

/** Fills in the steps of a complaint, each only when its date has come by `cutOff`. */
function steps(random: Random, c: Demo2026Contact, kind: keyof typeof KINDS, cutOff: string): void {
  const within = (date: string | null) => (date !== null && date <= cutOff ? date : null);
  const ackDays = kind === 'CODE' ? random.weighted({ 1: 30, 2: 30, 3: 20, 4: 10, 5: 6, 7: 4 } as const) : random.int(1, 4);
  c.acknowledgementSentDate = within(addWorkingDays(c.receivedDate, Number(ackDays)));
  if (kind === 'COMPLIMENT' || kind === 'COMMENT' || kind === 'SCHOOL') return;
  if (kind === 'CORRESPONDENCE_ENQUIRY' || kind === 'MP_CLLR_ENQUIRY') {
    c.responseSentDate = c.acknowledgementSentDate ? within(addWorkingDays(c.receivedDate, random.int(4, 12))) : null;
    return;
  }
  c.stage1Handler = kind === 'CODE' ? (random.chance(0.8) ? 'OFFICER' : 'INVESTIGATOR') : null;
  // The Code: acknowledge within 5 and respond within 10 of that; the Children Act: 10 working days of receipt.
  const timescale = kind === 'CODE' ? 15 : 10;
  if (kind === 'CODE' && random.chance(0.2)) {
    const workingDays = random.int(5, 10);
    const toldDate = addWorkingDays(c.receivedDate, random.int(8, 13));
    if (within(toldDate)) c.extension = { workingDays, reason: random.pick(EXTENSION_REASONS), toldDate };
  }
  const allowed = timescale + (c.extension?.workingDays ?? 0);
  const taken = random.chance(0.82) ? random.int(Math.max(3, allowed - 8), allowed) : random.int(allowed + 1, allowed + 8);
  c.responseSentDate = c.acknowledgementSentDate ? within(addWorkingDays(c.receivedDate, taken)) : null;
  if (c.responseSentDate && c.responseSentDate < c.acknowledgementSentDate!) c.responseSentDate = c.acknowledgementSentDate;
  if (!c.responseSentDate) return;
  c.outcome = random.weighted({ UPHELD: 25, PARTIALLY_UPHELD: 30, NOT_UPHELD: 45 } as const);
  if (kind === 'CODE') {
    const raised = random.int(1, 3);
    const points = random.shuffle(POINTS).slice(0, raised);
    c.points = points.map((point, i) => ({ point, addressed: !(i === raised - 1 && random.chance(0.1)) }));
  }
  if (c.outcome !== 'NOT_UPHELD') {
    for (const [type, description, owner] of random.shuffle(REMEDIES).slice(0, random.int(1, 2))) {
      const dueDate = addWorkingDays(c.responseSentDate, random.int(5, 30));
      const done = random.chance(0.7) ? addWorkingDays(c.responseSentDate, random.int(2, workingDaysBetween(c.responseSentDate, dueDate) + 3)) : null;
      c.remedies.push({
        stage: 'STAGE_1',
        type,
        description,
        owner,
        offeredDate: c.responseSentDate,
        dueDate,
        completedDate: within(done),
        evidence: within(done) ? `Done: ${description.toLowerCase()} (see the case file)` : null,
      });
    }
  }
  // Stage 2: asked for within 4 weeks of the response by a few who are not satisfied.
  if (c.outcome !== 'UPHELD' && random.chance(kind === 'CODE' ? 0.16 : 0.12)) {
    const requestedDate = within(addWorkingDays(c.responseSentDate, random.int(3, 20)));
    if (!requestedDate) return;
    const ack = within(addWorkingDays(requestedDate, random.int(1, 5)));
    const days = kind === 'CODE' ? random.int(12, 26) : random.int(15, 30);
    c.stage2 = {
      requestedDate,
      acknowledgementSentDate: ack,
      responseSentDate: ack ? within(addWorkingDays(requestedDate, days)) : null,
      outcome: 'ONGOING',
      extensionWorkingDays: kind === 'CODE' && days > 25 ? 6 : null,
      handler: c.stage1Handler === 'INVESTIGATOR' ? 'OFFICER' : 'INVESTIGATOR',
    };
    if (c.stage2.responseSentDate) c.stage2.outcome = random.weighted({ UPHELD: 20, PARTIALLY_UPHELD: 30, NOT_UPHELD: 50 } as const);
  }
}

/**
 * The 2026/27 demo records up to `loadDay` (and never after 31 October 2026).
 * The draws never depend on `loadDay`: loading on a later day adds steps, never changes one.
 */
export function generateYear2026(loadDay: string): Demo2026 {
  const cutOff = loadDay < YEAR_2026_27.to ? loadDay : YEAR_2026_27.to;
  const contacts: Demo2026Contact[] = [];
  const kinds = new Map<string, keyof typeof KINDS>();
  let n = 0;
  // Weeks starting on the Mondays from 30 March 2026; days before 1 April are skipped.
  for (let week = 0; week < 31; week++) {
    const monday = addWorkingDays('2026-03-27', week * 5 + 1);
    const random = seededRandom(`2026/27 week ${week}`);
    const count = random.int(3, 6);
    for (let i = 0; i < count; i++) {
      const day = dayInWeek(random, monday, YEAR_2026_27.to);
      const kind = random.weighted(KINDS);
      if (!day || day < YEAR_2026_27.from) continue;
      n += 1;
      const contact = code2026Contact(random, n, day, kind);
      steps(seededRandom(`2026/27 steps ${contact.reference}`), contact, kind, cutOff);
      if (day <= cutOff) {
        contacts.push(contact);
        kinds.set(contact.reference, kind);
      }
    }
  }
  contacts.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.reference.localeCompare(b.reference));

  const extras = seededRandom('2026/27 Code records');
  const code = contacts.filter((c) => kinds.get(c.reference) === 'CODE');
  // A few refusals (§2): out of time, legal proceedings, already considered, really a service request; one escalation refused (§5.7).
  const refusalReasons: Array<[RefusalReason, string]> = [
    ['OUT_OF_TIME', 'The decision complained of was made in January 2025, more than 12 months before; no reason given for the delay.'],
    ['LEGAL_PROCEEDINGS', 'The same matter is before the county court (claim reference on file).'],
    ['ALREADY_CONSIDERED', 'The same complaint was answered at Stage 2 in 2025 (see the earlier case).'],
    ['SERVICE_REQUEST', 'A first request to replace a lost bus pass: passed to the transport team as a service request.'],
  ];
  const unanswered = code.filter((c) => !c.stage2 && c.remedies.length === 0 && c.acknowledgementSentDate);
  refusalReasons.forEach(([reason, evidence], i) => {
    const c = unanswered[Math.min(unanswered.length - 1, 3 + i * 7)];
    if (!c || c.refusal) return;
    // The refusal letter is the reply: no investigation, no points, no remedies.
    c.refusal = { subject: 'COMPLAINT', reason, evidence, refusedDate: c.acknowledgementSentDate! };
    c.responseSentDate = c.acknowledgementSentDate;
    c.outcome = 'NOT_UPHELD';
    c.extension = null;
    c.points = [];
  });
  const answeredNoStage2 = code.filter((c) => c.responseSentDate && !c.stage2 && !c.refusal);
  const escalationRefused = answeredNoStage2[Math.floor(answeredNoStage2.length / 2)];
  if (escalationRefused) {
    const refusedDate = addWorkingDays(escalationRefused.responseSentDate!, 4);
    if (refusedDate <= cutOff) {
      escalationRefused.refusal = {
        subject: 'ESCALATION',
        reason: 'ALREADY_CONSIDERED',
        evidence: 'The request for Stage 2 raised nothing new; every point was answered at Stage 1.',
        refusedDate,
      };
    }
  }
  // Stage 2 remedies offered with the Stage 2 response.
  for (const c of code.filter((x) => x.stage2?.responseSentDate && x.stage2.outcome !== 'NOT_UPHELD')) {
    const sent = c.stage2!.responseSentDate!;
    const dueDate = addWorkingDays(sent, 10);
    const completedDate = addWorkingDays(sent, 6) <= cutOff ? addWorkingDays(sent, 6) : null;
    c.remedies.push({ stage: 'STAGE_2', type: 'APOLOGY', description: 'Apology from the director for how Stage 1 was handled', owner: 'Director', offeredDate: sent, dueDate, completedDate, evidence: completedDate ? 'Letter from the director on file' : null });
  }
  // Reasonable adjustments (§5.6), some due for review by the load day.
  contacts
    .filter((c) => c.recordType === 'CORPORATE_COMPLAINT' || c.recordType === 'STATUTORY_COMPLAINT')
    .filter((_, i) => i % 9 === 4)
    .forEach((c, i) => {
      c.adjustment = { adjustment: ADJUSTMENTS[i % ADJUSTMENTS.length], agreedDate: c.receivedDate, reviewDate: addWorkingDays(c.receivedDate, 40 + extras.int(0, 40)) };
    });
  // An override: an Early Help complaint about services to a child in need, handled under the Children Act.
  const earlyHelp = contacts.find((c) => c.serviceArea === 'EARLY_HELP' && c.recordType === 'CORPORATE_COMPLAINT' && !c.refusal && !c.stage2);
  if (earlyHelp) earlyHelp.override = { regime: 'CHILDREN_ACT', reason: 'About services to a child in need (Children Act 1989 s.17): the statutory procedure applies.' };

  // Service requests (§1.2): recorded and reviewed; a few became Stage 1 complaints (the converted complaint names its request).
  const serviceRequests: Demo2026ServiceRequest[] = [];
  const sr = seededRandom('2026/27 service requests');
  const converts = code.filter((c) => !c.refusal).filter((_, i) => i % 8 === 1);
  for (let week = 0; week < 30; week++) {
    const monday = addWorkingDays('2026-03-27', week * 5 + 1);
    for (let i = sr.int(0, 2); i > 0; i--) {
      const receivedDate = dayInWeek(sr, monday, cutOff);
      if (!receivedDate || receivedDate < YEAR_2026_27.from) continue;
      const reviewedDate = addWorkingDays(receivedDate, sr.int(3, 10));
      const resolved = sr.chance(0.7);
      serviceRequests.push({
        receivedDate,
        serviceArea: sr.weighted(CODE_AREAS),
        summary: sr.pick(['Replace a lost school bus pass', 'Send the holiday club invoice again', 'Fix the broken gate at the family centre', 'Reconsider the charge for a missed session', 'Book an interpreter for the review meeting']),
        reviewedDate: reviewedDate <= cutOff ? reviewedDate : null,
        reviewNote: reviewedDate <= cutOff ? (resolved ? 'Done; confirmed with the requester.' : 'Chased the team; waiting for a date.') : null,
        resolvedDate: resolved && reviewedDate <= cutOff ? reviewedDate : null,
        convertedTo: null,
      });
    }
  }
  for (const c of converts) {
    const receivedDate = previousWorkingDays(c.receivedDate, 8);
    serviceRequests.push({
      receivedDate,
      serviceArea: c.serviceArea,
      summary: `${c.summary} (first asked as a request for service)`,
      reviewedDate: previousWorkingDays(c.receivedDate, 3),
      reviewNote: 'Not put right; the requester is now dissatisfied.',
      resolvedDate: null,
      convertedTo: c.reference,
    });
  }
  serviceRequests.sort((a, b) => a.receivedDate.localeCompare(b.receivedDate) || a.summary.localeCompare(b.summary));
  return { contacts, serviceRequests: serviceRequests.filter((s) => s.receivedDate >= YEAR_2026_27.from) };
}

/** The working day `days` working days before `date`. */
function previousWorkingDays(date: string, days: number): string {
  let d = date;
  for (let left = days; left > 0; ) {
    const t = new Date(`${d}T00:00:00Z`);
    t.setUTCDate(t.getUTCDate() - 1);
    d = t.toISOString().slice(0, 10);
    if (isWorkingDay(d)) left--;
  }
  return d;
}
