import type { LearningAction } from '../actions/learning-action.entity';
import { escapeHtml } from './html';
import { csvHref, learningActionsHtml, renderReportHtml, tableHtml } from './report-html';
import type { AnnualReport, ReportTable } from './report.types';

const hostile: ReportTable = {
  id: 'table2',
  title: 'Table 2: <b>Contacts</b> & "channels"',
  columns: ['Number', '%'],
  rows: [
    { label: '<script>alert(1)</script>', values: [3204, 41] },
    { label: "From Ombudsman's office", values: [null, 0.9] },
    { label: 'Total', values: [441, 100] },
  ],
  notes: ['Percentages are of <all> contacts & "so on".'],
};

const action = {
  issueIdentified: '<img src=x onerror=alert(1)>',
  count: null,
  actionNeeded: 'Review & train',
  byWhom: "Service Managers' group",
  status: 'ONGOING',
  dueDate: '2010-10-31',
  furtherAction: null,
} as LearningAction;

describe('report HTML', () => {
  it('escapes the five HTML specials', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;');
    expect(escapeHtml(42)).toBe('42');
  });

  it('renders a table with caption, scoped headers and escaped text', () => {
    const html = tableHtml(hostile, '2009/10');
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<b>');
    expect(html).toContain('<caption id="table2-caption">Table 2: &lt;b&gt;Contacts&lt;/b&gt; &amp; &quot;channels&quot;</caption>');
    expect(html).toContain('<th scope="row">&lt;script&gt;alert(1)&lt;/script&gt;</th><td class="number">3,204</td><td class="number">41.0</td>');
    expect(html).toContain('<th scope="row">From Ombudsman&#39;s office</th><td class="number"><span aria-hidden="true">–</span><span class="visually-hidden">no figure</span></td>');
    expect(html).toContain('<tr class="total"><th scope="row">Total</th>');
    expect(html).toContain('<li>Percentages are of &lt;all&gt; contacts &amp; &quot;so on&quot;.</li>');
    expect(html).toContain('<th scope="col">Number</th><th scope="col">%</th>');
    expect(html).toContain(`href="${csvHref('2009/10', 'table2')}"`);
  });

  it('links each CSV relative to the page, with the year written for URLs', () => {
    expect(csvHref('2009/10', 'table3')).toBe('../export/report/2009-10/table3.csv');
  });

  it('renders learning actions escaped, blanks marked', () => {
    const html = learningActionsHtml([action], '2009/10');
    expect(html).toContain('<th scope="row">&lt;img src=x onerror=alert(1)&gt;</th>');
    expect(html).toContain('Review &amp; train');
    expect(html).toContain('Service Managers&#39; group');
    expect(html).toContain('<td class="text">Ongoing</td>');
    expect(html).not.toContain('<img');
    expect(learningActionsHtml([], '2009/10')).toContain('No learning actions were recorded for 2009/10.');
  });

  it('renders a whole page: language, title, one h1, sections that break pages in print', () => {
    const table = (id: string): ReportTable => ({ ...hostile, id, title: `Title of ${id}` });
    const report: AnnualReport = {
      financialYear: '2009/10',
      previousFinancialYear: '2008/09',
      from: '2009-04-01',
      to: '2010-03-31',
      tables: ['table1', 'table2', 'table3', 'table4', 'table5', 'table6', 'table7', 'table8', 'table9'].map(table),
      outcomes: table('outcomes'),
      progression: table('progression'),
      feedback: table('feedback'),
      compliments: table('compliments'),
      divisions: table('divisions'),
      childrenAndYoungPeople: table('children-and-young-people'),
      lostInformation: table('lost-information'),
      learningActions: [action],
      learningActionNotes: ['Generic issues: 3 complaints in the records name the issue; <no> count was recorded.'],
      learningCaptured: {
        responded: 4,
        withLearningAction: 1,
        considered: 2,
        capturedPercent: 25,
        consideredPercent: 50,
        summary: 'Learning captured: 1 of the 4 complaints responded to (25.0%) <led> to a learning action.',
        definitions: [],
      },
    };
    const html = renderReportHtml(report, '2010-09-30');
    expect(html).toContain('<p class="report-learning-captured">Learning captured: 1 of the 4 complaints responded to (25.0%) &lt;led&gt; to a learning action.</p>');
    expect(html).toContain('<li>Generic issues: 3 complaints in the records name the issue; &lt;no&gt; count was recorded.</li>');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en-GB">')).toBe(true);
    expect(html).toContain('<title>Annual report on comments and complaints, 2009/10</title>');
    expect(html).toContain('from 1 April 2009 to 31 March 2010, compared with 2008/09');
    expect(html).toContain('Generated from the records on 30 September 2010.');
    expect(html.match(/<h1>/g)).toHaveLength(1);
    // Seven numbered sections (3, 4, 5, 6, 9, 10, 11), 12 (lost information) and Appendix 1.
    expect(html.match(/<section class="report-section"/g)).toHaveLength(9);
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    expect(html).not.toContain('<script>');
  });
});
