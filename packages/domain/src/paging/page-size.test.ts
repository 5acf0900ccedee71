import { PAGE_SIZE, pageSizeOf } from './page-size';

describe('page size', () => {
  it('defaults, and accepts 1 to the maximum', () => {
    expect(pageSizeOf(undefined)).toEqual({ size: PAGE_SIZE.default });
    expect(pageSizeOf(null)).toEqual({ size: PAGE_SIZE.default });
    expect(pageSizeOf(1)).toEqual({ size: 1 });
    expect(pageSizeOf(PAGE_SIZE.max)).toEqual({ size: PAGE_SIZE.max });
  });
  it.each([0, -1, PAGE_SIZE.max + 1, 2.5, Number.NaN])('refuses %p, naming page.first', (first) => {
    expect(pageSizeOf(first)).toEqual({ problem: { field: 'page.first', message: `must be between 1 and ${PAGE_SIZE.max}` } });
  });
});
