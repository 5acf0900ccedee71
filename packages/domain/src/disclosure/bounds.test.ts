import { impliedInterval, pinnedEntries, publicIntervals, requiredValues, tightenIntervals, underprotectedEntries, type EntryState } from './bounds';
import { tableModel } from './count-table';
import { DISCLOSURE_RULES } from './rules';

const UNDER_5 = DISCLOSURE_RULES.UNDER_5;

describe('what a reader can know of a published table', () => {
  it('gives shown figures exactly, small ones 1 to 4 and protecting ones 5 or more', () => {
    const model = tableModel({ cells: [[3, 10, 12]], rowTotals: [25] });
    const states: EntryState[] = ['PRIMARY', 'SECONDARY', 'SHOWN', 'SHOWN'];
    expect(publicIntervals(model, states, UNDER_5)).toEqual({ lo: [1, 5, 12, 25], hi: [4, Infinity, 12, 25] });
  });

  it('lets hidden figures in a line with a small hidden total be zero', () => {
    const model = tableModel({ cells: [[3, 0]], rowTotals: [3] });
    expect(publicIntervals(model, ['PRIMARY', 'PRIMARY', 'PRIMARY'], UNDER_5)).toEqual({ lo: [0, 0, 1], hi: [4, 4, 4] });
  });

  it('gives rounded figures the range that rounds to them', () => {
    const model = tableModel({ cells: [[12, 0]] });
    expect(publicIntervals(model, ['SHOWN', 'SHOWN'], DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5)).toEqual({ lo: [8, 0], hi: [12, 0] });
  });

  it('narrows by subtraction on one line', () => {
    const model = tableModel({ cells: [[3, 10, 12]], rowTotals: [25] });
    const iv = tightenIntervals(model.lines, publicIntervals(model, ['PRIMARY', 'SHOWN', 'SHOWN', 'SHOWN'], UNDER_5));
    expect([iv.lo[0], iv.hi[0]]).toEqual([3, 3]);
    expect(impliedInterval(model.lines[0]!, 0, iv)).toEqual({ lo: 3, hi: 3 });
  });

  it('finds hidden figures pinned by their ranges alone (two hidden 4s in a row adding to 8)', () => {
    const model = tableModel({ cells: [[4, 4, 10]], rowTotals: [18] });
    const { pinned } = pinnedEntries(model, ['PRIMARY', 'PRIMARY', 'SHOWN', 'SHOWN'], UNDER_5);
    expect(pinned).toEqual([0, 1]);
    expect(pinnedEntries(model, ['PRIMARY', 'PRIMARY', 'SECONDARY', 'SHOWN'], UNDER_5).pinned).toEqual([]);
  });

  it('refuses knowledge that contradicts itself', () => {
    const model = tableModel({ cells: [[3, 10]], rowTotals: [13] });
    // A protecting suppression claims 5 or more; 13 − 10 = 3 contradicts it.
    expect(() => tightenIntervals(model.lines, publicIntervals(model, ['SECONDARY', 'SHOWN', 'SHOWN'], UNDER_5))).toThrow(/contradict/);
  });
});

describe('the audit target', () => {
  it('asks each hidden figure to keep the rule’s protectionValues, or its whole own range', () => {
    // 2 + 5 with its total: the small count can be 1 or 2 only, fewer than 3.
    const model = tableModel({ cells: [[2, 5, 0]], rowTotals: [7] });
    expect(underprotectedEntries(model, ['PRIMARY', 'SECONDARY', 'SHOWN', 'SHOWN'], UNDER_5).entries).toEqual([0, 1]);
    // 2 + 9: 1 to 4 and 7 to 10, enough.
    const wide = tableModel({ cells: [[2, 9, 0]], rowTotals: [11] });
    expect(underprotectedEntries(wide, ['PRIMARY', 'SECONDARY', 'SHOWN', 'SHOWN'], UNDER_5).entries).toEqual([]);
    expect(requiredValues(wide, ['PRIMARY', 'SECONDARY', 'SHOWN', 'SHOWN'], UNDER_5, 0)).toBe(3);
  });
});
