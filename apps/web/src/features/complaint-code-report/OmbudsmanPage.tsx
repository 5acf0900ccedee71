/**
 * The Ombudsman's figures: this council beside its comparators in the
 * Ombudsman's per-council statistics (the demo's sample is INVENTED and says
 * so), the CSV import of the published statistics, the choice of comparators,
 * and the annual letter's figures and text. Officers change them; others read.
 */
import { useState, type FormEvent } from 'react';
import { ACCESS, mayUse } from '../../app/access';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { QueryState } from '../../components/QueryState';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { useSignedInUser } from '../auth/current-user';
import { fieldErrors, recentFinancialYears, useOmbudsmanBenchmarkQuery, useSaveOmbudsmanLetter, useSetOmbudsmanComparators } from './code-report-queries';
import { todayIso } from '@complaints/domain';
import './code-report.css';

interface ImportProblem {
  line: number;
  field: string | null;
  message: string;
}

function StatisticsImport({ onImported }: { onImported: () => void }) {
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<{ ok: boolean; text: string; problems: ImportProblem[] } | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file) {
      setFileError('Choose a CSV file to import');
      return;
    }
    setFileError(undefined);
    const res = await fetch('/import/ombudsman-statistics', { method: 'POST', headers: { 'Content-Type': 'text/csv' }, body: await file.text(), credentials: 'same-origin' });
    const body = await res.json().catch(() => ({}));
    if (res.status === 201) {
      setAnswer({ ok: true, text: `Imported ${body.imported} rows.`, problems: [] });
      onImported();
    } else setAnswer({ ok: false, text: body.error ?? `The import failed (${res.status}).`, problems: body.problems ?? [] });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="ombudsman-import-heading">
      <h2 className="heading-l" id="ombudsman-import-heading">
        Import the Ombudsman’s statistics
      </h2>
      <p>
        A CSV with one row per council and year: <code>council</code>, <code>financial_year</code>, <code>complaints_received</code>, <code>decided</code>,{' '}
        <code>upheld</code>, and if published <code>upheld_rate</code>, <code>compliance_with_recommendations</code>, <code>satisfactory_remedy_before_ombudsman</code>. If
        any row is wrong, nothing is saved.
      </p>
      <TextField id="ombudsman-file" label="CSV file" type="file" accept=".csv,text/csv" onChange={(e) => setFile(e.target.files?.[0] ?? null)} error={fileError} />
      <button type="submit" className="button">
        Import
      </button>
      {answer && (
        <div role={answer.ok ? 'status' : 'alert'}>
          <p>{answer.text}</p>
          {answer.problems.length > 0 && (
            <ul>
              {answer.problems.map((p, i) => (
                <li key={i}>
                  Line {p.line}
                  {p.field ? `, ${p.field}` : ''}: {p.message}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </form>
  );
}

function ComparatorsForm({ councils, self, chosen, onSaved }: { councils: string[]; self: string | null; chosen: string[]; onSaved: () => void }) {
  const [selfCouncil, setSelfCouncil] = useState(self ?? councils[0] ?? '');
  const [comparators, setComparators] = useState<string[]>(chosen.filter((c) => c !== self));
  const [result, save] = useSetOmbudsmanComparators();
  const errors = fieldErrors(result.error);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const answer = await save({ selfCouncil, comparators });
    if (!answer.error) onSaved();
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="comparators-heading">
      <h2 className="heading-l" id="comparators-heading">
        Choose the comparators
      </h2>
      <SelectField id="self-council" label="This council in the statistics" options={councils.map((c) => ({ value: c, label: c }))} value={selfCouncil} onChange={setSelfCouncil} error={errors.selfCouncil} />
      <fieldset aria-describedby={errors.comparators ? 'comparators-error' : undefined}>
        <legend>Councils to compare with</legend>
        {errors.comparators && (
          <p id="comparators-error" className="error-message">
            {errors.comparators}
          </p>
        )}
        {councils
          .filter((c) => c !== selfCouncil)
          .map((c, i) => (
            <div key={c}>
              <input
                type="checkbox"
                id={`comparator-${i}`}
                checked={comparators.includes(c)}
                onChange={(e) => setComparators(e.target.checked ? [...comparators, c] : comparators.filter((x) => x !== c))}
              />{' '}
              <label htmlFor={`comparator-${i}`}>{c}</label>
            </div>
          ))}
      </fieldset>
      <button type="submit" className="button" disabled={result.fetching}>
        Save the comparators
      </button>
    </form>
  );
}

function LetterForm() {
  const years = recentFinancialYears(todayIso(), 4);
  const [values, setValues] = useState({ financialYear: years[1] ?? years[0], complaintsReceived: '', decisionsMade: '', detailedInvestigations: '', upheld: '', satisfactoryRemedyBeforeOmbudsman: '', text: '' });
  const [result, save] = useSaveOmbudsmanLetter();
  const [saved, setSaved] = useState(false);
  const [local, setLocal] = useState<Record<string, string>>({});
  const errors = { ...fieldErrors(result.error), ...local };
  const numbers = ['complaintsReceived', 'decisionsMade', 'detailedInvestigations', 'upheld', 'satisfactoryRemedyBeforeOmbudsman'] as const;
  const labels: Record<(typeof numbers)[number], string> = {
    complaintsReceived: 'Complaints and enquiries received',
    decisionsMade: 'Decisions made',
    detailedInvestigations: 'Investigated in detail',
    upheld: 'Upheld',
    satisfactoryRemedyBeforeOmbudsman: 'Remedied before reaching the Ombudsman',
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaved(false);
    const bad = Object.fromEntries(numbers.filter((n) => !/^\d+$/.test(values[n])).map((n) => [n, 'Enter a whole number']));
    setLocal(bad);
    if (Object.keys(bad).length) return;
    const answer = await save({ input: { ...values, ...Object.fromEntries(numbers.map((n) => [n, Number(values[n])])) } as never });
    if (!answer.error) setSaved(true);
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="letter-heading">
      <h2 className="heading-l" id="letter-heading">
        Enter the Ombudsman’s annual letter
      </h2>
      <SelectField id="letter-year" label="Year of the letter" options={years.map((y) => ({ value: y, label: y }))} value={values.financialYear} onChange={(v) => setValues({ ...values, financialYear: v })} />
      {numbers.map((n) => (
        <TextField key={n} id={`letter-${n}`} label={labels[n]} inputMode="numeric" value={values[n]} onChange={(e) => setValues({ ...values, [n]: e.target.value })} error={errors[n]} />
      ))}
      <TextAreaField id="letter-text" label="The letter’s text" rows={6} value={values.text} onChange={(e) => setValues({ ...values, text: e.target.value })} error={errors.text} />
      <button type="submit" className="button" disabled={result.fetching}>
        Save the letter
      </button>
      <p role="status">{saved ? 'The letter is saved; it appears in that year’s report.' : ''}</p>
    </form>
  );
}

export function OmbudsmanPage() {
  useDocumentTitle('Ombudsman figures');
  const user = useSignedInUser();
  const mayWrite = mayUse(user.role, ACCESS.OMBUDSMAN_WRITE);
  const [year, setYear] = useState<string | null>(null);
  const [result, refetch] = useOmbudsmanBenchmarkQuery(year);
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const pct = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(1)}%`);
  return (
    <div className="code-report">
      <h1 className="heading-xl">Ombudsman figures and benchmarking</h1>
      <QueryState result={result} label="the Ombudsman’s statistics" onRetry={reload}>
        {({ ombudsmanBenchmark: b }) => (
          <>
            {b.includesInventedSample && (
              <p className="code-report__invented" role="note">
                Invented sample: these figures are made up for the demonstration, not published by the Ombudsman. Import the published statistics to replace them.
              </p>
            )}
            {b.years.length > 0 && (
              <SelectField id="benchmark-year" label="Year" options={b.years.map((y) => ({ value: y, label: y }))} value={b.financialYear} onChange={setYear} />
            )}
            {b.rows.length ? (
              <div className="table-scroll" role="region" aria-labelledby="benchmark-caption" tabIndex={0}>
                <table className="table">
                  <caption id="benchmark-caption">This council and its comparators, {b.financialYear}</caption>
                  <thead>
                    <tr>
                      <th scope="col">Council</th>
                      <th scope="col">Received</th>
                      <th scope="col">Decided</th>
                      <th scope="col">Upheld</th>
                      <th scope="col">Upheld rate</th>
                      <th scope="col">Recommendations complied with</th>
                      <th scope="col">Remedied before the Ombudsman</th>
                    </tr>
                  </thead>
                  <tbody>
                    {b.rows.map((r) => (
                      <tr key={r.id}>
                        <th scope="row">
                          {r.councilName}
                          {r.councilName === b.selfCouncil ? ' (this council)' : ''}
                        </th>
                        <td className="table__number">{r.complaintsReceived}</td>
                        <td className="table__number">{r.decided}</td>
                        <td className="table__number">{r.upheld}</td>
                        <td className="table__number">{pct(r.upheldPercent)}</td>
                        <td className="table__number">{pct(r.compliancePercent)}</td>
                        <td className="table__number">{r.satisfactoryRemedy ?? '—'}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : (
              <p>No comparison yet: import the statistics and choose the comparators.</p>
            )}
            {b.comparatorUpheldPercent !== null && <p>The comparators’ average upheld rate: {pct(b.comparatorUpheldPercent)}.</p>}
            <p className="notes">{b.note}</p>
            {mayWrite && b.councils.length > 0 && <ComparatorsForm key={b.councils.join('|')} councils={b.councils} self={b.selfCouncil} chosen={b.rows.map((r) => r.councilName)} onSaved={reload} />}
          </>
        )}
      </QueryState>
      {mayWrite && <StatisticsImport onImported={reload} />}
      {mayWrite && <LetterForm />}
    </div>
  );
}
