import { DEFAULT_DISCLOSURE_RULE, DISCLOSURE_RULES } from '../disclosure';
import { SMALL_PERCENT_BASE } from './small-base';

describe('SMALL_PERCENT_BASE', () => {
  it('is the default disclosure rule’s smallest percentage base', () => {
    expect(SMALL_PERCENT_BASE).toBe(DISCLOSURE_RULES[DEFAULT_DISCLOSURE_RULE].minPercentBase);
  });
});
