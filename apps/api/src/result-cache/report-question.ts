/** The annual report, and each of its tables, as a cache key sees them: the year asked and the kinds of data read. */
import { APPENDIX_ID } from '@complaints/domain';
import { DATA_KINDS, type DataKind } from '../data-versions/data-versions';
import { DIRECTORATE_SCOPE, NO_DISCLOSURE_RULE, type CacheQuestion } from './result-key';

/**
 * Tables 1–7 read contacts (feedback forms included) and the reference data, table 6 the social-care
 * activity figures (reference data), tables 8–9 the information requests and Appendix 1 the learning actions.
 */
export function reportQuestion(financialYear: string, today: string): CacheQuestion {
  return { operation: 'annualReport', input: { financialYear }, scope: DIRECTORATE_SCOPE, rule: NO_DISCLOSURE_RULE, reads: DATA_KINDS, today };
}

/** Counted from the contacts, labelled and filtered by the reference data (as trends are). */
const CONTACT_FIGURES: readonly DataKind[] = ['contacts', 'reference_data'];

/**
 * The kinds each table's builder (report/tables/) reads, by the kind its tables' writes bump
 * (data-versions/data-kinds.ts). Every table is built with the reference catalog and the
 * demo-dataset marker (reference_data) in its scope, so every table reads the reference data,
 * even one that uses neither today: a rare extra miss, never a stale note.
 */
export const REPORT_TABLE_READS: Readonly<Record<string, readonly DataKind[]>> = {
  table1: CONTACT_FIGURES,
  table2: CONTACT_FIGURES,
  table3: CONTACT_FIGURES,
  table4: CONTACT_FIGURES,
  table5: CONTACT_FIGURES,
  // The year's service_activity figures: reference data.
  table6: CONTACT_FIGURES,
  table7: CONTACT_FIGURES,
  table8: ['information_requests', 'reference_data'],
  table9: ['information_requests', 'reference_data'],
  outcomes: CONTACT_FIGURES,
  // Escalations: contacts.
  progression: CONTACT_FIGURES,
  // Feedback forms: contacts.
  feedback: CONTACT_FIGURES,
  compliments: CONTACT_FIGURES,
  divisions: CONTACT_FIGURES,
  // The lost-information register rides with the information requests.
  'lost-information': ['information_requests', 'reference_data'],
  'children-and-young-people': CONTACT_FIGURES,
  // The actions and their issues, and the year's formal complaints naming those issues (contact_issue).
  [APPENDIX_ID]: ['contacts', 'learning_actions', 'reference_data'],
};

/** One table of the report (its CSV export); `tableId` must be one of REPORT_TABLE_READS'. */
export function reportTableQuestion(financialYear: string, tableId: string, today: string): CacheQuestion {
  if (!Object.hasOwn(REPORT_TABLE_READS, tableId)) throw new Error(`No table '${tableId}' in the annual report`);
  return {
    operation: 'reportTable',
    input: { financialYear, tableId },
    scope: DIRECTORATE_SCOPE,
    rule: NO_DISCLOSURE_RULE,
    reads: REPORT_TABLE_READS[tableId],
    today,
  };
}
