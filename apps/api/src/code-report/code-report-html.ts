/**
 * The Code's annual report, and the self-assessment in the Housing Ombudsman
 * form layout, as printable, accessible HTML pages rendered on the server
 * (escaped values, captioned tables with scoped headers, headings in order),
 * with a CSV link per table. Reuses the annual report's stylesheet.
 */
import { escapeHtml } from '../report/html';
import { REPORT_CSS } from '../report/report-html.styles';
import { yearForUrl } from '../report/report-year';
import type { SelfAssessment } from '../self-assessment/self-assessment.entity';
import type { SelfAssessmentRow } from '../self-assessment/self-assessment.types';
import type { CodeReportTable, ComplaintCodeReport } from './code-report.types';

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const longDate = (iso: string) => LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
const e = escapeHtml;

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${e(title)}</title>
<style>${REPORT_CSS}
.flag { font-weight: bold; }
.invented { border: 2px solid currentColor; padding: 0.5rem; }
</style>
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;
}

function tableHtml(table: CodeReportTable, csvHref: string | null): string {
  const id = `t-${table.id}`;
  const head = `<tr><td></td>${table.columns.map((c) => `<th scope="col">${e(c)}</th>`).join('')}</tr>`;
  const rows = table.rows.map((r) => `<tr><th scope="row">${e(r.label)}</th>${r.cells.map((c) => `<td class="number">${e(c)}</td>`).join('')}</tr>`).join('\n');
  const notes = table.notes.length ? `<ul class="notes">${table.notes.map((n) => `<li>${e(n)}</li>`).join('')}</ul>` : '';
  const empty = table.rows.length ? '' : '<p>Nothing recorded in the year.</p>';
  return `<section aria-labelledby="${e(id)}-caption">
<div class="table-scroll" role="region" aria-labelledby="${e(id)}-caption" tabindex="0">
<table id="${e(id)}"><caption id="${e(id)}-caption">${e(table.title)}</caption>
<thead>${head}</thead>
<tbody>${rows}</tbody></table>
</div>
${empty}${notes}${csvHref ? `<p class="download"><a href="${e(csvHref)}" download>Download ${e(table.title)} as CSV</a></p>` : ''}
</section>`;
}

/** The Housing Ombudsman form: provision | requirement | comply yes/no | evidence | commentary, then actions. */
export function selfAssessmentFormHtml(rows: SelfAssessmentRow[], headingLevel: 2 | 3, captionText: string): string {
  const comply = (v: boolean | null) => (v === true ? 'Yes' : v === false ? 'No' : 'Not answered');
  const evidence = (r: SelfAssessmentRow) =>
    [r.evidence ? e(r.evidence) : '', r.measuredEvidence ? `<br><em>Measured: ${e(r.measuredEvidence)}</em>` : '', r.flagged ? `<br><span class="flag">Flagged: ${e(r.flagReason ?? 'the data shows this is not met')}</span>` : '']
      .filter(Boolean)
      .join('');
  const body = rows
    .map(
      (r) => `<tr><th scope="row">${e(r.provision.code)} ${e(r.provision.title)}</th><td>${e(r.provision.requirement)}</td><td>${comply(r.complies)}</td><td>${evidence(r)}</td><td>${e(r.commentary ?? '')}</td></tr>`,
    )
    .join('\n');
  const actions = rows.flatMap((r) => r.actions.map((a) => ({ r, a })));
  const h = `h${headingLevel}`;
  return `<div class="table-scroll" role="region" aria-labelledby="sa-caption" tabindex="0">
<table><caption id="sa-caption">${e(captionText)}</caption>
<thead><tr><th scope="col">Provision</th><th scope="col">Requirement</th><th scope="col">Comply: yes/no</th><th scope="col">Evidence</th><th scope="col">Commentary / explanation</th></tr></thead>
<tbody>${body}</tbody></table></div>
<${h}>Actions for non-compliance</${h}>
${
  actions.length
    ? `<div class="table-scroll" role="region" aria-labelledby="sa-actions-caption" tabindex="0"><table><caption id="sa-actions-caption">Actions, owners and due dates</caption><thead><tr><th scope="col">Provision</th><th scope="col">Action</th><th scope="col">Owner</th><th scope="col">Due</th><th scope="col">Completed</th></tr></thead><tbody>${actions
        .map(({ r, a }) => `<tr><th scope="row">${e(r.provision.code)}</th><td>${e(a.description)}</td><td>${e(a.owner)}</td><td>${e(longDate(a.dueDate))}</td><td>${a.completedOn ? e(longDate(a.completedOn)) : 'Not yet'}</td></tr>`)
        .join('')}</tbody></table></div>`
    : '<p>No actions recorded.</p>'
}`;
}

function approvalLine(a: SelfAssessment): string {
  return a.status === 'APPROVED' && a.approvedBy && a.approvedOn
    ? `Version ${a.version}, approved by ${e(a.approvedBy)} on ${e(longDate(a.approvedOn))}.`
    : `Version ${a.version}, a draft not yet approved by the governing body.`;
}

export function renderSelfAssessmentHtml(assessment: SelfAssessment, rows: SelfAssessmentRow[], source: string): string {
  const title = `Self-assessment against the Complaint Handling Code, version ${assessment.version}`;
  return page(
    title,
    `<h1>${e(title)}</h1>
<p>${approvalLine(assessment)} Evidence measured from the records for ${e(assessment.financialYear)}. Reason for this version: ${e(assessment.reason)}</p>
<p><a href="${e(`../export/self-assessment/${assessment.id}.csv`)}" download>Download as CSV</a></p>
<p class="notes">${e(source)}</p>
<h2>Provisions</h2>
${selfAssessmentFormHtml(rows, 2, 'Self-assessment: one row per provision of the Code')}`,
  );
}

export function renderCodeReportHtml(report: ComplaintCodeReport): string {
  const year = report.financialYear;
  const title = `Annual complaints performance and service improvement report ${year}`;
  const csv = (id: string) => `../export/code-report/${yearForUrl(year)}/${id}.csv`;
  const section = (name: string) => report.tables.filter((t) => t.section === name).map((t) => tableHtml(t, csv(t.id))).join('\n');
  const letter = report.ombudsmanLetter;
  const response = report.governanceResponse;
  const sa = report.selfAssessment;
  return page(
    title,
    `<h1>${e(title)}</h1>
<p>${e(longDate(report.from))} to ${e(longDate(report.to))}. Complaints under the Children Act 1989 procedure and under the Ombudsman's Complaint Handling Code, side by side (Complaint Handling Code §8.1).</p>
<p class="notes">${e(report.disclosureNote)}</p>
<h2>1. Self-assessment against the Code</h2>
${sa ? `<p>${approvalLine(sa)}</p><p class="notes">${e(report.provisionsSource)}</p>${selfAssessmentFormHtml(report.selfAssessmentRows, 3, `Self-assessment for ${year}`)}` : '<p>No self-assessment has been made for this year.</p>'}
<h2>2. Quantitative and qualitative analysis of complaint handling</h2>
${section('Quantitative analysis of complaint handling')}
<h3>The Children Act (statutory) tables</h3>
${report.statutoryTables.map((t) => tableHtml(t, null)).join('\n')}
<h2>3. Types of complaints refused</h2>
${section('Types of complaints refused')}
<h2>4. Findings of non-compliance with the Code</h2>
${
  report.nonCompliance.length
    ? `<ul>${report.nonCompliance.map((r) => `<li><strong>${e(r.provision.code)} ${e(r.provision.title)}</strong>: ${r.complies === false ? 'assessed as not complied with' : 'flagged by the data'}${r.flagReason ? ` (${e(r.flagReason)})` : ''}${r.actions.length ? `; actions: ${r.actions.map((a) => `${e(a.description)} (${e(a.owner)}, by ${e(longDate(a.dueDate))})`).join('; ')}` : ''}</li>`).join('')}</ul>`
    : '<p>No finding of non-compliance.</p>'
}
<h2>5. Service improvements made from learning</h2>
${section('Service improvements made from learning')}
<h2>6. The Ombudsman's annual letter</h2>
${
  letter
    ? `<dl><dt>Complaints and enquiries received</dt><dd>${letter.complaintsReceived}</dd><dt>Decisions made</dt><dd>${letter.decisionsMade}</dd><dt>Investigated in detail</dt><dd>${letter.detailedInvestigations}</dd><dt>Upheld</dt><dd>${letter.upheld}</dd><dt>Remedied satisfactorily before reaching the Ombudsman</dt><dd>${letter.satisfactoryRemedyBeforeOmbudsman}</dd><dt>Recommendations complied with</dt><dd>${letter.compliancePercent === null ? 'Not given' : `${letter.compliancePercent}%`}</dd></dl>
<blockquote>${e(letter.text).replace(/\n/g, '<br>')}</blockquote>`
    : '<p>The Ombudsman’s letter for this year has not been entered.</p>'
}
<h2>7. The governance body's response</h2>
${response ? `<p>${e(response.body)}${response.consideredOn ? `, ${e(longDate(response.consideredOn))}` : ''}:</p><blockquote>${e(response.response).replace(/\n/g, '<br>')}</blockquote>` : '<p>The governance body has not yet responded (§8.2).</p>'}`,
  );
}
