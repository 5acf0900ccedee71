import { emptyReport, report2009, reportTable } from './report-fixtures';
import { contactsInYear, reportSections, rowHeaderOf } from './report-sections';

describe('annual report layout', () => {
  it("puts the tables in the printed report's sections and order, leaving out empty sections", () => {
    const sections = reportSections(report2009());
    expect(sections.map((s) => [s.heading, s.tables.map((t) => t.id)])).toEqual([
      ['3. Contacts received', ['divisions', 'table1', 'table2', 'table3', 'compliments', 'table5']],
      ['4. Key findings: complaints', ['table6']],
      ['6. Progression of statutory complaints', ['outcomes', 'progression']],
      ['9. Customer feedback', ['feedback']],
      ['12. Lost information', ['lost-information']],
    ]);
  });

  it('never drops a table it does not know: it goes in a last section', () => {
    const report = report2009();
    report.tables.push(reportTable('table10', 'Table 10: Something new, 2009/10', ['Number'], [['Things', [1]]]));
    const last = reportSections(report).at(-1)!;
    expect(last.heading).toBe('Other tables');
    expect(last.tables.map((t) => t.id)).toEqual(['table10']);
    expect(rowHeaderOf('table10')).toBeUndefined();
    expect(rowHeaderOf('table3')).toBe('Record type');
  });

  it("reads the year's contacts from table 3's grand total", () => {
    expect(contactsInYear(report2009())).toBe(291);
    expect(contactsInYear(emptyReport())).toBe(0);
    expect(contactsInYear({ ...report2009(), tables: [] })).toBeNull();
  });
});
