import { MEASURES } from './measures';
import { TrendMeasure } from './trend.enums';

/** The median of the values each row counts `n` times, written out the slow way. */
function naiveMedian(rows: Array<{ bucket: number; n: number }>): number | null {
  const values = rows.flatMap(({ bucket, n }) => Array.from({ length: n }, () => bucket)).sort((a, b) => a - b);
  if (!values.length) return null;
  const middle = values.length >> 1;
  return values.length % 2 ? values[middle] : (values[middle - 1] + values[middle]) / 2;
}

describe('the median accumulator', () => {
  const accumulate = (rows: Array<{ bucket: unknown; n: unknown }>) => {
    const accumulator = MEASURES[TrendMeasure.MEDIAN_WORKING_DAYS_TO_RESPONSE].accumulator();
    for (const row of rows) accumulator.add(row);
    return accumulator;
  };

  it('is null with nothing counted', () => {
    expect(accumulate([]).value()).toBeNull();
    expect(accumulate([{ bucket: 4, n: 0 }]).value()).toBeNull();
  });

  it('takes the middle value, or the mean of the two middle values, in any order of rows (counts as the driver gives them)', () => {
    expect(accumulate([{ bucket: 9, n: '1' }, { bucket: 2, n: '1' }, { bucket: 5, n: '1' }]).value()).toBe(5);
    expect(accumulate([{ bucket: 9, n: 1 }, { bucket: 2, n: 1 }]).value()).toBe(5.5);
    expect(accumulate([{ bucket: 0, n: 3 }, { bucket: 20, n: 2 }]).count()).toBe(5);
  });

  it('agrees with the slow median on random histograms, small days and very large ones alike', () => {
    let seed = 7;
    const random = (below: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % below;
    };
    for (let trial = 0; trial < 300; trial++) {
      const large = trial % 3 === 0;
      const rows = Array.from({ length: 1 + random(40) }, () => ({ bucket: large && random(4) === 0 ? 1_000 + random(50_000) : random(60), n: random(5) }));
      expect(accumulate(rows).value()).toBe(naiveMedian(rows));
    }
  });
});
