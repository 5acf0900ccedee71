import { disclosureNote } from './note';
import { DISCLOSURE_RULES } from './rules';

describe('the disclosure note', () => {
  it('is null when nothing was suppressed, rounded or withheld', () => {
    expect(disclosureNote('UNDER_5', 0, false)).toBeNull();
    expect(disclosureNote('NONE', 0, false)).toBeNull();
  });

  it('says suppressed and names the rule, and what each symbol means', () => {
    const note = disclosureNote('UNDER_5', 3, false)!;
    expect(note).toContain('suppressed');
    expect(note).toContain(DISCLOSURE_RULES.UNDER_5.label);
    expect(note).toContain('3 figures are suppressed');
    expect(note).toContain('<5 marks a count of 1 to 4; c marks a larger figure');
    expect(disclosureNote('DFE_C', 1, false)).toContain('1 figure is suppressed');
    expect(disclosureNote('DFE_C', 1, false)).toContain('c marks a count of 1 to 4, or a larger figure');
  });

  it('says rounded, and that totals may not add up, under the NHS rule', () => {
    const roundedOnly = disclosureNote('NHS_1_TO_7_ROUND_5', 0, true)!;
    expect(roundedOnly).toContain('rounded to the nearest 5');
    expect(roundedOnly).toContain('totals may not add up');
    expect(roundedOnly).toContain(DISCLOSURE_RULES.NHS_1_TO_7_ROUND_5.label);
    expect(roundedOnly).not.toContain('suppressed to protect');
    const both = disclosureNote('NHS_1_TO_7_ROUND_5', 2, true)!;
    expect(both).toContain('suppressed');
    expect(both).toContain('Other counts are rounded');
  });

  it('mentions withheld percentages and their threshold', () => {
    const note = disclosureNote('ONS_UNDER_10', 0, false, { percentagesWithheld: 2 })!;
    expect(note).toContain('2 percentages are withheld ([c]) because the base is under 10');
    expect(note).toContain(DISCLOSURE_RULES.ONS_UNDER_10.label);
  });
});
