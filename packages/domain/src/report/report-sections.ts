/**
 * The annual report's layout: its tables grouped into the printed report's
 * numbered sections, in order. The API's printable page and the web's report
 * page both follow it.
 */
export interface ReportSectionLayout {
  /** The element id, for the contents list. */
  id: string;
  heading: string;
  tableIds: readonly string[];
}

export const REPORT_SECTIONS: readonly ReportSectionLayout[] = [
  { id: 'section-3', heading: '3. Contacts received', tableIds: ['divisions', 'table1', 'table2', 'table3', 'compliments', 'table4', 'table5'] },
  { id: 'section-4', heading: '4. Key findings: complaints', tableIds: ['table6', 'children-and-young-people'] },
  { id: 'section-5', heading: '5. Managing complaints', tableIds: ['table7'] },
  { id: 'section-6', heading: '6. Progression of statutory complaints', tableIds: ['outcomes', 'progression'] },
  { id: 'section-9', heading: '9. Customer feedback', tableIds: ['feedback'] },
  { id: 'section-10', heading: '10. Access to records', tableIds: ['table8'] },
  { id: 'section-11', heading: '11. Freedom of Information', tableIds: ['table9'] },
  { id: 'section-12', heading: '12. Lost information', tableIds: ['lost-information'] },
];

/** Appendix 1's id: also the name of its CSV (appendix1.csv). */
export const APPENDIX_ID = 'appendix1';
