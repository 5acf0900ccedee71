/**
 * 12.2: the lost-information register's year in one table: incidents by the
 * format the information was in, by the ICO decision's outcome, and how many
 * were reported within the 72 hours (UK GDPR article 33). Counted by the same
 * aggregate as lostInformationSummary, so both give the same figures.
 */
import { INCIDENT_FORMATS } from '@complaints/domain';
import { countIncidentsByFormat } from '../../lost-information/lost-information-summary';
import type { ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export const LOST_INFORMATION_TABLE_ID = 'lost-information';
export const NO_INCIDENTS_LABEL = 'No incidents recorded';

export async function buildLostInformation(scope: ReportScope): Promise<ReportTable> {
  const year = scope.current.financialYear;
  const byFormat = await countIncidentsByFormat(scope.aggregates, year);
  const columns = ['Incidents', 'ICO notified', 'ICO not notified', 'Awaiting ICO decision', 'Reported within 72 hours'];
  const notes = [
    'Personal information lost outside the office, by the year it was discovered.',
    'Reported within 72 hours: the ICO notified, or the decision not to notify made, within 72 hours of discovery (elapsed hours: weekends and bank holidays count).',
    'Awaiting ICO decision includes incidents where the decision was to notify but the notification is not yet recorded.',
  ];
  if (!byFormat.length) {
    return { id: LOST_INFORMATION_TABLE_ID, title: `12.2 Lost information, ${year}`, columns, rows: [{ label: NO_INCIDENTS_LABEL, values: [0, 0, 0, 0, 0] }], notes };
  }
  const rows = byFormat.map((f) => ({ label: INCIDENT_FORMATS[f.format], values: [f.incidents, f.notified, f.notNotified, f.awaiting, f.within72Hours] }));
  const total = [0, 1, 2, 3, 4].map((i) => rows.reduce((sum, r) => sum + (r.values[i] ?? 0), 0));
  return { id: LOST_INFORMATION_TABLE_ID, title: `12.2 Lost information, ${year}`, columns, rows: [...rows, { label: 'Total', values: total }], notes };
}
