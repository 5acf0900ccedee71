import { decodeContactCursor, encodeContactCursor } from './contact-page';

const row = { id: 42, receivedDate: '2009-11-02', nextDueDate: null, referenceKey: 'CS-2009-0042' };

describe('contact list cursors', () => {
  it('round-trip for the order they were made for', () => {
    for (const sort of ['RECEIVED_NEWEST', 'RECEIVED_OLDEST', 'DUE_SOONEST', 'REFERENCE'] as const) {
      const cursor = encodeContactCursor(sort, row);
      expect(decodeContactCursor(cursor, sort)).toEqual({ sort, value: sort === 'DUE_SOONEST' ? null : sort === 'REFERENCE' ? 'CS-2009-0042' : '2009-11-02', id: 42 });
    }
  });

  it('refuse anything else: another order, edited values, garbage', () => {
    const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
    expect(decodeContactCursor(encodeContactCursor('REFERENCE', row), 'RECEIVED_NEWEST')).toBeNull();
    expect(decodeContactCursor(encode(['RECEIVED_NEWEST', "2009-11-02' OR 1=1 --", 42]), 'RECEIVED_NEWEST')).toBeNull();
    expect(decodeContactCursor(encode(['RECEIVED_NEWEST', '2009-02-30', 42]), 'RECEIVED_NEWEST')).toBeNull();
    expect(decodeContactCursor(encode(['RECEIVED_NEWEST', null, 42]), 'RECEIVED_NEWEST')).toBeNull();
    expect(decodeContactCursor(encode(['RECEIVED_NEWEST', '2009-11-02', -1]), 'RECEIVED_NEWEST')).toBeNull();
    expect(decodeContactCursor(encode(['REFERENCE', 'cs/2009', 1]), 'REFERENCE')).toBeNull();
    expect(decodeContactCursor(encode({ a: 1 }), 'REFERENCE')).toBeNull();
    expect(decodeContactCursor('not a cursor!', 'REFERENCE')).toBeNull();
    expect(decodeContactCursor('x'.repeat(1000), 'REFERENCE')).toBeNull();
  });
});
