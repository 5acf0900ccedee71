import { decodeResult, encodeResult } from './result-codec';

describe('the result codec', () => {
  const at = new Date('2026-11-01T10:00:00Z');

  it('reads an answer without dates as plain JSON, equal to what was written', () => {
    const value = { series: [{ key: 'ALL', points: [{ period: '2009-04', value: 12.5, count: 8 }] }], taxonomyDate: null };
    expect(decodeResult(encodeResult(value))).toEqual(value);
  });

  it('brings dates back wherever they are, beside text that merely mentions $date', () => {
    const value = { label: 'costs "$date" and $date', note: { $date: 'not alone', other: 1 }, actions: [{ createdAt: at }] };
    const decoded = decodeResult<typeof value>(encodeResult(value));
    expect(decoded).toEqual(value);
    expect(decoded.actions[0].createdAt).toBeInstanceOf(Date);
  });

  it('leaves a lone "$date" key written as a string value alone', () => {
    expect(decodeResult(encodeResult({ label: '$date' }))).toEqual({ label: '$date' });
  });
});
