import { readFileSync } from 'fs';
import { join } from 'path';
import { percentCell, readOmbudsmanStatisticsCsv } from './ombudsman-statistics-import';
import { OMBUDSMAN_SAMPLE_CSV } from './sample/ombudsman-statistics-sample';

const read = (text: string) => readOmbudsmanStatisticsCsv(new TextEncoder().encode(text));

describe("reading the Ombudsman's per-council statistics", () => {
  it('reads the invented sample, which says it is invented and matches the shipped CSV file', () => {
    expect(readFileSync(join(__dirname, 'sample', 'ombudsman-statistics-sample.csv'), 'utf8')).toBe(OMBUDSMAN_SAMPLE_CSV);
    expect(OMBUDSMAN_SAMPLE_CSV.split('\n')[0]).toMatch(/^# INVENTED SAMPLE DATA/);
    const result = read(OMBUDSMAN_SAMPLE_CSV);
    expect(result.ok && result.rows.length).toBe(10);
  });
  it('names the missing, unknown and repeated columns', () => {
    const result = read('council,financial_year,decided,decided,colour\n');
    expect(!result.ok && result.problems.map((p) => `${p.field}: ${p.message}`)).toEqual([
      'decided: the column appears twice',
      'colour: unknown column; the columns are council, financial_year, complaints_received, decided, upheld, upheld_rate, compliance_with_recommendations, satisfactory_remedy_before_ombudsman',
      'complaints_received: this required column is missing from the header row',
      'upheld: this required column is missing from the header row',
    ]);
  });
  it('checks each row and refuses a council repeated in a year', () => {
    const result = read('council,financial_year,complaints_received,decided,upheld\nA,2025/26,1,1,1\nA,2025/26,1,1,0\n,2025/26,1,0,1\n');
    expect(!result.ok && result.problems.map((p) => `${p.line} ${p.field}`)).toEqual(['3 council', '4 council', '4 upheld']);
  });
  it('reads percentages as spreadsheets write them', () => {
    expect(percentCell('62.5%')).toBe(62.5);
    expect(percentCell(' 63 % ')).toBe(63);
    expect(percentCell('')).toBeNull();
    expect(percentCell('101')).toBeNaN();
    expect(percentCell('abc')).toBeNaN();
  });
});
