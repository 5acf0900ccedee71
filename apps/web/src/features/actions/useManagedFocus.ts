import { useCallback, useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Moves keyboard focus after a change of view (a form closing, a message
 * appearing), once the new element is on the page: call `focusNext(() => element)`
 * together with the state change that renders it.
 *
 * The element then keeps focus if the browser drops it to <body> because the
 * list re-sorted and moved it (a saved due date can change an action's place),
 * until the person next clicks or presses a key.
 */
export function useManagedFocus() {
  const pending = useRef<(() => HTMLElement | null) | null>(null);
  const sticky = useRef<HTMLElement | null>(null);

  useLayoutEffect(() => {
    const target = pending.current?.();
    if (target) {
      pending.current = null;
      sticky.current = target;
      target.focus();
      return;
    }
    const keep = sticky.current;
    if (keep?.isConnected && (document.activeElement === null || document.activeElement === document.body)) keep.focus();
  });

  useEffect(() => {
    const release = () => {
      sticky.current = null;
    };
    document.addEventListener('pointerdown', release, true);
    document.addEventListener('keydown', release, true);
    return () => {
      document.removeEventListener('pointerdown', release, true);
      document.removeEventListener('keydown', release, true);
    };
  }, []);

  return useCallback((target: () => HTMLElement | null) => {
    pending.current = target;
  }, []);
}
