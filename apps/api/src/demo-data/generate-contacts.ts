/**
 * Turns one year's plan into contacts: months and channels by record type,
 * issues, outcomes and sent dates by contact group, then the year-wide extras
 * (second issues and service areas, complainants, escalations, feedback).
 */
import { contactDeadlines } from '../timescales';
import { RECORD_TYPES, type ChannelCode, type IssueCode, type RecordTypeCode } from '../reference/reference-data';
import { acknowledgementSentDate, assertNotAfterCutoff, receivedDateIn, responseSentDate, type SentStatus } from './contact-dates';
import { assignComplainants } from './complainants';
import { addFeedback, addStage2Escalations, markPrematureReferrals } from './complaint-follow-up';
import { addExtraServiceAreas, addOtherSecondIssues, assignPrimaryIssues, topUpIssueMentions } from './contact-issues';
import { assertCount, expandCounts, totalOf } from './counts';
import { financialYearLabel, monthsOfFinancialYear } from './financial-years';
import type { DemoContact } from './demo-dataset.types';
import { seededRandom, type Random } from './seeded-random';
import type { ContactGroupPlan, SentCounts, YearPlan } from './year-plan.types';

const FORMAL_COMPLAINT_TYPES = new Set<RecordTypeCode>(
  RECORD_TYPES.filter((type) => type.group === 'FORMAL_COMPLAINT').map((type) => type.code),
);

export function isFormalComplaint(recordType: RecordTypeCode): boolean {
  return FORMAL_COMPLAINT_TYPES.has(recordType);
}

/** How far past the due date a late response goes, by record type (representations are a day or two). */
const MAX_LATE_RESPONSE_WORKING_DAYS: Partial<Record<RecordTypeCode, number>> = { REPRESENTATION: 3, MP_CLLR_ENQUIRY: 15 };
const DEFAULT_MAX_LATE_RESPONSE_WORKING_DAYS = 25;

interface GroupOfContacts {
  group: ContactGroupPlan;
  contacts: DemoContact[];
}

function checkGroup(group: ContactGroupPlan): void {
  const name = `${group.recordType} / ${group.serviceArea}`;
  assertCount(`${name} issue categories`, totalOf(group.issueCategories), group.count);
  assertCount(`${name} acknowledgements`, totalOf(group.acknowledgement), group.count);
  assertCount(`${name} responses`, totalOf(group.response), group.count);
  if (isFormalComplaint(group.recordType)) assertCount(`${name} outcomes`, totalOf(group.outcomes ?? {}), group.count);
  else if (group.outcomes) throw new Error(`${name}: only formal complaints have outcomes`);
}

function newContact(group: ContactGroupPlan): DemoContact {
  const formal = isFormalComplaint(group.recordType);
  return {
    reference: '',
    recordType: group.recordType,
    channel: 'LETTER',
    receivedDate: '',
    serviceAreas: [group.serviceArea],
    issues: [],
    complainantType: 'PARENT_OR_CARER',
    stage: formal ? (group.recordType === 'LGO_COMPLAINT' ? 'OMBUDSMAN' : 'STAGE_1') : null,
    outcome: 'NOT_RECORDED',
    acknowledgementSentDate: null,
    responseSentDate: null,
    extended: false,
    prematureOmbudsmanReferral: false,
    escalations: [],
    feedback: null,
  };
}

/** Table 3 and table 2: each record type's months and channels, dealt out across its groups. */
function assignMonthsAndChannels(contacts: DemoContact[], plan: YearPlan, random: Random): void {
  const months = monthsOfFinancialYear(plan.startYear);
  for (const { code } of RECORD_TYPES) {
    const ofType = contacts.filter((c) => c.recordType === code);
    const monthly = plan.monthlyByRecordType[code] ?? [];
    const monthSlots = random.shuffle(monthly.flatMap((count, i) => Array<string>(count).fill(months[i])));
    const channels = random.shuffle(expandCounts<ChannelCode>(plan.channelsByRecordType[code] ?? {}));
    assertCount(`${code} contacts in the monthly table`, monthSlots.length, ofType.length);
    assertCount(`${code} contacts in the channel table`, channels.length, ofType.length);
    ofType.forEach((contact, i) => {
      contact.channel = channels[i];
      contact.receivedDate = receivedDateIn(monthSlots[i], contact.channel, random);
    });
  }
}

/**
 * 6.2 within one group. Ongoing complaints are among the most recently
 * received; responses are missing for the ongoing first, then withdrawn, then
 * unrecorded complaints (or any contact, for groups without outcomes).
 */
function assignOutcomes(contacts: DemoContact[], group: ContactGroupPlan, random: Random): Set<DemoContact> {
  const outcomes = expandCounts(group.outcomes ?? {});
  const ongoing = outcomes.filter((o) => o === 'ONGOING').length;
  const byDate = [...contacts].sort((a, b) => a.receivedDate.localeCompare(b.receivedDate));
  const recent = byDate.slice(-Math.max(ongoing * 2, Math.ceil(contacts.length / 4)));
  const ongoingContacts = random.shuffle(recent).slice(0, ongoing);
  const others = random.shuffle(contacts.filter((c) => !ongoingContacts.includes(c)));
  const otherOutcomes = random.shuffle(outcomes.filter((o) => o !== 'ONGOING'));
  ongoingContacts.forEach((c) => (c.outcome = 'ONGOING'));
  others.forEach((c, i) => (c.outcome = otherOutcomes[i] ?? 'NOT_RECORDED'));

  const missingOrder = ['ONGOING', 'WITHDRAWN', 'NOT_RECORDED'];
  const rank = (c: DemoContact) => (group.outcomes ? missingOrder.indexOf(c.outcome) : 0);
  const withoutResponse = [...ongoingContacts, ...others]
    .filter((c) => rank(c) >= 0)
    .sort((a, b) => rank(a) - rank(b))
    .slice(0, group.response.missing);
  if (withoutResponse.length !== group.response.missing || ongoing > group.response.missing) {
    throw new Error(`${group.recordType} / ${group.serviceArea}: ${group.response.missing} missing responses do not fit the outcomes`);
  }
  return new Set(withoutResponse);
}

function statuses(counts: SentCounts, random: Random): SentStatus[] {
  return random.shuffle([
    ...Array<SentStatus>(counts.onTime).fill('onTime'),
    ...Array<SentStatus>(counts.late).fill('late'),
  ]);
}

/**
 * Table 7 within one group: which contacts were acknowledged and answered, on
 * time or late, and the dates that make them so. An unacknowledged contact is
 * one the team heard of only when its response went out (5.1), so it has a
 * response whenever the group has enough of them.
 */
function assignSentDates(contacts: DemoContact[], group: ContactGroupPlan, withoutResponse: Set<DemoContact>, random: Random): void {
  for (const c of random.shuffle(contacts).slice(0, group.extended ?? 0)) c.extended = true;

  const answered = random.shuffle(contacts.filter((c) => !withoutResponse.has(c)));
  const unanswered = random.shuffle([...withoutResponse]);
  const responseStatus = new Map<DemoContact, SentStatus>(unanswered.map((c) => [c, 'missing']));
  statuses(group.response, random).forEach((status, i) => responseStatus.set(answered[i], status));

  const ackMissingFirst = [...answered, ...unanswered];
  const ackStatus = new Map<DemoContact, SentStatus>();
  ackMissingFirst.slice(0, group.acknowledgement.missing).forEach((c) => ackStatus.set(c, 'missing'));
  const acknowledged = random.shuffle(ackMissingFirst.slice(group.acknowledgement.missing));
  statuses(group.acknowledgement, random).forEach((status, i) => ackStatus.set(acknowledged[i], status));

  const maxLate = MAX_LATE_RESPONSE_WORKING_DAYS[group.recordType] ?? DEFAULT_MAX_LATE_RESPONSE_WORKING_DAYS;
  for (const c of contacts) {
    const due = contactDeadlines({ recordType: c.recordType, stage: c.stage, receivedDate: c.receivedDate, extended: c.extended });
    c.acknowledgementSentDate = acknowledgementSentDate(c.receivedDate, due.acknowledgementDueDate, ackStatus.get(c)!, random);
    c.responseSentDate = responseSentDate(
      c.receivedDate,
      c.acknowledgementSentDate,
      due.responseDueDate,
      responseStatus.get(c)!,
      maxLate,
      random,
    );
    assertNotAfterCutoff(`${c.recordType} response`, c.responseSentDate);
  }
}

/** Table 5: each group's categories, then the primary issue within each. */
function assignIssues(groups: GroupOfContacts[], plan: YearPlan, counted: ReadonlySet<IssueCode>, random: Random): void {
  const withCategory = groups.flatMap(({ group, contacts }) => {
    const categories = random.shuffle(expandCounts(group.issueCategories));
    return contacts.map((contact, i) => ({ contact, category: categories[i], formal: isFormalComplaint(group.recordType) }));
  });
  assignPrimaryIssues(withCategory, plan.formalPrimaryIssues, counted, random);
}

export function generateContacts(plan: YearPlan): DemoContact[] {
  const year = financialYearLabel(plan.startYear);
  const random = (part: string) => seededRandom(`${year} ${part}`);
  plan.contactGroups.forEach(checkGroup);

  const groups: GroupOfContacts[] = plan.contactGroups.map((group) => ({
    group,
    contacts: Array.from({ length: group.count }, () => newContact(group)),
  }));
  const contacts = groups.flatMap((g) => g.contacts);
  const formal = contacts.filter((c) => isFormalComplaint(c.recordType));
  const counted = new Set(Object.keys(plan.formalIssueMentions) as IssueCode[]);

  assignMonthsAndChannels(contacts, plan, random('months and channels'));
  assignIssues(groups, plan, counted, random('issues'));
  const sentDates = random('outcomes and sent dates');
  for (const { group, contacts: ofGroup } of groups) {
    assignSentDates(ofGroup, group, assignOutcomes(ofGroup, group, sentDates), sentDates);
  }
  topUpIssueMentions(formal, plan.formalIssueMentions, random('issue mentions'));
  addOtherSecondIssues(formal, plan.otherSecondIssues, counted, random('second issues'));
  addExtraServiceAreas(formal, plan.extraServiceAreas, random('service areas'));
  assignComplainants(contacts, plan.complaintsByChildren, random('complainants'));
  markPrematureReferrals(contacts, plan.prematureOmbudsmanReferrals, random('premature referrals'));
  addStage2Escalations(contacts, plan, random('escalations'));
  addFeedback(contacts, plan.feedback, random('feedback'));

  return numberInDateOrder(contacts, plan.startYear);
}

/** CS/2009/0001 onwards, in order of receipt. */
function numberInDateOrder(contacts: DemoContact[], startYear: number): DemoContact[] {
  const sorted = contacts
    .map((contact, index) => ({ contact, index }))
    .sort((a, b) => a.contact.receivedDate.localeCompare(b.contact.receivedDate) || a.index - b.index)
    .map(({ contact }) => contact);
  sorted.forEach((contact, i) => (contact.reference = `CS/${startYear}/${String(i + 1).padStart(4, '0')}`));
  return sorted;
}
