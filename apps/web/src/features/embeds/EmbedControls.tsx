import { useEffect, useRef, useState } from 'react';
import type { CombinedError } from 'urql';
import { changeProblem } from './change-error';
import { usePauseEmbed, useResumeEmbed, useRevokeEmbed } from './embed-mutations';
import type { EmbedRecord } from './useEmbedsQuery';

export interface EmbedControlsProps {
  embed: EmbedRecord;
  /** Names the embed in the buttons' accessible names, e.g. the chart's name. */
  label: string;
}

/**
 * Pause, resume and revoke. Revoking cannot be undone, so it asks first;
 * pausing can, so it does not. The register's rows come from the API only
 * for people who may manage them, which refuses anyone else anyway.
 */
export function EmbedControls({ embed, label }: EmbedControlsProps) {
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [error, setError] = useState<CombinedError | null>(null);
  const [pauseState, pause] = usePauseEmbed();
  const [resumeState, resume] = useResumeEmbed();
  const [revokeState, revoke] = useRevokeEmbed();
  const busy = pauseState.fetching || resumeState.fetching || revokeState.fetching;
  const confirmRef = useRef<HTMLDivElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const focusRevoke = useRef(false);
  const messageRef = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
    else if (focusRevoke.current) {
      focusRevoke.current = false;
      revokeButton.current?.focus();
    }
  }, [confirming]);

  /** Runs one change; true when it was made. */
  async function run(action: (variables: { id: string }) => Promise<{ error?: CombinedError | undefined }>, done: string): Promise<boolean> {
    setError(null);
    setMessage('');
    const result = await action({ id: embed.id });
    if (result.error) {
      setError(result.error);
      return false;
    }
    setMessage(done);
    // The button pressed is replaced (Pause by Resume, or gone): the outcome takes focus instead.
    requestAnimationFrame(() => messageRef.current?.focus());
    return true;
  }

  const { pause: mayPause, resume: mayResume, revoke: mayRevoke } = embed.viewerCan;
  if (!mayPause && !mayResume && !mayRevoke) {
    return message ? (
      <p role="status" className="embed-card__message" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
    ) : null;
  }

  return (
    <div className="embed-controls">
      {confirming ? (
        <div className="embed-controls__confirm" role="alert" tabIndex={-1} ref={confirmRef}>
          <p>
            <strong>Revoke this embed?</strong> Every page showing it will say “This chart is no longer available”. This cannot be
            undone: to show the chart again you would create a new embed and paste its new snippet.
          </p>
          <div className="chart-buttons">
            <button
              type="button"
              className="button button--warning"
              aria-disabled={busy || undefined}
              onClick={() => {
                if (busy) return;
                void run(revoke, 'Embed revoked. Pages showing it now say the chart is no longer available.').then((done) => done && setConfirming(false));
              }}
            >
              Yes, revoke it
            </button>
            <button
              type="button"
              className="button button--secondary"
              onClick={() => {
                focusRevoke.current = true;
                setConfirming(false);
              }}
            >
              Cancel
            </button>
          </div>
        </div>
      ) : (
        <div className="chart-buttons">
          {mayPause && (
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => !busy && void run(pause, 'Embed paused. Readers see “This chart is no longer available” until you resume it.')}>
              Pause<span className="visually-hidden"> the embed of {label}</span>
            </button>
          )}
          {mayResume && (
            <button type="button" className="button button--secondary" aria-disabled={busy || undefined} onClick={() => !busy && void run(resume, 'Embed resumed. Readers see the chart again.')}>
              Resume<span className="visually-hidden"> the embed of {label}</span>
            </button>
          )}
          {mayRevoke && (
            <button type="button" className="button button--warning" ref={revokeButton} onClick={() => setConfirming(true)}>
              Revoke<span className="visually-hidden"> the embed of {label}</span>
            </button>
          )}
        </div>
      )}
      <p role="status" className="embed-card__message" tabIndex={-1} ref={messageRef}>
        {message}
      </p>
      {error && (
        <p role="alert" className="error-message">
          {changeProblem(error, 'The embed was not changed')}
        </p>
      )}
    </div>
  );
}
