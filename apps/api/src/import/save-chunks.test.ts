import { saveChunks } from './save-chunks';

describe('saveChunks', () => {
  it('saves rows with a given reference first, then the rest, each in file order', () => {
    expect(saveChunks([false, true, false, true, true], 10)).toEqual([[1, 3, 4, 0, 2]]);
  });

  it('cuts the order into chunks of at most `size`', () => {
    expect(saveChunks([true, true, false, false, false], 2)).toEqual([[0, 1], [2, 3], [4]]);
  });

  it('has no chunks for no rows and refuses a size below 1', () => {
    expect(saveChunks([], 500)).toEqual([]);
    expect(() => saveChunks([true], 0)).toThrow();
  });
});
