import { RECORD_TYPES } from '../reference/record-types';
import { COMPLAINANT_TYPES, INFORMATION_REQUEST_KINDS, LEARNING_ACTION_STATUSES, OUTCOMES, RECORD_TYPE_GROUPS, STAGES, codesOf } from '../reference/vocabularies';
import { CATEGORY_PALETTE, SEQUENTIAL_HIGH, SEQUENTIAL_LOW, categoryColour, categoryColours, contrastRatio, mixColours, readableTextOn } from './category-colours';

describe('the category palette', () => {
  it('has at least 12 distinct colours', () => {
    expect(CATEGORY_PALETTE.length).toBeGreaterThanOrEqual(12);
    expect(new Set(CATEGORY_PALETTE).size).toBe(CATEGORY_PALETTE.length);
  });

  it.each(CATEGORY_PALETTE)('%s contrasts with the white page at least 3:1 (WCAG 1.4.11), and 4.5:1 for thin lines', (colour) => {
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(contrastRatio(colour, '#ffffff')).toBeGreaterThanOrEqual(4.5);
  });

  it('labels every colour and every heatmap shade with text of at least 4.5:1', () => {
    const fills = [...CATEGORY_PALETTE, ...Array.from({ length: 21 }, (_, i) => mixColours(SEQUENTIAL_LOW, SEQUENTIAL_HIGH, i / 20))];
    for (const fill of fills) expect(contrastRatio(readableTextOn(fill), fill)).toBeGreaterThanOrEqual(4.5);
  });

  it("keeps the web's current series colours in their order, so position-coloured charts look the same", () => {
    expect(CATEGORY_PALETTE.slice(0, 10)).toEqual([
      '#1d70b8',
      '#b55000',
      '#00703c',
      '#912b88',
      '#0b0c0c',
      '#8a6d00',
      '#a6185f',
      '#0f7a8a',
      '#4c2c92',
      '#505a5f',
    ]);
  });
});

describe('categoryColour', () => {
  const vocabularies: Array<[string, string[]]> = [
    ['RECORD_TYPE', RECORD_TYPES.map((type) => type.code)],
    ['RECORD_TYPE_GROUP', codesOf(RECORD_TYPE_GROUPS)],
    ['OUTCOME', codesOf(OUTCOMES)],
    ['STAGE', codesOf(STAGES)],
    ['COMPLAINANT_TYPE', codesOf(COMPLAINANT_TYPES)],
    ['LEARNING_ACTION_STATUS', codesOf(LEARNING_ACTION_STATUSES)],
    ['INFORMATION_REQUEST_KIND', codesOf(INFORMATION_REQUEST_KINDS)],
    ['CHANNEL', ['COMPLAINT_FORM', 'EMAIL', 'IN_PERSON', 'LETTER', 'OMBUDSMAN', 'TELEPHONE', 'WEB_APPLICATION']],
    ['DIVISION', ['SAFEGUARDING_SOCIAL_CARE', 'SCHOOL_STANDARDS', 'SAFEGUARDING_INCLUSION', 'SCHOOLS']],
  ];

  it.each(vocabularies)('gives every %s code its own fixed colour, whatever its position in a chart', (dimension, codes) => {
    const colours = codes.map((code, i) => categoryColour(dimension, code, i));
    expect(new Set(colours).size).toBe(codes.length);
    // Reversed, or alone in a chart, a code keeps its colour.
    codes.forEach((code, i) => {
      expect(categoryColour(dimension, code, codes.length - 1 - i)).toBe(colours[i]);
      expect(categoryColour(dimension, code, 0)).toBe(colours[i]);
    });
    for (const colour of colours) expect(CATEGORY_PALETTE).toContain(colour);
  });

  it('keeps related codes in one hue across dimensions', () => {
    expect(categoryColour('STAGE', 'OMBUDSMAN', 0)).toBe(categoryColour('RECORD_TYPE', 'LGO_COMPLAINT', 0));
    expect(categoryColour('CHANNEL', 'OMBUDSMAN', 0)).toBe(categoryColour('RECORD_TYPE', 'LGO_COMPLAINT', 0));
    expect(categoryColour('RECORD_TYPE_GROUP', 'FORMAL_COMPLAINT', 3)).toBe(categoryColour('RECORD_TYPE', 'STATUTORY_COMPLAINT', 0));
    expect(categoryColour('SERVICE_AREA', 'TOTAL', 5)).toBe('#0b0c0c');
    expect(categoryColour('OUTCOME', 'NOT_RECORDED', 0)).toBe(categoryColour('ISSUE', 'OTHER', 0));
  });

  it('colours codes it does not know by position, wrapping round the palette', () => {
    expect(categoryColour('SERVICE_AREA', 'SOCIAL_CARE', 0)).toBe(CATEGORY_PALETTE[0]);
    expect(categoryColour('SERVICE_AREA', 'SOCIAL_CARE', 13)).toBe(CATEGORY_PALETTE[1]);
    expect(categoryColour('ISSUE', 'x', -1)).toBe(CATEGORY_PALETTE[CATEGORY_PALETTE.length - 1]);
    expect(categoryColour('ISSUE', 'x', Number.NaN)).toBe(CATEGORY_PALETTE[0]);
    expect(categoryColour('RECORD_TYPE', 'NEW_LOCAL_TYPE', 2)).toBe(CATEGORY_PALETTE[2]);
    expect(categoryColour('RECORD_TYPE', 'toString', 1)).toBe(CATEGORY_PALETTE[1]);
  });

  it('gives a whole chart distinct colours, known codes fixed and new ones from what is left', () => {
    const colours = categoryColours('RECORD_TYPE', ['NEW_LOCAL_TYPE', 'STATUTORY_COMPLAINT', 'ANOTHER_NEW_TYPE']);
    expect(colours[1]).toBe(categoryColour('RECORD_TYPE', 'STATUTORY_COMPLAINT', 0));
    expect(new Set(colours).size).toBe(3);
    const areas = categoryColours('SERVICE_AREA', Array.from({ length: 12 }, (_, i) => `AREA_${i}`));
    expect(areas).toEqual([...CATEGORY_PALETTE]);
    expect(categoryColours('ALL_ISSUES', ['A', 'B'])).toEqual([CATEGORY_PALETTE[0], CATEGORY_PALETTE[1]]);
    expect(categoryColours('SERVICE_AREA', Array.from({ length: 14 }, (_, i) => `AREA_${i}`))[13]).toBe(CATEGORY_PALETTE[1]);
  });
});
