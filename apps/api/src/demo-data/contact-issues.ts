/**
 * Issues and service areas: the primary issue inside each contact's table 5
 * category, second issues on formal complaints (Appendix 1's counts), and the
 * further service areas formal complaints name (table 4's 258).
 */
import {
  ISSUE_CATEGORIES,
  type IssueCategoryCode,
  type IssueCode,
  type ServiceAreaCode,
} from '../reference/reference-data';
import type { DemoContact } from './demo-dataset.types';
import type { Random } from './seeded-random';
import type { Counts } from './year-plan.types';
import { expandCounts } from './counts';

const CATEGORY_OF_ISSUE = new Map<IssueCode, IssueCategoryCode>(
  ISSUE_CATEGORIES.flatMap((category) => category.issues.map((issue) => [issue.code, category.code] as const)),
);

export function categoryOfIssue(issue: IssueCode): IssueCategoryCode {
  const category = CATEGORY_OF_ISSUE.get(issue);
  if (!category) throw new Error(`Unknown issue ${issue}`);
  return category;
}

function issuesOfCategory(category: IssueCategoryCode): IssueCode[] {
  return ISSUE_CATEGORIES.find((c) => c.code === category)!.issues.map((issue) => issue.code);
}

/** Where a category's issues depend on the service area (schools issues above all). */
function plausibleIssues(category: IssueCategoryCode, serviceArea: ServiceAreaCode): IssueCode[] {
  if (category === 'SCHOOL_RELATED') {
    if (serviceArea === 'INCLUSION') return ['SCHOOL_SPECIAL_NEEDS'];
    if (serviceArea === 'SCHOOL_STANDARDS') return ['SCHOOL_ADMISSIONS', 'SCHOOL_TRANSPORT'];
    // 6.5: the Ombudsman's four were about admissions and special needs statements.
    if (serviceArea === 'LGO') return ['SCHOOL_ADMISSIONS', 'SCHOOL_SPECIAL_NEEDS'];
  }
  if (category === 'ENVIRONMENT') return ['ENVIRONMENT_BUILDINGS', 'ENVIRONMENT_BUILDINGS', 'ENVIRONMENT_ACCESS'];
  return issuesOfCategory(category);
}

/**
 * Gives each contact (all of one year, categories already chosen in
 * `categories`) its primary issue. Formal complaints first take the plan's
 * quotas (e.g. 30 'Communication: lack of'); every other issue is dealt out
 * in turn from the category's plausible issues, leaving out the issues whose
 * formal-complaint mentions are counted, so those counts stay exact.
 */
export function assignPrimaryIssues(
  contacts: { contact: DemoContact; category: IssueCategoryCode; formal: boolean }[],
  formalPrimaryIssues: Counts<IssueCode>,
  countedIssues: ReadonlySet<IssueCode>,
  random: Random,
): void {
  const quotas = expandCounts(formalPrimaryIssues);
  for (const { contact, category, formal } of random.shuffle(contacts)) {
    const quota = formal ? quotas.findIndex((issue) => categoryOfIssue(issue) === category) : -1;
    if (quota >= 0) {
      contact.issues = [quotas[quota]];
      quotas.splice(quota, 1);
      continue;
    }
    const choices = plausibleIssues(category, contact.serviceAreas[0]).filter((issue) => !formal || !countedIssues.has(issue));
    if (choices.length === 0) throw new Error(`No primary issue left in ${category} for a formal complaint`);
    contact.issues = [random.pick(choices)];
  }
  if (quotas.length > 0) throw new Error(`Formal primary issue quotas not filled: ${quotas.join(', ')}`);
}

/** Appendix 1 is about social care, so its issues go first to social care statutory complaints. */
function byAppendixPreference(complaints: DemoContact[]): DemoContact[] {
  const socialCare = complaints.filter((c) => c.recordType === 'STATUTORY_COMPLAINT' && c.serviceAreas[0] === 'SOCIAL_CARE');
  return [...socialCare, ...complaints.filter((c) => !socialCare.includes(c))];
}

/** Adds each counted issue as a second issue until `mentions[issue]` formal complaints name it. */
export function topUpIssueMentions(formalComplaints: DemoContact[], mentions: Counts<IssueCode>, random: Random): void {
  for (const [issue, target] of Object.entries(mentions) as [IssueCode, number][]) {
    const naming = formalComplaints.filter((c) => c.issues.includes(issue)).length;
    if (naming > target) throw new Error(`${naming} formal complaints already name ${issue}, more than ${target}`);
    const candidates = byAppendixPreference(random.shuffle(formalComplaints.filter((c) => !c.issues.includes(issue))));
    for (const complaint of candidates.slice(0, target - naming)) complaint.issues.push(issue);
  }
}

const SECOND_ISSUES: Partial<Record<ServiceAreaCode, IssueCode[]>> = {
  SOCIAL_CARE: [
    'SERVICE_DELAYED',
    'STAFF_DECISIONS',
    'STAFF_CHANGES',
    'SAFEGUARDING_ASSESSMENT',
    'SAFEGUARDING_CHILD_PROTECTION',
    'COMMUNICATION_DELAY',
    'FINANCE_PAYMENTS',
    'RESPITE_DISABLED_CHILDREN',
  ],
  INCLUSION: ['SCHOOL_SPECIAL_NEEDS', 'SERVICE_DELAYED', 'COMMUNICATION_DELAY'],
  SCHOOL_STANDARDS: ['SCHOOL_ADMISSIONS', 'SCHOOL_TRANSPORT', 'POLICY_DISAGREEMENT', 'COMMUNICATION_DELAY'],
};
const DEFAULT_SECOND_ISSUES: IssueCode[] = ['COMMUNICATION_DELAY', 'SERVICE_DELAYED'];

/** `count` further second issues on statutory complaints, none of them a counted issue. */
export function addOtherSecondIssues(
  formalComplaints: DemoContact[],
  count: number,
  countedIssues: ReadonlySet<IssueCode>,
  random: Random,
): void {
  const statutory = random.shuffle(formalComplaints.filter((c) => c.recordType === 'STATUTORY_COMPLAINT'));
  let added = 0;
  for (const complaint of statutory) {
    if (added === count) return;
    const pool = (SECOND_ISSUES[complaint.serviceAreas[0]] ?? DEFAULT_SECOND_ISSUES).filter(
      (issue) => !countedIssues.has(issue) && !complaint.issues.includes(issue),
    );
    if (pool.length === 0) continue;
    complaint.issues.push(random.pick(pool));
    added++;
  }
  if (added < count) throw new Error(`Only ${added} of ${count} second issues could be added`);
}

/** Service areas a complaint about the primary area plausibly also names. */
const RELATED_SERVICE_AREAS: Record<ServiceAreaCode, ServiceAreaCode[]> = {
  SOCIAL_CARE: ['INCLUSION', 'SCHOOL_STANDARDS', 'YOUNG_PEOPLE_COMMUNITY', 'COMMISSIONING'],
  INCLUSION: ['SOCIAL_CARE', 'SCHOOL_STANDARDS'],
  SCHOOL_STANDARDS: ['INCLUSION', 'ASSETS_INFRASTRUCTURE', 'SOCIAL_CARE'],
  YOUNG_PEOPLE_COMMUNITY: ['SOCIAL_CARE', 'INCLUSION'],
  COMMISSIONING: ['SOCIAL_CARE'],
  ASSETS_INFRASTRUCTURE: ['SCHOOL_STANDARDS'],
  SCHOOLS_CORPORATE: ['SCHOOL_STANDARDS', 'INCLUSION'],
  SCHOOLS_OWN_PROCEDURE: ['SCHOOL_STANDARDS'],
  LGO: ['SCHOOL_STANDARDS', 'INCLUSION'],
};

/**
 * 3.10: many complainants complain about more than one service area. LGO
 * complaints name the area they were about (admissions: School Standards;
 * special needs: Inclusion); the rest go one at a time to shuffled complaints
 * until `count` extra areas are named.
 */
export function addExtraServiceAreas(formalComplaints: DemoContact[], count: number, random: Random): void {
  let added = 0;
  for (const complaint of formalComplaints.filter((c) => c.recordType === 'LGO_COMPLAINT')) {
    if (added === count) break;
    complaint.serviceAreas.push(complaint.issues[0] === 'SCHOOL_SPECIAL_NEEDS' ? 'INCLUSION' : 'SCHOOL_STANDARDS');
    added++;
  }
  const others = random.shuffle(formalComplaints.filter((c) => c.recordType !== 'LGO_COMPLAINT'));
  for (let round = 0; round < 3 && added < count; round++) {
    for (const complaint of others) {
      if (added === count) break;
      const pool = RELATED_SERVICE_AREAS[complaint.serviceAreas[0]].filter((area) => !complaint.serviceAreas.includes(area));
      if (pool.length === 0) continue;
      complaint.serviceAreas.push(random.pick(pool));
      added++;
    }
  }
  if (added < count) throw new Error(`Only ${added} of ${count} extra service areas could be named`);
}
