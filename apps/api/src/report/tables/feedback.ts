/** Section 9: customer feedback forms sent after complaints, and how many came back. */
import { countOf } from '../../statistics/aggregate-count';
import { Contact } from '../../contacts/contact.entity';
import { FeedbackForm } from '../../feedback/feedback-form.entity';
import { percentOf } from '../../statistics/percent';
import { printedReportNotes } from '../printed-report';
import { FORMAL_COMPLAINTS, trendOfYear, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export async function buildFeedback(scope: ReportScope): Promise<ReportTable> {
  const year = scope.current.financialYear;
  const [complaints, forms] = await Promise.all([
    trendOfYear(scope, { filter: FORMAL_COMPLAINTS }),
    scope.aggregates.rawOne<{ sent: unknown; returned: unknown }>(
      scope.dataSource
        .createQueryBuilder()
        .from(FeedbackForm, 'f')
        .innerJoin(Contact, 'c', 'c.id = f.contactId')
        .where('c.receivedFinancialYear = :year', { year })
        .select('COUNT(*)', 'sent')
        .addSelect('COUNT(f.returnedDate)', 'returned'),
    ),
  ]);
  const sent = countOf(forms?.sent);
  const returned = countOf(forms?.returned);
  const rate = percentOf(returned, sent);
  return {
    id: 'feedback',
    title: `9.1 Customer feedback forms sent and returned, ${year}`,
    columns: ['Number', '%'],
    rows: [
      { label: 'Stage 1 complaints', values: [complaints.totalCount, null] },
      { label: 'Feedback forms sent', values: [sent, null] },
      { label: 'Feedback forms returned', values: [returned, rate] },
    ],
    notes: [
      'Forms are counted against the complaint they followed, in the year the complaint was received. Forms are not sent for Ombudsman, corporate or school complaints (9.1).',
      'The percentage is the response rate: forms returned as a percentage of forms sent, to one decimal place (halves rounded away from zero).',
      ...printedReportNotes(scope, () => [`The printed report rounds the response rate to 32%; computed from the records it is ${rate}%.`]),
    ],
  };
}
