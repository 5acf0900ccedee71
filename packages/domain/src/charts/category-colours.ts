/**
 * One colour per category everywhere: the web's charts, server-rendered
 * SVG/PNG images and embeds all take a category's colour from here, so
 * "Statutory complaint" is the same blue in every chart and every export.
 *
 * The palette keeps the web's ten series colours in their order (charts that
 * colour by position look as before) and adds two. Every colour has at least
 * 4.5:1 contrast with white — more than the 3:1 WCAG 2.2 asks of graphical
 * objects (1.4.11) — so thin lines and small bars stay visible. Colour is
 * never the only way to read a chart: every chart has a text summary and a table.
 */
export { contrastRatio, mixColours, readableTextOn, relativeLuminance, TEXT_DARK, TEXT_LIGHT } from './contrast';

export const CATEGORY_PALETTE = [
  '#1d70b8', // 0 blue
  '#b55000', // 1 orange
  '#00703c', // 2 green
  '#912b88', // 3 purple
  '#0b0c0c', // 4 black (totals)
  '#8a6d00', // 5 olive
  '#a6185f', // 6 crimson
  '#0f7a8a', // 7 teal (bluer than the green, so the two are told apart)
  '#4c2c92', // 8 indigo
  '#505a5f', // 9 grey (not recorded, other)
  '#d4351c', // 10 red
  '#7a4a1f', // 11 brown
] as const;

/** The ends of a heatmap's scale: pale blue for the smallest value, dark blue for the largest. */
export const SEQUENTIAL_LOW = '#e8f1f8';
export const SEQUENTIAL_HIGH = '#0b3d6b';

/**
 * Fixed palette positions for the codes every council has. The fixed
 * vocabularies come from reference/vocabularies.ts and reference/record-types.ts;
 * channels and divisions are the codes the API seeds (an admin may add more:
 * those take the colours left over, by position). Related codes share a hue
 * across dimensions: the Ombudsman is purple as a record type, a stage and a
 * channel; each record-type group takes the colour of its main type.
 */
const KNOWN: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  RECORD_TYPE: {
    STATUTORY_COMPLAINT: 0,
    CORPORATE_COMPLAINT: 1,
    SCHOOL_COMPLAINT: 2,
    LGO_COMPLAINT: 3,
    CORRESPONDENCE_ENQUIRY: 5,
    COMPLIMENT: 6,
    MP_CLLR_ENQUIRY: 7,
    REPRESENTATION: 8,
    REFERRAL: 9,
    COMMENT: 11,
  },
  RECORD_TYPE_GROUP: { FORMAL_COMPLAINT: 0, ENQUIRY: 5, COMPLIMENT: 6, REPRESENTATION_OR_COMMENT: 8, REFERRAL: 9 },
  OUTCOME: { NOT_UPHELD: 0, PARTIALLY_UPHELD: 1, WITHDRAWN: 3, ONGOING: 7, NOT_RECORDED: 9, UPHELD: 10 },
  STAGE: { STAGE_1: 0, STAGE_2: 1, STAGE_3: 2, OMBUDSMAN: 3 },
  COMPLAINANT_TYPE: {
    PARENT_OR_CARER: 0,
    CHILD_OR_YOUNG_PERSON: 1,
    RELATIVE: 2,
    ADVOCATE: 3,
    MEMBER_OF_PUBLIC: 5,
    MP_OR_COUNCILLOR: 7,
    PROFESSIONAL: 8,
  },
  CHANNEL: { COMPLAINT_FORM: 0, EMAIL: 1, IN_PERSON: 2, OMBUDSMAN: 3, LETTER: 5, TELEPHONE: 7, WEB_APPLICATION: 8 },
  DIVISION: { SAFEGUARDING_SOCIAL_CARE: 0, SCHOOL_STANDARDS: 1, SAFEGUARDING_INCLUSION: 2, SCHOOLS: 3 },
  LEARNING_ACTION_STATUS: { ONGOING: 0, OPEN: 1, COMPLETED: 2 },
  INFORMATION_REQUEST_KIND: { ACCESS_TO_RECORDS: 0, FREEDOM_OF_INFORMATION: 1 },
};

/** Codes that mean the same in any dimension. */
const ANY_DIMENSION: Readonly<Record<string, number>> = { TOTAL: 4, ALL: 4, OTHER: 9, UNKNOWN: 9, NOT_RECORDED: 9 };

/** Dimensions that count a contact under each value use the same codes as their single-valued twin. */
const SAME_CODES_AS: Readonly<Record<string, string>> = { ALL_SERVICE_AREAS: 'SERVICE_AREA', ALL_ISSUES: 'ISSUE' };

function knownPosition(dimension: string, code: string): number | undefined {
  const table = KNOWN[SAME_CODES_AS[dimension] ?? dimension];
  const own = table && Object.prototype.hasOwnProperty.call(table, code) ? table[code] : undefined;
  return own ?? (Object.prototype.hasOwnProperty.call(ANY_DIMENSION, code) ? ANY_DIMENSION[code] : undefined);
}

function atPosition(position: number): string {
  const n = CATEGORY_PALETTE.length;
  const whole = Number.isFinite(position) ? Math.trunc(position) : 0;
  return CATEGORY_PALETTE[((whole % n) + n) % n]!;
}

/**
 * The colour of one category: fixed for the codes above, otherwise the
 * palette colour at `index` (the category's position in the chart). To give
 * a whole chart distinct colours, known and unknown codes mixed, use categoryColours.
 */
export function categoryColour(dimension: string, code: string, index: number): string {
  return atPosition(knownPosition(dimension, code) ?? index);
}

/**
 * Colours for every category of one chart, in order: known codes keep their
 * fixed colour; the others take, in order, the palette colours no known code
 * of this chart uses (so no two categories share a colour while the palette lasts).
 */
export function categoryColours(dimension: string, codes: readonly string[]): string[] {
  const fixed = codes.map((code) => knownPosition(dimension, code));
  const used = new Set(fixed.filter((position): position is number => position !== undefined));
  const free = CATEGORY_PALETTE.map((_, position) => position).filter((position) => !used.has(position));
  let next = 0;
  return fixed.map((position, index) => {
    if (position !== undefined) return atPosition(position);
    const colour = free.length > 0 && next < free.length ? atPosition(free[next]!) : atPosition(index);
    next += 1;
    return colour;
  });
}
