import { referenceKey } from './reference-key';

describe('referenceKey', () => {
  it('is upper case with each / as -, trimmed, so case and / versus - never tell two references apart', () => {
    expect(referenceKey('CS/2009/0123')).toBe('CS-2009-0123');
    expect(referenceKey(' cs-2009/0123 ')).toBe('CS-2009-0123');
    expect(referenceKey(' foi/2009/0001 ')).toBe('FOI-2009-0001');
    expect(referenceKey('FOI-2009-0001')).toBe('FOI-2009-0001');
  });

  it('leaves letters, digits and _ as they are, apart from case', () => {
    expect(referenceKey('Leg_17')).toBe('LEG_17');
    expect(referenceKey('ATR_7')).toBe('ATR_7');
  });
});
