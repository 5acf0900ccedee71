import { APPENDIX_ID } from '@complaints/domain';
import { DATA_KINDS, type DataKind, type DataVersions } from '../data-versions/data-versions';
import { REPORT_TABLE_IDS } from '../report/report.service';
import { REPORT_TABLE_READS, reportQuestion, reportTableQuestion } from './report-question';
import { resultKey } from './result-key';

const TODAY = '2026-11-26';
const at = new Date('2026-11-01T10:00:00Z');
const later = new Date('2026-11-02T10:00:00Z');
const VERSIONS: DataVersions = {
  contacts: { version: 7, updatedAt: at },
  information_requests: { version: 2, updatedAt: at },
  learning_actions: { version: 3, updatedAt: at },
  reference_data: { version: 4, updatedAt: at },
};
const bumped = (kind: DataKind): DataVersions => ({ ...VERSIONS, [kind]: { version: VERSIONS[kind]!.version + 1, updatedAt: later } });
const keyOf = (tableId: string, versions = VERSIONS) => resultKey(reportTableQuestion('2009/10', tableId, TODAY), versions, 'sqlite:/data/complaints.sqlite');

describe('report table questions', () => {
  it('name what every table of the report reads, and no other table', () => {
    expect(Object.keys(REPORT_TABLE_READS).sort()).toEqual([...REPORT_TABLE_IDS, APPENDIX_ID].sort());
  });

  it.each([
    ...['table1', 'table2', 'table3', 'table4', 'table5', 'table7', 'outcomes', 'compliments', 'divisions', 'children-and-young-people'].map(
      (id) => [id, ['contacts', 'reference_data']] as const,
    ),
    // Service activity figures ride with the reference data; escalations and feedback forms with the contacts.
    ['table6', ['contacts', 'reference_data']],
    ['progression', ['contacts', 'reference_data']],
    ['feedback', ['contacts', 'reference_data']],
    // The lost-information register rides with the information requests.
    ['table8', ['information_requests', 'reference_data']],
    ['table9', ['information_requests', 'reference_data']],
    ['lost-information', ['information_requests', 'reference_data']],
    // Its counts are of the complaints naming each action's issues.
    [APPENDIX_ID, ['contacts', 'learning_actions', 'reference_data']],
  ] as const)('%s reads %j', (id, kinds) => {
    expect([...reportTableQuestion('2009/10', id, TODAY).reads].sort()).toEqual([...kinds].sort());
  });

  it('read, all tables together, no kind the whole report does not', () => {
    const union = new Set(Object.values(REPORT_TABLE_READS).flat());
    expect([...union].sort()).toEqual([...reportQuestion('2009/10', TODAY).reads].sort());
    expect([...union].sort()).toEqual([...DATA_KINDS].sort());
  });

  it('key a table on only what it reads: a learning action leaves table 2 alone, not Appendix 1', () => {
    expect(keyOf('table2', bumped('learning_actions'))).toBe(keyOf('table2'));
    expect(keyOf('table2', bumped('information_requests'))).toBe(keyOf('table2'));
    expect(keyOf('table2', bumped('contacts'))).not.toBe(keyOf('table2'));
    expect(keyOf('table2', bumped('reference_data'))).not.toBe(keyOf('table2'));
    expect(keyOf(APPENDIX_ID, bumped('learning_actions'))).not.toBe(keyOf(APPENDIX_ID));
    expect(keyOf(APPENDIX_ID, bumped('contacts'))).not.toBe(keyOf(APPENDIX_ID));
    expect(keyOf('table8', bumped('contacts'))).toBe(keyOf('table8'));
    expect(keyOf('table8', bumped('information_requests'))).not.toBe(keyOf('table8'));
  });

  it('give each table, year and day its own key, apart from the whole report', () => {
    const keys = new Set([
      keyOf('table2'),
      keyOf('table3'),
      resultKey(reportTableQuestion('2008/09', 'table2', TODAY), VERSIONS, 'sqlite:/data/complaints.sqlite'),
      resultKey(reportTableQuestion('2009/10', 'table2', '2026-11-27'), VERSIONS, 'sqlite:/data/complaints.sqlite'),
      resultKey(reportQuestion('2009/10', TODAY), VERSIONS, 'sqlite:/data/complaints.sqlite'),
    ]);
    expect(keys.size).toBe(5);
  });

  it('refuses a table the report does not have', () => {
    expect(() => reportTableQuestion('2009/10', 'table10', TODAY)).toThrow("No table 'table10'");
    expect(() => reportTableQuestion('2009/10', 'constructor', TODAY)).toThrow("No table 'constructor'");
  });
});
