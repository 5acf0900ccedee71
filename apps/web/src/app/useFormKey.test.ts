import { act, renderHook } from '@testing-library/react';
import { useFormKey } from './useFormKey';

function track(first: string) {
  return renderHook(({ search }) => useFormKey(search), { initialProps: { search: first } });
}

describe('the key that remounts a form kept in the URL', () => {
  it('stays when the URL shows the question the form asked for, even when it arrives late', () => {
    const hook = track('a');
    const key = hook.result.current.key;
    act(() => hook.result.current.submitted('b'));
    // The navigation has not committed yet: the person may still change the form.
    hook.rerender({ search: 'a' });
    expect(hook.result.current.key).toBe(key);
    hook.rerender({ search: 'b' });
    expect(hook.result.current.key).toBe(key);
  });

  it('changes when the question comes from outside the form: back, forward or a link', () => {
    const hook = track('a');
    const first = hook.result.current.key;
    hook.rerender({ search: 'c' });
    const second = hook.result.current.key;
    expect(second).not.toBe(first);
    hook.rerender({ search: 'c' });
    expect(hook.result.current.key).toBe(second);
  });

  it('keeps a submission only until the URL next changes, so going back and forward again shows the URL', () => {
    const hook = track('a');
    act(() => hook.result.current.submitted('b'));
    hook.rerender({ search: 'b' });
    const atB = hook.result.current.key;
    hook.rerender({ search: 'a' }); // back
    expect(hook.result.current.key).not.toBe(atB);
    const atA = hook.result.current.key;
    hook.rerender({ search: 'b' }); // forward: b was asked once, not now
    expect(hook.result.current.key).not.toBe(atA);
  });

  it('remounts when another submission overtakes the one the URL shows', () => {
    const hook = track('a');
    act(() => hook.result.current.submitted('b'));
    act(() => hook.result.current.submitted('c'));
    const key = hook.result.current.key;
    hook.rerender({ search: 'b' });
    expect(hook.result.current.key).not.toBe(key);
  });
});
