import { codeMapOn, codesCountedAs, describeSplit, isInForceOn, mappingEdges, mappingProblems, resolveCode, type TaxonomyMappingEdge } from './taxonomy';

const edge = (fromCode: string, toCode: string, effectiveFrom: string, kind: TaxonomyMappingEdge['kind'] = 'ONE_TO_ONE', designated = true, rule: string | null = null): TaxonomyMappingEdge => ({
  fromCode,
  toCode,
  effectiveFrom,
  kind,
  designated,
  rule,
});

const RULE = 'all old records go to Early Help, which took on most of its teams';
const EDGES: TaxonomyMappingEdge[] = [
  edge('SCHOOL_STANDARDS', 'SCHOOL_IMPROVEMENT', '2010-04-01'),
  edge('COMMISSIONING', 'STRATEGY', '2010-04-01', 'MANY_TO_ONE'),
  edge('ASSETS', 'STRATEGY', '2010-04-01', 'MANY_TO_ONE'),
  edge('YOUNG_PEOPLE', 'EARLY_HELP', '2010-04-01', 'SPLIT', true, RULE),
  edge('YOUNG_PEOPLE', 'YOUTH', '2010-04-01', 'SPLIT', false, RULE),
  // A later reorganisation: a chain.
  edge('SCHOOL_IMPROVEMENT', 'EDUCATION', '2013-04-01'),
];

describe('versions', () => {
  it('are in force from effectiveFrom to the day before retiredFrom', () => {
    expect(isInForceOn({}, '2000-01-01')).toBe(true);
    expect(isInForceOn({ effectiveFrom: '2010-04-01' }, '2010-03-31')).toBe(false);
    expect(isInForceOn({ effectiveFrom: '2010-04-01' }, '2010-04-01')).toBe(true);
    expect(isInForceOn({ effectiveFrom: '2010-04-01', retiredFrom: '2012-04-01' }, '2012-03-31')).toBe(true);
    expect(isInForceOn({ effectiveFrom: '2010-04-01', retiredFrom: '2012-04-01' }, '2012-04-01')).toBe(false);
  });
});

describe('resolving a code to the taxonomy in force on a date', () => {
  it('leaves a code alone before its mapping takes effect, and unmapped codes always', () => {
    expect(resolveCode(EDGES, 'SCHOOL_STANDARDS', '2010-03-31')).toEqual({ code: 'SCHOOL_STANDARDS', path: ['SCHOOL_STANDARDS'], splits: [] });
    expect(resolveCode(EDGES, 'SOCIAL_CARE', '2030-01-01').code).toBe('SOCIAL_CARE');
  });

  it('follows one-to-one and many-to-one mappings', () => {
    expect(resolveCode(EDGES, 'SCHOOL_STANDARDS', '2011-03-31').code).toBe('SCHOOL_IMPROVEMENT');
    expect(resolveCode(EDGES, 'COMMISSIONING', '2011-03-31').code).toBe('STRATEGY');
    expect(resolveCode(EDGES, 'ASSETS', '2011-03-31').code).toBe('STRATEGY');
  });

  it('follows chains, as far as the date allows', () => {
    expect(resolveCode(EDGES, 'SCHOOL_STANDARDS', '2012-03-31').path).toEqual(['SCHOOL_STANDARDS', 'SCHOOL_IMPROVEMENT']);
    expect(resolveCode(EDGES, 'SCHOOL_STANDARDS', '2014-03-31').path).toEqual(['SCHOOL_STANDARDS', 'SCHOOL_IMPROVEMENT', 'EDUCATION']);
  });

  it('sends a split to its designated successor and reports the rule', () => {
    const resolved = resolveCode(EDGES, 'YOUNG_PEOPLE', '2012-03-31');
    expect(resolved.code).toBe('EARLY_HELP');
    expect(resolved.splits).toEqual([{ fromCode: 'YOUNG_PEOPLE', toCode: 'EARLY_HELP', successors: ['EARLY_HELP', 'YOUTH'], rule: RULE }]);
    expect(describeSplit(resolved.splits[0]!)).toBe(`YOUNG_PEOPLE was split into EARLY_HELP, YOUTH; its records count under EARLY_HELP: ${RULE}`);
  });

  it('stops at a cycle rather than looping', () => {
    const cyclic = [edge('A', 'B', '2010-01-01'), edge('B', 'A', '2011-01-01')];
    expect(resolveCode(cyclic, 'A', '2012-01-01').path).toEqual(['A', 'B']);
  });

  it('maps many codes at once, listing each split once', () => {
    const { map, splits } = codeMapOn(EDGES, ['YOUNG_PEOPLE', 'SOCIAL_CARE', 'COMMISSIONING', 'YOUNG_PEOPLE'], '2011-03-31');
    expect(Object.fromEntries(map)).toEqual({ YOUNG_PEOPLE: 'EARLY_HELP', SOCIAL_CARE: 'SOCIAL_CARE', COMMISSIONING: 'STRATEGY' });
    expect(splits).toHaveLength(1);
  });

  it('expands a current code to the old codes counted under it', () => {
    const all = ['SCHOOL_STANDARDS', 'COMMISSIONING', 'ASSETS', 'STRATEGY', 'YOUNG_PEOPLE', 'EARLY_HELP', 'YOUTH', 'SOCIAL_CARE'];
    expect(codesCountedAs(EDGES, all, 'STRATEGY', '2011-03-31')).toEqual(['COMMISSIONING', 'ASSETS', 'STRATEGY']);
    expect(codesCountedAs(EDGES, all, 'EARLY_HELP', '2011-03-31')).toEqual(['YOUNG_PEOPLE', 'EARLY_HELP']);
    expect(codesCountedAs(EDGES, all, 'YOUTH', '2011-03-31')).toEqual(['YOUTH']);
    // A retired code stands for its successor.
    expect(codesCountedAs(EDGES, all, 'ASSETS', '2011-03-31')).toEqual(['COMMISSIONING', 'ASSETS', 'STRATEGY']);
    expect(codesCountedAs(EDGES, all, 'ASSETS', '2010-03-31')).toEqual(['ASSETS']);
  });
});

describe('checking a new mapping', () => {
  const known = new Map([
    ['OLD', { retiredFrom: '2010-04-01' }],
    ['OLD2', { retiredFrom: '2010-04-01' }],
    ['LIVE', {}],
    ['NEW', { effectiveFrom: '2010-04-01' }],
    ['NEW2', { effectiveFrom: '2010-04-01' }],
    ['LATER', { effectiveFrom: '2011-04-01' }],
  ]);

  it('accepts a one-to-one mapping from the retirement date', () => {
    expect(mappingProblems({ fromCode: 'OLD', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'ONE_TO_ONE' }, [], known)).toEqual([]);
  });

  it('refuses unknown codes, a code mapped onto itself, a code not yet retired and a successor not yet in force', () => {
    const fields = (toCodes: string[], fromCode = 'OLD', effectiveFrom = '2010-04-01') =>
      mappingProblems({ fromCode, toCodes, effectiveFrom, kind: 'ONE_TO_ONE' }, [], known).map((p) => p.field);
    expect(fields(['NOPE'])).toEqual(['toCodes']);
    expect(fields(['NEW'], 'NOPE')).toEqual(['fromCode']);
    expect(fields(['OLD'])).toContain('toCodes');
    expect(fields(['NEW'], 'LIVE')).toEqual(['effectiveFrom']);
    expect(fields(['LATER'])).toEqual(['toCodes']);
  });

  it('asks a split for two successors, a designated one and its rule', () => {
    const problems = mappingProblems({ fromCode: 'OLD', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'SPLIT' }, [], known);
    expect(problems.map((p) => p.field).sort()).toEqual(['designated', 'rule', 'toCodes']);
    const split = { fromCode: 'OLD', toCodes: ['NEW', 'NEW2'], effectiveFrom: '2010-04-01', kind: 'SPLIT' as const, designated: 'NEW', rule: 'all to NEW' };
    expect(mappingProblems(split, [], known)).toEqual([]);
    expect(mappingEdges(split).map((e) => [e.toCode, e.designated, e.rule])).toEqual([
      ['NEW', true, 'all to NEW'],
      ['NEW2', false, 'all to NEW'],
    ]);
  });

  it('calls a second code onto the same successor many-to-one, and maps a code only once', () => {
    const existing = mappingEdges({ fromCode: 'OLD', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'ONE_TO_ONE' });
    expect(mappingProblems({ fromCode: 'OLD2', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'ONE_TO_ONE' }, existing, known).map((p) => p.field)).toEqual(['kind']);
    expect(mappingProblems({ fromCode: 'OLD2', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'MANY_TO_ONE' }, existing, known)).toEqual([]);
    expect(mappingProblems({ fromCode: 'OLD', toCodes: ['NEW2'], effectiveFrom: '2010-04-01', kind: 'ONE_TO_ONE' }, existing, known).map((p) => p.field)).toEqual(['fromCode']);
  });

  it('refuses a cycle', () => {
    const existing = [edge('NEW', 'OLD', '2010-04-01')];
    const problems = mappingProblems({ fromCode: 'OLD', toCodes: ['NEW'], effectiveFrom: '2010-04-01', kind: 'ONE_TO_ONE' }, existing, known);
    expect(problems.some((p) => p.message.includes('leads back'))).toBe(true);
  });
});
