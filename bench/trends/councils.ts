/**
 * ~150 councils' worth of reference data, added to the standard rows: each
 * council has its own divisions and service areas (codes prefixed by the
 * council's code, e.g. NW07_SOCIAL_CARE), modelled on the 2009/10 report's
 * directorate. Councils differ in size (log-normal, so a few large counties and
 * many small districts), growth and timeliness. Deterministic.
 */
import type { IssueCategoryCode } from '../../apps/api/src/reference/reference-data';
import type { Random } from '../../apps/api/src/demo-data/seeded-random';

export const REGIONS = [
  { code: 'NE', name: 'North East', councils: 12 },
  { code: 'NW', name: 'North West', councils: 23 },
  { code: 'YH', name: 'Yorkshire and the Humber', councils: 15 },
  { code: 'EM', name: 'East Midlands', councils: 10 },
  { code: 'WM', name: 'West Midlands', councils: 14 },
  { code: 'EE', name: 'East of England', councils: 11 },
  { code: 'LN', name: 'London', councils: 33 },
  { code: 'SE', name: 'South East', councils: 18 },
  { code: 'SW', name: 'South West', councils: 14 },
] as const;

type Size = 'large' | 'medium' | 'small';

const DIVISION_TEMPLATES = [
  { key: 'SOCIAL_CARE', name: 'Safeguarding Social Care', sizes: ['large', 'medium', 'small'] },
  { key: 'SCHOOL_STANDARDS', name: 'School Standards', sizes: ['large', 'medium', 'small'] },
  { key: 'INCLUSION', name: 'Safeguarding Inclusion', sizes: ['large', 'medium', 'small'] },
  { key: 'SCHOOLS', name: 'Schools', sizes: ['large', 'medium'] },
  { key: 'EARLY_HELP', name: 'Early Help and Prevention', sizes: ['large'] },
] as const;
type DivisionKey = (typeof DIVISION_TEMPLATES)[number]['key'];

/** Issue categories by how often each is a contact's primary issue there (table 5's pattern). */
type CategoryWeights = Partial<Record<IssueCategoryCode, number>>;
const SOCIAL_CARE_ISSUES: CategoryWeights = {
  STAFFING: 30, COMMUNICATION: 26, LACK_OF_SERVICE_PROVISION: 15, SAFEGUARDING: 12, BREACH_OF_CONFIDENTIALITY: 5,
  FINANCE: 4, ELIGIBILITY_CRITERIA: 3, POLICY: 3, ENVIRONMENT: 2,
};
const SCHOOL_ISSUES: CategoryWeights = { SCHOOL_RELATED: 45, COMMUNICATION: 20, POLICY: 12, STAFFING: 10, LACK_OF_SERVICE_PROVISION: 8, ELIGIBILITY_CRITERIA: 5 };
const SERVICE_ISSUES: CategoryWeights = { LACK_OF_SERVICE_PROVISION: 30, COMMUNICATION: 25, ELIGIBILITY_CRITERIA: 15, FINANCE: 10, STAFFING: 10, POLICY: 10 };
const ESTATE_ISSUES: CategoryWeights = { ENVIRONMENT: 50, COMMUNICATION: 20, POLICY: 15, FINANCE: 15 };

export type AreaKind = 'social' | 'school' | 'schoolOwn' | 'lgo' | 'other';

/** Service areas, as table 4 names them, plus two larger councils have; weight = share of contacts. */
const AREA_TEMPLATES = [
  { key: 'SOCIAL_CARE', name: 'Safeguarding: Social Care', division: 'SOCIAL_CARE', weight: 44, kind: 'social', issues: SOCIAL_CARE_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'INCLUSION', name: 'Safeguarding: Inclusion', division: 'INCLUSION', weight: 12, kind: 'school', issues: SCHOOL_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'SCHOOL_STANDARDS', name: 'School Standards', division: 'SCHOOL_STANDARDS', weight: 12, kind: 'school', issues: SCHOOL_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'YOUNG_PEOPLE_COMMUNITY', name: 'Young People and Community Support Services', division: 'INCLUSION', weight: 8, kind: 'other', issues: SERVICE_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'COMMISSIONING', name: 'Commissioning, Policy and Performance', division: 'SCHOOL_STANDARDS', weight: 3, kind: 'other', issues: SERVICE_ISSUES, sizes: ['large', 'medium'] },
  { key: 'ASSETS_INFRASTRUCTURE', name: 'Assets and Infrastructure', division: 'SCHOOL_STANDARDS', weight: 3, kind: 'other', issues: ESTATE_ISSUES, sizes: ['large', 'medium'] },
  { key: 'SCHOOLS_CORPORATE', name: 'Schools (under corporate procedure)', division: 'SCHOOL_STANDARDS', weight: 4, kind: 'school', issues: SCHOOL_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'SCHOOLS_OWN_PROCEDURE', name: "Schools (advised to follow school's procedure)", division: 'SCHOOLS', weight: 4, kind: 'schoolOwn', issues: SCHOOL_ISSUES, sizes: ['large', 'medium'] },
  { key: 'LGO', name: 'LGO complaints (not premature)', division: 'SCHOOL_STANDARDS', weight: 1, kind: 'lgo', issues: SOCIAL_CARE_ISSUES, sizes: ['large', 'medium', 'small'] },
  { key: 'EARLY_HELP', name: 'Early Help and Family Support', division: 'EARLY_HELP', weight: 6, kind: 'social', issues: SOCIAL_CARE_ISSUES, sizes: ['large'] },
  { key: 'SEND_TRANSPORT', name: 'SEND and Home-to-School Transport', division: 'INCLUSION', weight: 4, kind: 'school', issues: SCHOOL_ISSUES, sizes: ['large'] },
] as const;

export interface DivisionRow {
  code: string;
  name: string;
}

export interface ServiceAreaRow {
  code: string;
  name: string;
  divisionCode: string;
  /** Share of the council's contacts whose primary area this is. */
  weight: number;
  kind: AreaKind;
  issueCategories: CategoryWeights;
}

export interface Council {
  index: number;
  code: string;
  name: string;
  region: string;
  size: Size;
  /** Relative number of contacts in 2015/16. */
  weight: number;
  /** Yearly growth of its contacts, e.g. 0.04. */
  growth: number;
  /** Added to the national chance of responding in time (e.g. -0.15 for a struggling council). */
  timeliness: number;
  /** Multiplies the national record-type mix (some councils log far more enquiries). */
  recordTypeSkew: number[];
  divisions: DivisionRow[];
  serviceAreas: ServiceAreaRow[];
}

const NAME_START = ['Ash', 'Brad', 'Cal', 'Dun', 'Elm', 'Fair', 'Glen', 'Hart', 'Ives', 'Kings', 'Lang', 'Mar', 'Nor', 'Oak', 'Pen', 'Rother', 'Sand', 'Thorn', 'Up', 'Wey', 'Whit', 'Wor', 'Stan', 'Brom'];
const NAME_END = ['ford', 'ley', 'bury', 'ton', 'field', 'wick', 'mouth', 'by', 'ham', 'stead', 'well', 'bridge', 'combe', 'dale'];
const KINDS: Record<Size, string[]> = {
  large: ['County Council', 'City Council'],
  medium: ['Metropolitan Borough Council', 'Borough Council', 'Council'],
  small: ['Borough Council', 'District Council', 'Council'],
};

/** A standard normal draw (Box-Muller). */
export function normal(random: Random): number {
  return Math.sqrt(-2 * Math.log(1 - random.next())) * Math.cos(2 * Math.PI * random.next());
}

export function generateCouncils(random: Random, recordTypeCount: number): Council[] {
  const names = new Set<string>();
  const drafts = REGIONS.flatMap((region) =>
    Array.from({ length: region.councils }, (_, i) => {
      let name: string;
      do name = random.pick(NAME_START) + random.pick(NAME_END);
      while (names.has(name));
      names.add(name);
      return { region: region.code, code: `${region.code}${String(i + 1).padStart(2, '0')}`, place: name, weight: Math.exp(0.85 * normal(random)) };
    }),
  );
  // The largest fifth are counties/cities with every division, the smallest third districts with three.
  const bySize = [...drafts].sort((a, b) => b.weight - a.weight);
  const sizeOf = new Map(bySize.map((d, rank) => [d.code, (rank < drafts.length / 5 ? 'large' : rank < (drafts.length * 2) / 3 ? 'medium' : 'small') as Size]));
  return drafts.map((d, index) => {
    const size = sizeOf.get(d.code)!;
    const divisions = DIVISION_TEMPLATES.filter((t) => (t.sizes as readonly Size[]).includes(size));
    const divisionCode = (key: DivisionKey) => `${d.code}_${key}`;
    return {
      index,
      code: d.code,
      name: `${d.place} ${random.pick(KINDS[size])}`,
      region: d.region,
      size,
      weight: d.weight,
      growth: 0.01 + 0.05 * random.next(),
      timeliness: 0.12 * normal(random),
      recordTypeSkew: Array.from({ length: recordTypeCount }, () => Math.exp(0.3 * normal(random))),
      divisions: divisions.map((t) => ({ code: divisionCode(t.key), name: `${t.name} (${d.place})` })),
      serviceAreas: AREA_TEMPLATES.filter((t) => (t.sizes as readonly Size[]).includes(size)).map((t) => ({
        code: `${d.code}_${t.key}`,
        name: `${t.name} (${d.place})`,
        divisionCode: divisionCode(t.division),
        weight: t.weight * Math.exp(0.25 * normal(random)),
        kind: t.kind,
        issueCategories: t.issues,
      })),
    };
  });
}
