import { describeExpiry, expiryInstant, londonDateTime } from './embed-dates';

describe('embed expiry', () => {
  it('stops at the start of the next day in London: midnight GMT in winter, 23:00 UTC in summer', () => {
    expect(expiryInstant('2011-03-01')).toBe('2011-03-02T00:00:00.000Z');
    expect(expiryInstant('2011-07-31')).toBe('2011-07-31T23:00:00.000Z');
    // The clocks go forward on 27 March 2011 at 01:00 UTC; London's 27 March began at 00:00 GMT.
    expect(expiryInstant('2011-03-26')).toBe('2011-03-27T00:00:00.000Z');
    // They go back on 30 October 2011; that day began at 00:00 BST.
    expect(expiryInstant('2011-10-29')).toBe('2011-10-29T23:00:00.000Z');
    expect(expiryInstant('2011-12-31')).toBe('2012-01-01T00:00:00.000Z');
  });

  it('writes an expiry as the last day shown, or the exact time when it is not a London midnight', () => {
    expect(describeExpiry(null)).toBe('No expiry date: shown until it is revoked');
    expect(describeExpiry('2011-07-31T23:00:00.000Z')).toBe('Shown until the end of 31 July 2011');
    expect(describeExpiry('2011-03-02T00:00:00.000Z')).toBe('Shown until the end of 1 March 2011');
    expect(describeExpiry('2011-03-02T12:30:00.000Z')).toBe('Shown until 2 Mar 2011, 12:30');
  });

  it('reads London’s date and time of an instant', () => {
    expect(londonDateTime(new Date('2011-06-30T23:30:00Z'))).toEqual({ date: '2011-07-01', time: '00:30' });
  });
});
