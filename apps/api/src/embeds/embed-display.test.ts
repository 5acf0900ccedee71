import { readEmbedDisplay } from './embed-display';

describe('an embed URL heeds only theme and height', () => {
  it('reads valid values', () => {
    expect(readEmbedDisplay({ theme: 'dark', height: '600' })).toEqual({ theme: 'dark', height: 600 });
    expect(readEmbedDisplay({ theme: 'high-contrast', height: '200' })).toEqual({ theme: 'high-contrast', height: 200 });
  });

  it('rounds the height to 50 px, so there are only a few drawings of each chart to make', () => {
    expect(readEmbedDisplay({ height: '437' }).height).toBe(450);
    expect(readEmbedDisplay({ height: '424' }).height).toBe(400);
    expect(readEmbedDisplay({ height: '1000' }).height).toBe(1000);
    const heights = new Set(Array.from({ length: 1200 }, (_, h) => readEmbedDisplay({ height: String(h) }).height));
    expect(heights.size).toBe(17);
  });

  it.each([
    [{}],
    [{ theme: 'DARK', height: '6000' }],
    [{ theme: ['dark', 'light'], height: ['300', '400'] }],
    [{ theme: '<script>', height: '-1' }],
    [{ height: '199' }],
    [{ height: '1e3' }],
    [{ height: '300px' }],
  ])('falls back to the defaults for %j', (query) => {
    expect(readEmbedDisplay(query)).toEqual({ theme: 'light', height: 400 });
  });

  it('ignores every other parameter (the question is locked in the saved chart)', () => {
    expect(readEmbedDisplay({ financialYear: '2008/09', groupBy: 'ISSUE', theme: 'dark' })).toEqual({ theme: 'dark', height: 400 });
  });
});
