/**
 * The public "Have your say" page (report 12.3): a child or young person tells
 * the service what happened, without signing in. Plain words (reading age
 * about 9), big targets, one short form, and what happens next said before
 * and after sending.
 */
import { HAVE_YOUR_SAY_AGE_GROUPS, HAVE_YOUR_SAY_DANGER_ADVICE, HAVE_YOUR_SAY_LIMITS, HAVE_YOUR_SAY_NEXT_STEPS } from '@complaints/domain';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useDocumentTitle } from '../../app/useDocumentTitle';
import { ErrorSummary, type ErrorSummaryItem } from '../../components/ErrorSummary';
import { SelectField } from '../../components/SelectField';
import { TextAreaField } from '../../components/TextAreaField';
import { TextField } from '../../components/TextField';
import { RadioGroup } from '../cases/RadioGroup';
import { EMPTY_VALUES, errorsFromApi, FIELD_IDS, hasErrors, toInput, validate, type HaveYourSayErrors, type HaveYourSayValues } from './have-your-say-form';
import { useSubmitHaveYourSay } from './have-your-say-queries';
import './have-your-say.css';

const CONTACT_OPTIONS = [
  { value: '', label: 'Please do not contact me' },
  { value: 'PHONE', label: 'Phone call' },
  { value: 'TEXT_MESSAGE', label: 'Text message' },
  { value: 'EMAIL', label: 'Email' },
] as const;

const ADVOCATE_OPTIONS = [
  { value: 'yes', label: 'Yes, please' },
  { value: 'no', label: 'No, thank you' },
];

const AGE_OPTIONS = [{ value: '', label: 'I do not want to say' }, ...Object.entries(HAVE_YOUR_SAY_AGE_GROUPS).map(([value, label]) => ({ value, label }))];

interface Receipt {
  reference: string;
  whatHappensNext: string[];
  ifInDanger: string;
}

function NextSteps({ steps }: { steps: readonly string[] }) {
  return (
    <ul className="list list--bullet hys__steps">
      {steps.map((step) => (
        <li key={step}>{step}</li>
      ))}
    </ul>
  );
}

function DangerAdvice({ text }: { text: string }) {
  return (
    <div className="hys__danger">
      <h2 className="heading-m">Are you in danger?</h2>
      <p>{text}</p>
    </div>
  );
}

export function HaveYourSayPage() {
  const [values, setValues] = useState<HaveYourSayValues>(EMPTY_VALUES);
  const [errors, setErrors] = useState<HaveYourSayErrors>({});
  const [attempt, setAttempt] = useState(0);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const [{ fetching: sending }, send] = useSubmitHaveYourSay();
  const showErrors = hasErrors(errors);
  useDocumentTitle(receipt ? 'Thank you: we got your message' : 'Have your say', showErrors);

  const set = (changes: Partial<HaveYourSayValues>) => setValues((v) => ({ ...v, ...changes }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (sending) return;
    setAttempt((n) => n + 1);
    const found = validate(values);
    if (hasErrors(found)) {
      setErrors(found);
      return;
    }
    setErrors({});
    const result = await send({ input: toInput(values) });
    if (result.error || !result.data) {
      setErrors(result.error ? errorsFromApi(result.error) : { form: 'Sorry, your message did not send. Please try again.' });
      setAttempt((n) => n + 1);
      return;
    }
    setReceipt(result.data.submitHaveYourSay);
  }

  if (receipt) {
    return (
      <Sent
        receipt={receipt}
        onAnother={() => {
          setValues(EMPTY_VALUES);
          setReceipt(null);
        }}
      />
    );
  }

  const summary: ErrorSummaryItem[] = [
    ...(errors.form ? [{ message: errors.form }] : []),
    ...(Object.keys(FIELD_IDS) as Array<keyof typeof FIELD_IDS>).flatMap((field) => (errors[field] ? [{ fieldId: FIELD_IDS[field], message: errors[field]! }] : [])),
  ];
  const left = HAVE_YOUR_SAY_LIMITS.whatHappened - values.whatHappened.trim().length;

  return (
    <div className="hys narrow">
      <ErrorSummary items={summary} focusKey={attempt} />
      <h1 className="heading-xl">Have your say</h1>
      <p className="hys__lead">Are you a child or young person? Tell us about something that happened with Children&rsquo;s Services. We want to hear from you.</p>

      <h2 className="heading-m">What happens next</h2>
      <NextSteps steps={HAVE_YOUR_SAY_NEXT_STEPS} />
      <DangerAdvice text={HAVE_YOUR_SAY_DANGER_ADVICE} />

      <form onSubmit={handleSubmit} noValidate className="hys__form">
        <TextAreaField
          id={FIELD_IDS.whatHappened}
          name="whatHappened"
          label="What happened?"
          hint="Use your own words. Write as much or as little as you like."
          rows={8}
          value={values.whatHappened}
          error={errors.whatHappened}
          onChange={(event) => set({ whatHappened: event.target.value })}
        />
        {left < 500 && (
          <p className="hint" aria-live="polite">
            {left >= 0 ? `You can write ${left.toLocaleString('en-GB')} more characters.` : `That is ${(-left).toLocaleString('en-GB')} characters too many.`}
          </p>
        )}

        <TextField
          id={FIELD_IDS.name}
          name="name"
          label="Your name (if you want to tell us)"
          autoComplete="name"
          value={values.name}
          error={errors.name}
          onChange={(event) => set({ name: event.target.value })}
        />

        <RadioGroup
          name={FIELD_IDS.contactMethod}
          legend="How can we get in touch with you?"
          hint="You do not have to tell us."
          error={errors.contactMethod}
          options={CONTACT_OPTIONS}
          value={values.contactMethod}
          onChange={(value) => set({ contactMethod: value as HaveYourSayValues['contactMethod'] })}
        >
          {values.contactMethod && (
            <div className="radios__conditional">
              <TextField
                id={FIELD_IDS.contactDetails}
                name="contactDetails"
                label={values.contactMethod === 'EMAIL' ? 'Your email address' : 'Your phone number'}
                type={values.contactMethod === 'EMAIL' ? 'email' : 'tel'}
                autoComplete={values.contactMethod === 'EMAIL' ? 'email' : 'tel'}
                spellCheck={false}
                value={values.contactDetails}
                error={errors.contactDetails}
                onChange={(event) => set({ contactDetails: event.target.value })}
              />
            </div>
          )}
        </RadioGroup>

        <RadioGroup
          name={FIELD_IDS.wantsAdvocate}
          legend="Would you like someone (an advocate) to help you?"
          hint="An advocate is a person who is on your side. They help you say what you want to say."
          error={errors.wantsAdvocate}
          options={ADVOCATE_OPTIONS}
          value={values.wantsAdvocate}
          onChange={(value) => set({ wantsAdvocate: value as HaveYourSayValues['wantsAdvocate'] })}
        />

        <SelectField
          id={FIELD_IDS.ageGroup}
          label="How old are you? (if you want to tell us)"
          options={AGE_OPTIONS}
          value={values.ageGroup}
          error={errors.ageGroup}
          onChange={(value) => set({ ageGroup: value })}
        />

        {/* A trap for scripts that fill in every field: hidden from people, screen readers and the keyboard. */}
        <div className="hys__trap" aria-hidden="true">
          <label htmlFor="website">Leave this empty</label>
          <input id="website" name="website" type="text" tabIndex={-1} autoComplete="off" value={values.website} onChange={(event) => set({ website: event.target.value })} />
        </div>

        <button type="submit" className="button hys__send">
          Send my message
        </button>
        <p role="status" className="form-status">
          {sending ? 'Sending your message…' : ''}
        </p>
      </form>
    </div>
  );
}

function Sent({ receipt, onAnother }: { receipt: Receipt; onAnother: () => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <div className="hys narrow">
      <div className="hys__sent">
        <h1 className="heading-xl" tabIndex={-1} ref={heading}>
          Thank you. We got your message.
        </h1>
        <p className="hys__reference">
          Your reference is <strong>{receipt.reference}</strong>
        </p>
        <p>Write it down or take a photo of it. If you talk to us again, tell us this reference.</p>
      </div>
      <h2 className="heading-m">What happens next</h2>
      <NextSteps steps={receipt.whatHappensNext} />
      <DangerAdvice text={receipt.ifInDanger} />
      <button type="button" className="button button--secondary hys__send" onClick={onAnother}>
        Send another message
      </button>
    </div>
  );
}
