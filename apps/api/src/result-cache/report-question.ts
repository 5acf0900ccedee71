/** The annual report as a cache key sees it: the year asked, read from every kind of data. */
import { DATA_KINDS } from '../data-versions/data-versions';
import { DIRECTORATE_SCOPE, NO_DISCLOSURE_RULE, type CacheQuestion } from './result-key';

/**
 * Tables 1–7 read contacts (feedback forms included) and the reference data, table 6 the social-care
 * activity figures (reference data), tables 8–9 the information requests and Appendix 1 the learning actions.
 */
export function reportQuestion(financialYear: string, today: string): CacheQuestion {
  return { operation: 'annualReport', input: { financialYear }, scope: DIRECTORATE_SCOPE, rule: NO_DISCLOSURE_RULE, reads: DATA_KINDS, today };
}
