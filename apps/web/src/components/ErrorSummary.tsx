import { useEffect, useRef, type MouseEvent } from 'react';

export interface ErrorSummaryItem {
  /** The id of the field the error is about; items without one are shown as text. */
  fieldId?: string;
  message: string;
}

export interface ErrorSummaryProps {
  items: ErrorSummaryItem[];
  title?: string;
  /** Changes to this move focus to the summary again (e.g. a submit count). */
  focusKey?: unknown;
}

/**
 * The error summary shown above a form (GOV.UK pattern): takes focus when it
 * appears so screen readers read it, and each item links to its field.
 * Renders nothing when there are no errors.
 */
export function ErrorSummary({ items, title = 'There is a problem', focusKey }: ErrorSummaryProps) {
  const ref = useRef<HTMLDivElement>(null);
  const hasItems = items.length > 0;

  useEffect(() => {
    if (hasItems) ref.current?.focus();
  }, [hasItems, focusKey]);

  if (!hasItems) return null;

  return (
    <div className="error-summary" ref={ref} tabIndex={-1} aria-labelledby="error-summary-title">
      <div role="alert">
        <h2 className="error-summary__title" id="error-summary-title">
          {title}
        </h2>
        <ul className="list error-summary__list">
          {items.map((item) => (
            <li key={`${item.fieldId ?? ''}:${item.message}`}>
              {item.fieldId ? (
                <a href={`#${item.fieldId}`} onClick={(event) => focusField(event, item.fieldId!)}>
                  {item.message}
                </a>
              ) : (
                item.message
              )}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** Moves focus to the field and scrolls its label into view, without changing the URL. */
function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string) {
  const field = document.getElementById(fieldId);
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${fieldId}"]`) ?? field.closest('fieldset')?.querySelector('legend');
  (label ?? field).scrollIntoView?.();
  field.focus({ preventScroll: true });
}
