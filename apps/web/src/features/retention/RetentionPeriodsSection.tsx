import { useEffect, useRef, useState, type FormEvent } from 'react';
import { QueryState } from '../../components/QueryState';
import { TextField } from '../../components/TextField';
import type { RetentionPeriodsQuery } from '../../graphql/graphql';
import { formatDate } from '../actions/action-format';
import { errorsFromApi } from '../cases/form-errors';
import { readYears, yearsText } from './retention-form';
import { useRetentionPeriodsQuery, useSetRetentionPeriod } from './retention-queries';

type Period = RetentionPeriodsQuery['retentionPeriods'][number];

/** How long each record type and kind of information request is kept after it closes: one small form each. */
export function RetentionPeriodsSection() {
  const [result, reexecute] = useRetentionPeriodsQuery();
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  return (
    <section aria-labelledby="periods-heading">
      <h2 className="heading-l" id="periods-heading">
        How long records are kept
      </h2>
      <p>
        Whole years after a record closes: a contact when its last step was taken, an information request when it was answered or withdrawn. Your
        council’s retention schedule decides; a change applies at once to every closed record.
      </p>
      {done && (
        <div className="notification" role="status" tabIndex={-1} ref={doneRef}>
          <p className="notification__text">{done}</p>
        </div>
      )}
      <QueryState result={result} label="retention periods" onRetry={() => reexecute({ requestPolicy: 'network-only' })}>
        {(data) => {
          const contacts = data.retentionPeriods.filter((p) => p.recordKind === 'CONTACT');
          const requests = data.retentionPeriods.filter((p) => p.recordKind === 'INFORMATION_REQUEST');
          return (
            <>
              <h3 className="heading-m">Contacts, by record type</h3>
              {contacts[0] && <p className="hint">Unless changed: {contacts[0].basis}</p>}
              {contacts.map((period) => (
                <PeriodForm
                  key={period.id}
                  period={period}
                  hint={`${yearsText(period.defaultYears)} unless changed.${period.retiredFrom ? ` Retired from ${formatDate(period.retiredFrom)}: its older contacts are still kept this long.` : ''}`}
                  onSaved={setDone}
                />
              ))}
              <h3 className="heading-m">Information requests</h3>
              {requests.map((period) => (
                <PeriodForm key={period.id} period={period} hint={`Unless changed: ${period.basis}`} onSaved={setDone} />
              ))}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function PeriodForm({ period, hint, onSaved }: { period: Period; hint: string; onSaved: (message: string | null) => void }) {
  const [text, setText] = useState(String(period.years));
  const [error, setError] = useState<string | undefined>();
  const [{ fetching: saving }, save] = useSetRetentionPeriod();
  const id = `years-${period.id.replace(/[^A-Za-z0-9_-]/g, '-')}`;

  function fail(message: string) {
    onSaved(null);
    setError(message);
    document.getElementById(id)?.focus();
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (saving) return;
    const read = readYears(text);
    if (!read.ok) return fail(read.error);
    const result = await save({ input: { recordKind: period.recordKind, code: period.code, years: read.years } });
    if (result.error) {
      const found = errorsFromApi(result.error, { fields: { years: 'Years kept' }, subject: 'The period', action: 'The period was not saved' });
      return fail(found.fields.years ?? found.form.join('. '));
    }
    setError(undefined);
    onSaved(`${period.name}: kept ${yearsText(read.years)} after closure.`);
  }

  return (
    <form className="retention-period" onSubmit={submit} noValidate aria-label={`Retention period: ${period.name}`}>
      <TextField
        id={id}
        label={`${period.name}: years kept after closure`}
        hint={hint}
        inputMode="numeric"
        className="retention-years"
        error={error}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" className="button button--secondary">
        Save<span className="visually-hidden"> the period for {period.name}</span>
      </button>
    </form>
  );
}
