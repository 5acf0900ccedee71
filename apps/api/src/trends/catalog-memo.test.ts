import { frozenList, memoOn } from './catalog-memo';

describe('memoOn', () => {
  it('computes once per owner and key, and afresh for another owner', () => {
    const first = [{ code: 'A' }];
    const second = [{ code: 'A' }];
    let computed = 0;
    const values = (owner: object) => memoOn(owner, 'values', () => ++computed);
    expect([values(first), values(first), values(second)]).toEqual([1, 1, 2]);
    expect(memoOn(first, 'other', () => 'x')).toBe('x');
  });

  it('shares frozen lists, so that no request can change what the next one reads', () => {
    const list = frozenList([{ key: 'A', label: 'A' }]);
    expect(() => (list as unknown as Array<{ key: string; label: string }>).push({ key: 'B', label: 'B' })).toThrow(TypeError);
    expect(() => {
      (list[0] as { label: string }).label = 'changed';
    }).toThrow(TypeError);
  });
});
