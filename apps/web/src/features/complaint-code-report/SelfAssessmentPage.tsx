/**
 * The self-assessment against the Complaint Handling Code: one row per
 * provision (provision | requirement | comply yes/no | evidence | commentary),
 * with the evidence the product measured and a flag where the data shows the
 * provision is not met; actions for each "no"; approval by the governing body;
 * a new version (copying the last); exports in the Housing Ombudsman form layout.
 * Officers edit a draft; everyone else (the Member included) reads.
 */
import { todayIso } from '@complaints/domain';
import { useState, type FormEvent } from 'react';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import type { SelfAssessmentsQuery } from '../../graphql/graphql';
import { useSignedInUser } from '../auth/current-user';
import {
  fieldErrors,
  recentFinancialYears,
  useAddSelfAssessmentAction,
  useApproveSelfAssessment,
  useCreateSelfAssessment,
  useSelfAssessmentsQuery,
  useUpdateSelfAssessmentEntry,
} from './code-report-queries';
import './code-report.css';

type Assessment = SelfAssessmentsQuery['selfAssessments'][number];
type Row = Assessment['rows'][number];

const COMPLY = [
  { value: '', label: 'Not answered' },
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
];
const complyText = (v: boolean | null | undefined) => (v === true ? 'Yes' : v === false ? 'No' : 'Not answered');

function EntryForm({ row, onSaved }: { row: Row; onSaved: () => void }) {
  const [complies, setComplies] = useState(row.complies === true ? 'yes' : row.complies === false ? 'no' : '');
  const [evidence, setEvidence] = useState(row.evidence ?? '');
  const [commentary, setCommentary] = useState(row.commentary ?? '');
  const [result, save] = useUpdateSelfAssessmentEntry();
  const [saved, setSaved] = useState(false);
  const errors = fieldErrors(result.error);
  const id = `entry-${row.entryId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const answer = await save({ input: { entryId: row.entryId, complies: complies === '' ? null : complies === 'yes', evidence, commentary } });
    if (!answer.error) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Answer for ${row.provision.code} ${row.provision.title}`}>
      <SelectField id={`${id}-comply`} label="Comply" options={COMPLY} value={complies} onChange={setComplies} />
      <TextAreaField id={`${id}-evidence`} label="Evidence" value={evidence} onChange={(e) => setEvidence(e.target.value)} error={errors.evidence} />
      <TextAreaField id={`${id}-commentary`} label="Commentary or explanation" value={commentary} onChange={(e) => setCommentary(e.target.value)} error={errors.commentary} />
      {errors._ && <p role="alert">{errors._}</p>}
      <button type="submit" className="button button--secondary" disabled={result.fetching}>
        Save {row.provision.code}
      </button>
      <span role="status">{saved ? ` Saved ${row.provision.code}.` : ''}</span>
    </form>
  );
}

function ActionForm({ row, onSaved }: { row: Row; onSaved: () => void }) {
  const [description, setDescription] = useState('');
  const [owner, setOwner] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [result, add] = useAddSelfAssessmentAction();
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(result.error), ...local };
  const id = `action-${row.entryId}`;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(dueDate)) {
      setLocal({ dueDate: 'Enter the due date as YYYY-MM-DD' });
      return;
    }
    setLocal({});
    const answer = await add({ input: { entryId: row.entryId, description, owner, dueDate } });
    if (!answer.error) {
      setDescription('');
      setOwner('');
      setDueDate('');
      onSaved();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-label={`Add an action for ${row.provision.code}`}>
      <TextField id={`${id}-description`} label="Action" value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} />
      <TextField id={`${id}-owner`} label="Owner" value={owner} onChange={(e) => setOwner(e.target.value)} error={errors.owner} />
      <TextField id={`${id}-due`} label="Due date" hint="For example, 2027-03-31" value={dueDate} onChange={(e) => setDueDate(e.target.value)} error={errors.dueDate} />
      <button type="submit" className="button button--secondary" disabled={result.fetching}>
        Add the action for {row.provision.code}
      </button>
    </form>
  );
}

function ApproveForm({ assessment, onSaved }: { assessment: Assessment; onSaved: () => void }) {
  const [approvedBy, setApprovedBy] = useState('');
  const [approvedOn, setApprovedOn] = useState('');
  const [result, approve] = useApproveSelfAssessment();
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(result.error), ...local };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(approvedOn)) {
      setLocal({ approvedOn: 'Enter the date of approval as YYYY-MM-DD' });
      return;
    }
    setLocal({});
    const answer = await approve({ input: { id: assessment.id, approvedBy, approvedOn } });
    if (!answer.error) onSaved();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="approve-heading">
      <h2 className="heading-l" id="approve-heading">
        Record the governing body’s approval
      </h2>
      <TextField id="approved-by" label="Governing body" hint="For example, Audit and Governance Committee" value={approvedBy} onChange={(e) => setApprovedBy(e.target.value)} error={errors.approvedBy} />
      <TextField id="approved-on" label="Date approved" hint="For example, 2026-11-20" value={approvedOn} onChange={(e) => setApprovedOn(e.target.value)} error={errors.approvedOn} />
      {(errors.id || errors._) && <p role="alert">{errors.id ?? errors._}</p>}
      <button type="submit" className="button" disabled={result.fetching}>
        Record approval
      </button>
    </form>
  );
}

function NewVersionForm({ onSaved }: { onSaved: () => void }) {
  const years = recentFinancialYears(todayIso());
  const [financialYear, setFinancialYear] = useState(years[0]);
  const [reason, setReason] = useState('');
  const [result, create] = useCreateSelfAssessment();
  const errors = fieldErrors(result.error);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await create({ input: { financialYear, reason } });
    if (!answer.error) {
      setReason('');
      onSaved();
    }
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="new-version-heading">
      <h2 className="heading-l" id="new-version-heading">
        Make a new version
      </h2>
      <p>A new version copies the latest one’s answers and open actions; use it for the yearly review or after a restructure or change in procedures.</p>
      <SelectField id="new-version-year" label="Year the evidence measures" options={years.map((y) => ({ value: y, label: y }))} value={financialYear} onChange={setFinancialYear} />
      <TextField id="new-version-reason" label="Reason for the new version" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.reason} />
      <button type="submit" className="button" disabled={result.fetching}>
        Make a new version
      </button>
    </form>
  );
}

function AssessmentView({ assessment, mayWrite, onSaved }: { assessment: Assessment; mayWrite: boolean; onSaved: () => void }) {
  const editable = mayWrite && assessment.status === 'DRAFT';
  const flagged = assessment.rows.filter((r) => r.flagged).length;
  return (
    <>
      <p>
        Version {assessment.version}:{' '}
        {assessment.status === 'APPROVED' ? `approved by ${assessment.approvedBy} on ${assessment.approvedOn}.` : 'a draft, not yet approved.'} Evidence measured
        from the records for {assessment.financialYear}. Reason: {assessment.reason}
      </p>
      <p>
        <a href={`/self-assessment/${assessment.id}`}>Printable form (Housing Ombudsman layout)</a> ·{' '}
        <a href={`/export/self-assessment/${assessment.id}.csv`} download>
          Download as CSV
        </a>
      </p>
      <p role="status">{flagged ? `${flagged} provisions are flagged: the data shows they are not met.` : 'No provision is flagged by the data.'}</p>
      <p className="notes">{assessment.provisionsSource}</p>
      {assessment.rows.map((row) => (
        <section key={row.entryId} className="self-assessment__row" aria-labelledby={`provision-${row.entryId}`}>
          <h3 id={`provision-${row.entryId}`}>
            {row.provision.code} {row.provision.title}
          </h3>
          <p>{row.provision.requirement}</p>
          {row.measuredEvidence && <p>Measured from the records: {row.measuredEvidence}</p>}
          {row.flagged && <p className="code-report__flag">Flagged: {row.flagReason ?? 'the data shows this is not met'}</p>}
          {editable ? (
            <EntryForm row={row} onSaved={onSaved} />
          ) : (
            <dl>
              <dt>Comply</dt>
              <dd>{complyText(row.complies)}</dd>
              <dt>Evidence</dt>
              <dd>{row.evidence ?? '—'}</dd>
              <dt>Commentary</dt>
              <dd>{row.commentary ?? '—'}</dd>
            </dl>
          )}
          {row.actions.length > 0 && (
            <ul aria-label={`Actions for ${row.provision.code}`}>
              {row.actions.map((a) => (
                <li key={a.id}>
                  {a.description} — {a.owner}, due {a.dueDate}
                  {a.completedOn ? `, completed ${a.completedOn}` : ''}
                </li>
              ))}
            </ul>
          )}
          {editable && (row.complies === false || row.flagged) && <ActionForm row={row} onSaved={onSaved} />}
        </section>
      ))}
      {editable && <ApproveForm assessment={assessment} onSaved={onSaved} />}
    </>
  );
}

export function SelfAssessmentPage() {
  useDocumentTitle('Self-assessment');
  const user = useSignedInUser();
  const mayWrite = mayUse(user.role, ACCESS.SELF_ASSESSMENT_WRITE);
  const [result, refetch] = useSelfAssessmentsQuery();
  const [chosen, setChosen] = useState<string | null>(null);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  return (
    <div className="code-report">
      <h1 className="heading-xl">Self-assessment against the Complaint Handling Code</h1>
      <QueryState result={result} label="self-assessments" isEmpty={(d) => d.selfAssessments.length === 0} empty="No self-assessment has been made yet." onRetry={reload}>
        {({ selfAssessments }) => {
          const assessment = selfAssessments.find((a) => a.id === chosen) ?? selfAssessments[0]!;
          return (
            <>
              <SelectField
                id="self-assessment-version"
                label="Version"
                options={selfAssessments.map((a) => ({ value: a.id, label: `Version ${a.version} (${a.status === 'APPROVED' ? 'approved' : 'draft'}, ${a.financialYear})` }))}
                value={assessment.id}
                onChange={setChosen}
              />
              <AssessmentView key={assessment.id} assessment={assessment} mayWrite={mayWrite} onSaved={reload} />
            </>
          );
        }}
      </QueryState>
      {mayWrite && <NewVersionForm onSaved={reload} />}
    </div>
  );
}
