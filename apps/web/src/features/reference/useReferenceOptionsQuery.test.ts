import { optionsInUseOn, type RecordFormOptions } from './useReferenceOptionsQuery';

const options: RecordFormOptions = {
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', retiredFrom: '2012-04-01' }],
  channels: [{ code: 'EMAIL', name: 'Email', retiredFrom: null }],
  serviceAreas: [{ code: 'YOUTH', name: 'Youth Service', retiredFrom: '2011-04-01' }],
  issueCategories: [
    { code: 'OLD', name: 'Old category', retiredFrom: '2011-04-01', issues: [{ code: 'OLD_ISSUE', name: 'Old issue', retiredFrom: '2011-04-01' }] },
    {
      code: 'COMMUNICATION',
      name: 'Communication',
      retiredFrom: null,
      issues: [
        { code: 'COMMUNICATION_LACK_OF', name: 'Lack of', retiredFrom: null },
        { code: 'COMMUNICATION_FAX', name: 'Fax', retiredFrom: '2011-04-01' },
      ],
    },
  ],
};

const codes = (o: RecordFormOptions) => [...o.recordTypes, ...o.channels, ...o.serviceAreas, ...o.issueCategories.flatMap((c) => [c, ...c.issues])].map((v) => v.code);

describe('optionsInUseOn', () => {
  it('offers every value up to the day before it retires', () => {
    expect(codes(optionsInUseOn(options, '2011-03-31'))).toEqual(codes(options));
  });

  it('leaves out values retired on or before the date, and a category with no issue left', () => {
    expect(codes(optionsInUseOn(options, '2011-04-01'))).toEqual(['COMMENT', 'EMAIL', 'COMMUNICATION', 'COMMUNICATION_LACK_OF']);
    expect(codes(optionsInUseOn(options, '2026-11-26'))).toEqual(['EMAIL', 'COMMUNICATION', 'COMMUNICATION_LACK_OF']);
  });

  it('keeps the values already chosen', () => {
    expect(codes(optionsInUseOn(options, '2026-11-26', ['YOUTH', 'COMMUNICATION_FAX']))).toEqual(['EMAIL', 'YOUTH', 'COMMUNICATION', 'COMMUNICATION_LACK_OF', 'COMMUNICATION_FAX']);
  });
});
