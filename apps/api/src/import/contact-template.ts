/**
 * The downloadable import template: the header row and, on request, two example
 * rows (one written with codes, one with names and a UK date) to delete before
 * importing.
 */
import { toCsv, type CsvCell } from '../export/csv';
import type { ReferenceCatalog } from '../reference/reference-catalog';
import { CONTACT_COLUMNS, type ColumnName } from './contact-columns';
import { LIST_SEPARATOR } from './contact-row';

type Example = Partial<Record<ColumnName, string>>;

function examples(catalog: ReferenceCatalog): Example[] {
  const name = (list: { code: string; name: string }[], code: string) => list.find((r) => r.code === code)?.name ?? code;
  return [
    {
      record_type: 'STATUTORY_COMPLAINT',
      channel: 'LETTER',
      received_date: '2009-12-23',
      service_areas: ['SOCIAL_CARE', 'INCLUSION'].join(LIST_SEPARATOR),
      issues: 'COMMUNICATION_LACK_OF',
      complainant_type: 'PARENT_OR_CARER',
      stage: 'STAGE_1',
      acknowledgement_sent_date: '2009-12-24',
      extended: 'no',
      summary: 'Example row written with codes: delete before importing.',
    },
    {
      reference: 'CS/2009/9001',
      record_type: name(catalog.recordTypes.list, 'CORPORATE_COMPLAINT'),
      channel: name(catalog.channels.list, 'EMAIL'),
      received_date: '05/01/2010',
      service_areas: name(catalog.serviceAreas.list, 'SCHOOL_STANDARDS'),
      issues: [name(catalog.issues.list, 'SCHOOL_TRANSPORT'), name(catalog.issues.list, 'COMMUNICATION_DELAY')].join(LIST_SEPARATOR),
      complainant_type: 'Member of the public',
      outcome: 'Partially upheld',
      acknowledgement_sent_date: '06/01/2010',
      response_sent_date: '20/01/2010',
      extended: 'no',
      summary: 'Example row written with names and UK dates.\nA summary may run over several lines: delete before importing.',
    },
  ];
}

export function contactTemplateCsv(catalog: ReferenceCatalog | null): string {
  const header: CsvCell[] = CONTACT_COLUMNS.map((c) => c.name);
  const rows = catalog ? examples(catalog).map((e) => CONTACT_COLUMNS.map((c) => e[c.name] ?? null)) : [];
  return toCsv([header, ...rows]);
}
