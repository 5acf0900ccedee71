import { testCatalog } from '../test-support/reference-catalog-fixture';
import { describeTrendFilters, describeTrendQuery } from './trend-description';

describe('describeTrendFilters', () => {
  it("names the council's codes and the fixed vocabularies, with their codes beside them", () => {
    expect(
      describeTrendFilters({ filter: { recordTypes: ['STATUTORY_COMPLAINT'], channels: ['LETTER', 'EMAIL'], complainantTypes: ['CHILD_OR_YOUNG_PERSON'] } }, testCatalog()),
    ).toEqual([
      'Record type: Statutory complaint (STATUTORY_COMPLAINT)',
      'Channel: Letter (LETTER), Email (EMAIL)',
      'Complainant type: Child or young person (CHILD_OR_YOUNG_PERSON)',
    ]);
  });

  it('gives no lines for a question without filters', () => {
    expect(describeTrendFilters({}, testCatalog())).toEqual([]);
  });
});

describe('describeTrendQuery', () => {
  it('says what is measured, how it is split and over which period', () => {
    const words = describeTrendQuery({
      measure: 'ACKNOWLEDGED_IN_TIME_PERCENT',
      granularity: 'QUARTER',
      groupBy: 'RECORD_TYPE',
      crossBy: null,
      from: '2009-04-01',
      to: '2010-03-31',
    });
    expect(words).toMatchObject({ measure: 'Acknowledged in time (%)', grouping: 'by record type', period: '2009/10, by quarter' });
    expect(words.title).toBe('Acknowledged in time (%) by record type, 2009/10, by quarter');
  });
});
