import { referencePrefix, sequenceOf } from './contact-reference';

describe('contact references', () => {
  it('prefixes by the year the financial year starts', () => {
    expect(referencePrefix('2009/10')).toBe('CS/2009/');
  });

  it('reads the sequence of generated references only', () => {
    expect(sequenceOf('CS/2009/0042', 'CS/2009/')).toBe(42);
    expect(sequenceOf('CS/2009/10000', 'CS/2009/')).toBe(10000);
    expect(sequenceOf('CS/2009/0042-A', 'CS/2009/')).toBeNull();
    expect(sequenceOf('LEGACY-17', 'CS/2009/')).toBeNull();
  });
});
