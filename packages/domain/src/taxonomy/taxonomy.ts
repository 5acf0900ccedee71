/**
 * Reclassification (2009/10 report, 12.1 and 12.4): divisions, service areas,
 * issue categories and issues have versions (in force from `effectiveFrom`, up
 * to the day before `retiredFrom`), and a retired code may be mapped onto the
 * code(s) that replaced it. Records keep the code they were recorded with; a
 * trend or report asked for in the CURRENT taxonomy follows the mappings, chain
 * by chain, to the code in force on a date.
 *
 * A split (one old code, several new ones) cannot divide old records among its
 * successors without re-reading each case, so one successor is designated to
 * take them all and the rule says so in words; reports list each split applied.
 */
import type { IsoDate } from '../dates/iso-date';

export const TAXONOMY_KINDS = ['DIVISION', 'SERVICE_AREA', 'ISSUE_CATEGORY', 'ISSUE'] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

export const TAXONOMY_MAPPING_KINDS = {
  ONE_TO_ONE: 'One to one: the old code is replaced by one new code, which replaces nothing else',
  MANY_TO_ONE: 'Many to one: several old codes are merged into one',
  SPLIT: 'Split: one old code becomes several; one designated successor takes the old records, by the stated rule',
} as const;
export type TaxonomyMappingKind = keyof typeof TAXONOMY_MAPPING_KINDS;

/** How records are read: as recorded (the codes of their day) or mapped to the taxonomy in force at the end of the period. */
export const TAXONOMY_MODES = {
  AS_RECORDED: 'As recorded: each record under the code it was recorded with',
  CURRENT: 'Current: each record mapped to the taxonomy in force at the end of the period',
} as const;
export type TaxonomyMode = keyof typeof TAXONOMY_MODES;

/** One edge of a mapping: old code → new code, from a date. A split has one edge per successor. */
export interface TaxonomyMappingEdge {
  fromCode: string;
  toCode: string;
  /** The first day the new code replaces the old (normally the old code's retiredFrom). */
  effectiveFrom: IsoDate;
  kind: TaxonomyMappingKind;
  /** Splits: the successor that takes the old records (exactly one per split). */
  designated: boolean;
  /** Splits: the rule used, in words. */
  rule: string | null;
}

/** A version's dates: in force from effectiveFrom (null: always) until the day before retiredFrom (null: still). */
export interface Versioned {
  effectiveFrom?: IsoDate | null;
  retiredFrom?: IsoDate | null;
}

export function isInForceOn(value: Versioned, date: IsoDate): boolean {
  return (!value.effectiveFrom || value.effectiveFrom <= date) && (!value.retiredFrom || date < value.retiredFrom);
}

/** A split applied on the way from a code to its current one. */
export interface AppliedSplit {
  fromCode: string;
  toCode: string;
  /** Every successor of the split, the designated one included. */
  successors: string[];
  rule: string;
}

export interface ResolvedCode {
  code: string;
  /** The codes passed through, the first included; a single element when nothing was mapped. */
  path: string[];
  splits: AppliedSplit[];
}

/** The edges leaving `code` that are effective on `date` (the latest effectiveFrom, should several have been made). */
function edgesFrom(edges: readonly TaxonomyMappingEdge[], code: string, date: IsoDate): TaxonomyMappingEdge[] {
  const leaving = edges.filter((e) => e.fromCode === code && e.effectiveFrom <= date);
  if (!leaving.length) return [];
  const latest = leaving.reduce((max, e) => (e.effectiveFrom > max ? e.effectiveFrom : max), '');
  return leaving.filter((e) => e.effectiveFrom === latest);
}

/**
 * The code in force on `date` for a record recorded as `code`: the mappings
 * effective by then are followed, through chains (A → B in 2010, B → C in 2012),
 * to a code nothing maps on from. A split goes to its designated successor.
 */
export function resolveCode(edges: readonly TaxonomyMappingEdge[], code: string, date: IsoDate): ResolvedCode {
  const path = [code];
  const splits: AppliedSplit[] = [];
  let current = code;
  for (;;) {
    const leaving = edgesFrom(edges, current, date);
    if (!leaving.length) break;
    const next = leaving.find((e) => e.designated) ?? leaving[0];
    if (!next) break;
    if (next.kind === 'SPLIT') {
      splits.push({ fromCode: current, toCode: next.toCode, successors: leaving.map((e) => e.toCode), rule: next.rule ?? '' });
    }
    // A cycle is refused when mappings are saved; stop rather than loop should one exist.
    if (path.includes(next.toCode)) break;
    path.push(next.toCode);
    current = next.toCode;
  }
  return { code: current, path, splits };
}

/** A mapping of codes to their code on `date`, and the splits applied (each once), for many codes. */
export function codeMapOn(edges: readonly TaxonomyMappingEdge[], codes: readonly string[], date: IsoDate): { map: Map<string, string>; splits: AppliedSplit[] } {
  const map = new Map<string, string>();
  const splits = new Map<string, AppliedSplit>();
  for (const code of codes) {
    const resolved = resolveCode(edges, code, date);
    map.set(code, resolved.code);
    for (const split of resolved.splits) splits.set(`${split.fromCode}\u0000${split.toCode}`, split);
  }
  return { map, splits: [...splits.values()] };
}

/**
 * The codes (of `all`) whose records count under `code` on `date`: every code
 * resolving to the same code as `code` does. A filter by a code in the CURRENT
 * taxonomy thus takes in the old codes mapped onto it (and a retired code
 * stands for its successor).
 */
export function codesCountedAs(edges: readonly TaxonomyMappingEdge[], all: readonly string[], code: string, date: IsoDate): string[] {
  const target = resolveCode(edges, code, date).code;
  return all.filter((c) => resolveCode(edges, c, date).code === target);
}

export interface TaxonomyMappingProposal {
  fromCode: string;
  /** Successors: one for ONE_TO_ONE and MANY_TO_ONE, two or more for SPLIT. */
  toCodes: string[];
  effectiveFrom: IsoDate;
  kind: TaxonomyMappingKind;
  /** SPLIT: the successor taking the old records (one of toCodes). */
  designated?: string | null;
  /** SPLIT: the rule used, in words. */
  rule?: string | null;
}

export interface MappingProblem {
  field: 'fromCode' | 'toCodes' | 'kind' | 'designated' | 'rule' | 'effectiveFrom';
  message: string;
}

/**
 * What is wrong with a new mapping, given those already made for the same kind
 * of reference data and the codes known (with their versions).
 */
export function mappingProblems(
  proposal: TaxonomyMappingProposal,
  existing: readonly TaxonomyMappingEdge[],
  known: ReadonlyMap<string, Versioned>,
): MappingProblem[] {
  const problems: MappingProblem[] = [];
  const toCodes = [...new Set(proposal.toCodes)];
  if (!known.has(proposal.fromCode)) problems.push({ field: 'fromCode', message: `unknown code '${proposal.fromCode}'` });
  const unknown = toCodes.filter((c) => !known.has(c));
  if (unknown.length) problems.push({ field: 'toCodes', message: `unknown code${unknown.length > 1 ? 's' : ''} ${unknown.map((c) => `'${c}'`).join(', ')}` });
  if (!toCodes.length) problems.push({ field: 'toCodes', message: 'name at least one new code' });
  if (toCodes.includes(proposal.fromCode)) problems.push({ field: 'toCodes', message: 'a code cannot be mapped onto itself' });
  if (existing.some((e) => e.fromCode === proposal.fromCode)) {
    problems.push({ field: 'fromCode', message: `'${proposal.fromCode}' is already mapped: a code is mapped once, when it is retired` });
  }
  if (proposal.kind === 'SPLIT') {
    if (toCodes.length < 2) problems.push({ field: 'toCodes', message: 'a split needs two or more new codes' });
    if (!proposal.designated || !toCodes.includes(proposal.designated)) {
      problems.push({ field: 'designated', message: 'a split names the new code (one of its new codes) that takes the old records' });
    }
    if (!proposal.rule?.trim()) problems.push({ field: 'rule', message: 'a split states the rule used for the old records, in words' });
  } else {
    if (toCodes.length > 1) problems.push({ field: 'toCodes', message: `${proposal.kind} maps onto one new code; several make a SPLIT` });
    if (proposal.designated) problems.push({ field: 'designated', message: 'only a split designates a successor' });
  }
  if (proposal.kind === 'ONE_TO_ONE' && toCodes.length === 1) {
    const shared = existing.filter((e) => e.toCode === toCodes[0] && e.kind !== 'SPLIT');
    if (shared.length) problems.push({ field: 'kind', message: `'${toCodes[0]}' already replaces ${shared.map((e) => `'${e.fromCode}'`).join(', ')}: this is MANY_TO_ONE` });
  }
  const from = known.get(proposal.fromCode);
  if (from && from.retiredFrom !== proposal.effectiveFrom) {
    problems.push({ field: 'effectiveFrom', message: `is the day '${proposal.fromCode}' is retired from${from.retiredFrom ? ` (${from.retiredFrom})` : ': retire it first'}` });
  }
  for (const code of toCodes) {
    const to = known.get(code);
    if (to && !isInForceOn(to, proposal.effectiveFrom)) {
      problems.push({ field: 'toCodes', message: `'${code}' is not in force on ${proposal.effectiveFrom}` });
    }
  }
  // No cycle: no new code may lead back to the old one through the mappings already made.
  for (const code of toCodes) {
    if (resolveCode(existing, code, '9999-12-31').path.includes(proposal.fromCode)) {
      problems.push({ field: 'toCodes', message: `'${code}' already leads back to '${proposal.fromCode}'` });
    }
  }
  return problems;
}

/** The edges a valid proposal makes. */
export function mappingEdges(proposal: TaxonomyMappingProposal): TaxonomyMappingEdge[] {
  return [...new Set(proposal.toCodes)].map((toCode) => ({
    fromCode: proposal.fromCode,
    toCode,
    effectiveFrom: proposal.effectiveFrom,
    kind: proposal.kind,
    designated: proposal.kind === 'SPLIT' ? toCode === proposal.designated : true,
    rule: proposal.kind === 'SPLIT' ? (proposal.rule?.trim() ?? null) : null,
  }));
}

/** A split in words, for a report note or a trend caption. */
export function describeSplit(split: AppliedSplit, labelOf: (code: string) => string = (c) => c): string {
  const others = split.successors.filter((c) => c !== split.toCode).map(labelOf);
  return `${labelOf(split.fromCode)} was split into ${[labelOf(split.toCode), ...others].join(', ')}; its records count under ${labelOf(split.toCode)}: ${split.rule}`;
}
