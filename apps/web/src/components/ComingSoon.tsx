import type { ReactNode } from 'react';

/** A page that is planned but not built yet: its heading and a line about what it will do. */
export function ComingSoon({ title, children }: { title: string; children: ReactNode }) {
  return (
    <>
      <h1 className="heading-xl">{title}</h1>
      <div className="inset-text">
        <p>
          <strong>Coming soon.</strong> {children}
        </p>
      </div>
    </>
  );
}
