/**
 * 12.3: contacts from children and young people themselves, by record type,
 * both years. In 2009/10 there were none (the report's own finding); the
 * "Have your say" page is the way in it called for, and each message an
 * officer records becomes a contact counted here.
 */
import { Dimension } from '../../trends/trend.enums';
import { countsInYear, sumOf, trendOfBothYears, type ReportScope } from '../report-scope';
import type { ReportTable } from '../report.types';

export const CHILDREN_AND_YOUNG_PEOPLE_TABLE_ID = 'children-and-young-people';

export async function buildChildrenAndYoungPeople(scope: ReportScope): Promise<ReportTable> {
  const result = await trendOfBothYears(scope, { groupBy: Dimension.RECORD_TYPE, filter: { complainantTypes: ['CHILD_OR_YOUNG_PERSON'] } });
  const years = [scope.previous.financialYear, scope.current.financialYear];
  const counts = years.map((y) => countsInYear(result, y));
  const types = scope.catalog.recordTypes.list.map((r) => ({ code: r.code, name: r.name }));
  return {
    id: CHILDREN_AND_YOUNG_PEOPLE_TABLE_ID,
    title: `Contacts from children and young people, ${years[0]} and ${years[1]}`,
    columns: years,
    rows: [
      ...types.map((t) => ({ label: t.name, values: counts.map((c) => c.get(t.code) ?? 0) })),
      { label: 'Total', values: counts.map((c) => sumOf(c, c.keys())) },
    ],
    notes: [
      'Contacts made by a child or young person themselves (complainant type "Child or young person"), by record type; contacts made for them by a parent, carer or advocate are not counted here.',
      'In 2009/10 no complaint or feedback came directly from children and young people (12.3). Messages sent from the public "Have your say" page are counted once an officer records them as a contact.',
    ],
  };
}
