import { isSafeRequestId } from './request-id';

describe('isSafeRequestId', () => {
  it.each(['3f1c2d9e-8b7a-4c6d-9e0f-1a2b3c4d5e6f', 'lb-7f3a.42', 'trace:abc_123'])('accepts %j', (id) => {
    expect(isSafeRequestId(id)).toBe(true);
  });

  it.each(['', 'x'.repeat(65), 'two words', 'a\nb', '{"json":1}', '<script>', 'é'])('refuses %j', (id) => {
    expect(isSafeRequestId(id)).toBe(false);
  });

  it('refuses a repeated header (an array)', () => {
    expect(isSafeRequestId(['a', 'b'])).toBe(false);
  });
});
