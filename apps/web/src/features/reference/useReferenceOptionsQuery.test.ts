import { optionsInUseOn, type RecordFormOptions } from './useReferenceOptionsQuery';

const options: RecordFormOptions = {
  recordTypes: [{ code: 'COMMENT', name: 'Comment', group: 'REPRESENTATION_OR_COMMENT', effectiveFrom: null, retiredFrom: '2012-04-01' }],
  channels: [{ code: 'EMAIL', name: 'Email', effectiveFrom: null, retiredFrom: null }],
  serviceAreas: [
    { code: 'YOUTH', name: 'Youth Service', effectiveFrom: null, retiredFrom: '2011-04-01' },
    { code: 'EARLY_HELP', name: 'Early Help', effectiveFrom: '2011-04-01', retiredFrom: null },
  ],
  issueCategories: [
    { code: 'OLD', name: 'Old category', effectiveFrom: null, retiredFrom: '2011-04-01', issues: [{ code: 'OLD_ISSUE', name: 'Old issue', effectiveFrom: null, retiredFrom: '2011-04-01' }] },
    {
      code: 'COMMUNICATION',
      name: 'Communication',
      effectiveFrom: null, retiredFrom: null,
      issues: [
        { code: 'COMMUNICATION_LACK_OF', name: 'Lack of', effectiveFrom: null, retiredFrom: null },
        { code: 'COMMUNICATION_FAX', name: 'Fax', effectiveFrom: null, retiredFrom: '2011-04-01' },
      ],
    },
  ],
};

const codes = (o: RecordFormOptions) => [...o.recordTypes, ...o.channels, ...o.serviceAreas, ...o.issueCategories.flatMap((c) => [c, ...c.issues])].map((v) => v.code);

describe('optionsInUseOn', () => {
  it('offers every value up to the day before it retires, and none before it comes into force', () => {
    expect(codes(optionsInUseOn(options, '2011-03-31'))).toEqual(codes(options).filter((code) => code !== 'EARLY_HELP'));
    expect(codes(optionsInUseOn(options, '2011-03-31', ['EARLY_HELP']))).toEqual(codes(options));
  });

  it('leaves out values retired on or before the date, and a category with no issue left', () => {
    expect(codes(optionsInUseOn(options, '2011-04-01'))).toEqual(['COMMENT', 'EMAIL', 'EARLY_HELP', 'COMMUNICATION', 'COMMUNICATION_LACK_OF']);
    expect(codes(optionsInUseOn(options, '2026-11-26'))).toEqual(['EMAIL', 'EARLY_HELP', 'COMMUNICATION', 'COMMUNICATION_LACK_OF']);
  });

  it('keeps the values already chosen', () => {
    expect(codes(optionsInUseOn(options, '2026-11-26', ['YOUTH', 'COMMUNICATION_FAX']))).toEqual(['EMAIL', 'YOUTH', 'EARLY_HELP', 'COMMUNICATION', 'COMMUNICATION_LACK_OF', 'COMMUNICATION_FAX']);
  });
});
