import { isInForceOn } from '@complaints/domain';
import { ISSUE_CATEGORIES, SERVICE_AREAS } from '../reference/reference-data';
import { generateDemoDataset } from './generate-demo-dataset';
import { MAPPINGS, NEW_ISSUES, NEW_SERVICE_AREAS, RESTRUCTURE_DATE, restructureEdges } from './restructure-2010-11';

const dataset = generateDemoDataset();
const later = dataset.contacts.filter((c) => c.receivedDate >= RESTRUCTURE_DATE);
// Codes a contact names (the SCHOOL_STANDARDS division retires; the service area of that code does not).
const retired = new Set(MAPPINGS.filter((m) => m.taxonomy === 'SERVICE_AREA' || m.taxonomy === 'ISSUE').map((m) => m.fromCode));

describe('the demo 2010/11 restructure', () => {
  it('keeps the codes the README, the import template and the API examples use', () => {
    for (const code of ['SOCIAL_CARE', 'INCLUSION', 'SCHOOL_STANDARDS', 'COMMUNICATION_DELAY', 'COMMUNICATION_LACK_OF', 'SCHOOL_TRANSPORT', 'POLICY_DISAGREEMENT']) {
      expect(retired.has(code)).toBe(false);
    }
  });

  it('maps only standard codes onto standard or new ones', () => {
    const known = new Set<string>([
      ...SERVICE_AREAS.map((a) => a.code),
      ...ISSUE_CATEGORIES.flatMap((c) => [c.code, ...c.issues.map((i) => i.code)]),
      ...NEW_SERVICE_AREAS.map((a) => a.code),
      ...NEW_ISSUES.map((i) => i.code),
      'SAFEGUARDING_INCLUSION',
      'SCHOOL_STANDARDS',
      'LEARNING_INCLUSION',
      'RESOURCES',
    ]);
    for (const m of MAPPINGS) for (const code of [m.fromCode, ...m.toCodes]) expect(known.has(code)).toBe(true);
    expect(restructureEdges('SERVICE_AREA').filter((e) => e.kind === 'SPLIT')).toHaveLength(2);
  });

  it('records 2010/11 and 2011/12 contacts under the new list only, both successors of each split in use', () => {
    expect(later.length).toBeGreaterThan(600);
    for (const c of later) {
      for (const code of [...c.serviceAreas, ...c.issues]) expect(retired.has(code)).toBe(false);
    }
    const areas = new Set(later.flatMap((c) => c.serviceAreas));
    const issues = new Set(later.flatMap((c) => c.issues));
    for (const code of ['EARLY_HELP', 'YOUTH_SERVICES', 'STRATEGY_COMMISSIONING']) expect(areas.has(code as never)).toBe(true);
    for (const code of ['ASSESSMENT_QUALITY', 'ASSESSMENT_TIMELINESS', 'COMMUNICATION_POOR']) expect(issues.has(code as never)).toBe(true);
    expect(isInForceOn({ effectiveFrom: RESTRUCTURE_DATE }, later[0]!.receivedDate)).toBe(true);
  });

  it('leaves the 2008/09 and 2009/10 contacts as recorded', () => {
    const earlier = dataset.contacts.filter((c) => c.receivedDate < RESTRUCTURE_DATE);
    expect(earlier.some((c) => c.serviceAreas.includes('YOUNG_PEOPLE_COMMUNITY'))).toBe(true);
  });
});
