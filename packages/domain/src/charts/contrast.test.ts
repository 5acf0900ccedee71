import { contrastRatio, mixColours, readableTextOn, relativeLuminance, TEXT_DARK, TEXT_LIGHT } from './contrast';

describe('WCAG colour arithmetic', () => {
  it('measures luminance and contrast as WCAG defines them', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#777777', '#777777')).toBe(1);
    // GOV.UK blue on white: 5.17:1 (a published reference value).
    expect(contrastRatio('#1d70b8', '#ffffff')).toBeCloseTo(5.17, 2);
    // #767676 is the lightest grey that reaches 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio('#777777', '#ffffff')).toBeLessThan(4.5);
  });

  it('picks black or white text, whichever reads better', () => {
    expect(readableTextOn('#ffffff')).toBe(TEXT_DARK);
    expect(readableTextOn('#0b0c0c')).toBe(TEXT_LIGHT);
    for (let i = 0; i <= 255; i += 5) {
      const grey = `#${i.toString(16).padStart(2, '0').repeat(3)}`;
      expect(contrastRatio(readableTextOn(grey), grey)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('mixes colours, clamping the fraction', () => {
    expect(mixColours('#000000', '#ffffff', 0.5)).toBe('#808080');
    expect(mixColours('#000000', '#ffffff', 2)).toBe('#ffffff');
    expect(mixColours('#000000', '#ffffff', Number.NaN)).toBe('#000000');
  });

  it('refuses what is not a #rrggbb colour', () => {
    expect(() => relativeLuminance('blue')).toThrow(RangeError);
    expect(() => relativeLuminance('#fff')).toThrow(RangeError);
  });
});
