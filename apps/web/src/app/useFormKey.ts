import { useCallback, useState } from 'react';

interface FormKeyState {
  /** What the URL shows at the last render (its query string, or the part the form edits). */
  shown: string;
  key: number;
  /** What the form itself last asked for, until the URL shows it. */
  submitted: string | null;
}

/**
 * The key that remounts a form kept in the URL (filters, a question, a year).
 *
 * A value that arrives from outside the form (back, forward, a link) gets a
 * new key, so the form shows it. The form's own submission keeps the key: the
 * form already holds that value. Remounting there would move keyboard focus
 * off the button just pressed, close what the person had opened, and lose
 * what was chosen while the navigation was still on its way (React holds a
 * navigation while a lazy chunk loads).
 */
export function useFormKey(shown: string): { key: number; submitted: (next: string) => void } {
  const [state, setState] = useState<FormKeyState>({ shown, key: 0, submitted: null });
  let current = state;
  if (state.shown !== shown) {
    // Adjusting state while rendering, as React's docs advise for state that follows a prop.
    current = { shown, key: shown === state.submitted ? state.key : state.key + 1, submitted: null };
    setState(current);
  }
  const submitted = useCallback((next: string) => setState((now) => ({ ...now, submitted: next })), []);
  return { key: current.key, submitted };
}
