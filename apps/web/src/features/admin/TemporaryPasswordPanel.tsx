import { useEffect, useRef } from 'react';

/**
 * A temporary password, shown once to the administrator who made it (it is
 * never stored, only its hash): how to hand it over, and what happens next.
 */
export function TemporaryPasswordPanel({ name, password, heading }: { name: string; password: string; heading: string }) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), [password]);
  return (
    <div className="panel temporary-password" role="status" tabIndex={-1} ref={ref} aria-labelledby="temporary-password-heading">
      <h2 className="heading-m" id="temporary-password-heading">
        {heading}
      </h2>
      <p>
        Temporary password for {name}:{' '}
        <code className="temporary-password__value" data-testid="temporary-password">
          {password}
        </code>
      </p>
      <p>
        Give it to them in person or by phone, not in the same email as their address. When they sign in with it they must choose
        their own password before they can do anything else. It will not be shown again: if it is lost, reset the password again.
      </p>
    </div>
  );
}
