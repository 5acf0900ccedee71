import { useEffect, useRef, useState, type FormEvent } from 'react';
import { TextField } from '../../components/TextField';
import { postServiceActivityCsv, problemText, type ImportOutcome } from './service-activity-import';

export interface ServiceActivityImportProps {
  /** Called after figures were saved, so the page shows them. */
  onImported: (financialYears: string[]) => void;
}

/**
 * Import a CSV of social care activity: "Check file" sends it as a dry run;
 * once every row passes, "Import" saves them all (or, if anything is wrong,
 * none). Focus moves to each answer so it is read out.
 */
export function ServiceActivityImport({ onImported }: ServiceActivityImportProps) {
  const [file, setFile] = useState<File | null>(null);
  const [fileError, setFileError] = useState<string | undefined>();
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const answerRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (outcome) answerRef.current?.focus();
  }, [outcome]);

  async function send(dryRun: boolean) {
    if (!file) {
      setFileError('Choose a CSV file to import');
      setOutcome(null);
      document.getElementById('service-activity-file')?.focus();
      return;
    }
    setSending(true);
    const answer = await postServiceActivityCsv(file, dryRun);
    setSending(false);
    setOutcome(answer);
    if (answer.kind === 'imported') onImported(answer.financialYears);
  }

  function check(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!sending) void send(true);
  }

  return (
    <section aria-labelledby="service-activity-import-heading">
      <h2 className="heading-l" id="service-activity-import-heading">
        Import figures from a CSV file
      </h2>
      <p>
        One row per financial year, with the columns <code>financial_year</code>, <code>referrals</code>,{' '}
        <code>initial_assessments</code> and <code>looked_after_children</code> (headings such as &ldquo;Financial year&rdquo; also
        work). A year already saved is replaced.
      </p>
      <p>The file is checked first and nothing is saved until you import it; if any row is wrong, nothing is saved.</p>
      <form onSubmit={check} noValidate>
        <TextField
          id="service-activity-file"
          name="file"
          type="file"
          accept=".csv,text/csv"
          label="CSV file"
          error={fileError}
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setFileError(undefined);
            setOutcome(null);
          }}
        />
        <button type="submit" className="button button--secondary">
          Check file
        </button>
        <p role="status" className="form-status">
          {sending ? 'Sending the file…' : ''}
        </p>
      </form>
      {outcome && (
        <div ref={answerRef} tabIndex={-1} className={outcome.kind === 'refused' ? 'error-summary' : 'notification'}>
          <ImportAnswer outcome={outcome} />
        </div>
      )}
      {outcome?.kind === 'checked' && outcome.valid > 0 && (
        <button type="button" className="button" onClick={() => void send(false)} disabled={sending}>
          Import {outcome.valid === 1 ? 'one year' : `${outcome.valid} years`}
        </button>
      )}
    </section>
  );
}

function ImportAnswer({ outcome }: { outcome: ImportOutcome }) {
  switch (outcome.kind) {
    case 'checked':
      return (
        <p className="notification__text" role="status">
          {outcome.valid === 0
            ? 'The file has no rows of figures.'
            : `Every row passes the checks: ${outcome.valid === 1 ? 'one year' : `${outcome.valid} years`} ready to import. Nothing is saved yet.`}
        </p>
      );
    case 'imported':
      return (
        <p className="notification__text" role="status">
          Imported the figures for {outcome.financialYears.join(', ')}.
        </p>
      );
    case 'refused':
      return (
        <div role="alert">
          <h3 className="error-summary__title">Nothing was imported</h3>
          <p>{outcome.message}</p>
          {outcome.problems.length > 0 && (
            <ul className="list">
              {outcome.problems.map((problem) => (
                <li key={problemText(problem)}>{problemText(problem)}</li>
              ))}
            </ul>
          )}
        </div>
      );
  }
}
