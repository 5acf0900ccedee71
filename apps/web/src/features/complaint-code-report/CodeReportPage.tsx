/**
 * The annual complaints performance and service improvement report (Complaint
 * Handling Code §8.1) for a chosen financial year: the self-assessment, both
 * regimes side by side, refusals, non-compliance, improvements, the
 * Ombudsman's letter and the governance body's response. Every figure comes
 * from the API already under the disclosure rule; officers record the response.
 */
import { todayIso } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { useFormKey } from '../../app/useFormKey';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { fieldErrors, recentFinancialYears, useComplaintCodeReportQuery, useSaveGovernanceResponse } from './code-report-queries';
import { DisclosedTable } from './DisclosedTable';
import './code-report.css';

const SECTIONS = [
  ['Quantitative analysis of complaint handling', '2. Quantitative and qualitative analysis of complaint handling'],
  ['Types of complaints refused', '3. Types of complaints refused'],
  ['Service improvements made from learning', '5. Service improvements made from learning'],
] as const;

const yearForUrl = (fy: string) => fy.replace('/', '-');
const longDate = (iso: string) => new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

function GovernanceResponseForm({ financialYear, onSaved }: { financialYear: string; onSaved: () => void }) {
  const [body, setBody] = useState('');
  const [consideredOn, setConsideredOn] = useState('');
  const [response, setResponse] = useState('');
  const [result, save] = useSaveGovernanceResponse();
  const errors = fieldErrors(result.error);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await save({ input: { financialYear, body, consideredOn: consideredOn || null, response } });
    if (!answer.error) onSaved();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="governance-form-heading">
      <h3 id="governance-form-heading">Record the governance body’s response</h3>
      <TextField id="governance-body" label="Governance body" value={body} onChange={(e) => setBody(e.target.value)} error={errors.body} />
      <TextField id="governance-date" label="Considered on" hint="For example, 2026-11-20" value={consideredOn} onChange={(e) => setConsideredOn(e.target.value)} error={errors.consideredOn} />
      <TextAreaField id="governance-response" label="Response" value={response} onChange={(e) => setResponse(e.target.value)} error={errors.response} />
      {errors._ && <p role="alert">{errors._}</p>}
      <button type="submit" className="button" disabled={result.fetching}>
        Save the response
      </button>
    </form>
  );
}

export function CodeReportPage() {
  const user = useSignedInUser();
  const [params, setParams] = useSearchParams();
  const years = recentFinancialYears(todayIso());
  const year = params.get('year') && years.includes(params.get('year')!) ? params.get('year')! : years[0];
  // A new form when the year comes from outside it (back, forward, a link), so it shows that year.
  const yearForm = useFormKey(year);
  const [result, refetch] = useComplaintCodeReportQuery(year);
  useDocumentTitle(`Code report, ${year}`);

  function show(choice: string) {
    yearForm.submitted(choice);
    setParams({ year: choice });
  }

  return (
    <div className="code-report">
      <h1 className="heading-xl">Annual complaints performance and service improvement report, {year}</h1>
      <YearForm key={yearForm.key} year={year} years={years} onShow={show} />
      <p>
        <a href={`/code-report/${yearForUrl(year)}`}>Printable version of the {year} report</a>
      </p>
      <QueryState result={result} label="the report" onRetry={() => refetch({ requestPolicy: 'network-only' })}>
        {({ complaintCodeReport: report }) => (
          <>
            <p>
              {longDate(report.from)} to {longDate(report.to)}. Complaints under the Children Act 1989 procedure and under the Ombudsman’s Complaint Handling Code, side by side.
            </p>
            <p className="inset-text">{report.disclosureNote}</p>

            <h2 className="heading-l">1. Self-assessment against the Code</h2>
            {report.selfAssessment ? (
              <p>
                Version {report.selfAssessment.version}
                {report.selfAssessment.status === 'APPROVED' && report.selfAssessment.approvedOn
                  ? `, approved by ${report.selfAssessment.approvedBy} on ${longDate(report.selfAssessment.approvedOn)}.`
                  : ', a draft not yet approved.'}{' '}
                <a href="/self-assessment">Open the self-assessment</a> or{' '}
                <a href={`/export/code-report/${yearForUrl(year)}/self-assessment.csv`} download>
                  download it as CSV
                </a>
                .
              </p>
            ) : (
              <p>No self-assessment has been made for this year.</p>
            )}

            {SECTIONS.map(([section, heading]) => (
              <section key={section} aria-labelledby={`section-${heading.slice(0, 1)}`}>
                <h2 className="heading-l" id={`section-${heading.slice(0, 1)}`}>
                  {heading}
                </h2>
                {report.tables
                  .filter((t) => t.section === section)
                  .map((t) => (
                    <DisclosedTable key={t.id} table={t} csvHref={`/export/code-report/${yearForUrl(year)}/${t.id}.csv`} />
                  ))}
                {section === 'Quantitative analysis of complaint handling' && (
                  <>
                    <h3>The Children Act (statutory) tables</h3>
                    {report.statutoryTables.map((t) => (
                      <DisclosedTable key={t.id} table={t} />
                    ))}
                  </>
                )}
                {heading.startsWith('3.') && (
                  <>
                    <h2 className="heading-l">4. Findings of non-compliance with the Code</h2>
                    {report.nonCompliance.length ? (
                      <ul>
                        {report.nonCompliance.map((n) => (
                          <li key={n.entryId}>
                            <strong>
                              {n.provision.code} {n.provision.title}
                            </strong>
                            : {n.complies === false ? 'assessed as not complied with' : 'flagged by the data'}
                            {n.flagReason ? ` (${n.flagReason})` : ''}
                            {n.actions.map((a) => `; ${a.description} (${a.owner}, by ${longDate(a.dueDate)})`).join('')}
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p>No finding of non-compliance.</p>
                    )}
                  </>
                )}
              </section>
            ))}

            <h2 className="heading-l">6. The Ombudsman’s annual letter</h2>
            {report.ombudsmanLetter ? (
              <>
                <dl className="code-report__letter">
                  <dt>Complaints and enquiries received</dt>
                  <dd>{report.ombudsmanLetter.complaintsReceived}</dd>
                  <dt>Decisions made</dt>
                  <dd>{report.ombudsmanLetter.decisionsMade}</dd>
                  <dt>Upheld, of those investigated in detail</dt>
                  <dd>
                    {report.ombudsmanLetter.upheld} of {report.ombudsmanLetter.detailedInvestigations}
                  </dd>
                  <dt>Remedied before reaching the Ombudsman</dt>
                  <dd>{report.ombudsmanLetter.satisfactoryRemedyBeforeOmbudsman}</dd>
                </dl>
                <blockquote className="code-report__quote">{report.ombudsmanLetter.text}</blockquote>
              </>
            ) : (
              <p>
                The Ombudsman’s letter for this year has not been entered (<a href="/ombudsman">Ombudsman figures</a>).
              </p>
            )}

            <h2 className="heading-l">7. The governance body’s response</h2>
            {report.governanceResponse ? (
              <>
                <p>
                  {report.governanceResponse.body}
                  {report.governanceResponse.consideredOn ? `, ${longDate(report.governanceResponse.consideredOn)}` : ''}:
                </p>
                <blockquote className="code-report__quote">{report.governanceResponse.response}</blockquote>
              </>
            ) : (
              <p>The governance body has not yet responded.</p>
            )}
            {mayUse(user.role, ACCESS.SELF_ASSESSMENT_WRITE) && <GovernanceResponseForm financialYear={year} onSaved={() => refetch({ requestPolicy: 'network-only' })} />}
            <p className="notes">{report.provisionsSource}</p>
          </>
        )}
      </QueryState>
    </div>
  );
}

function YearForm({ year, years, onShow }: { year: string; years: string[]; onShow: (year: string) => void }) {
  const [choice, setChoice] = useState(year);
  function submit(event: FormEvent) {
    event.preventDefault();
    onShow(choice);
  }
  return (
    <form onSubmit={submit} className="code-report__year" aria-label="Choose the year">
      <SelectField id="code-report-year" label="Financial year" options={years.map((y) => ({ value: y, label: y }))} value={choice} onChange={setChoice} />
      <button type="submit" className="button button--secondary">
        Show report
      </button>
    </form>
  );
}
