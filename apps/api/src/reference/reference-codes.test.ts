import type { FieldProblem } from '../graphql/errors';
import { filterIds, idsOfCodes, retiredCodeProblems, type Indexed } from './reference-catalog';

const list = [
  { id: 7, code: 'EMAIL' },
  { id: 9, code: 'LETTER' },
];
const channels: Indexed<{ id: number; code: string }> = {
  list,
  byCode: new Map(list.map((r) => [r.code, r])),
  byId: new Map(list.map((r) => [r.id, r])),
};

describe('codes to ids', () => {
  it('gives the ids of known codes in order, and the unknown codes', () => {
    expect(idsOfCodes(channels, ['LETTER', 'FAX', 'EMAIL'])).toEqual({ ids: [9, 7], unknown: ['FAX'] });
  });

  it("names each unknown code as a problem of the filter's field", () => {
    const problems: FieldProblem[] = [];
    expect(filterIds('channels', ['EMAIL', 'FAX', 'PIGEON'], channels, problems)).toEqual([7]);
    expect(problems).toEqual([
      { field: 'filter.channels', message: "unknown code 'FAX'" },
      { field: 'filter.channels', message: "unknown code 'PIGEON'" },
    ]);
  });

  it('is no filter when no codes are given', () => {
    expect(filterIds('channels', undefined, channels, [])).toBeNull();
  });
});

describe('retired codes', () => {
  it('are a problem on records dated from their retirement, not before', () => {
    const rows = [
      { id: 1, code: 'FAX', name: 'Fax', retiredFrom: '2011-04-01' },
      { id: 2, code: 'EMAIL', name: 'Email', retiredFrom: null },
    ];
    const known = { list: rows, byCode: new Map(rows.map((r) => [r.code, r])), byId: new Map(rows.map((r) => [r.id, r])) };
    const problems: FieldProblem[] = [];
    retiredCodeProblems('channel', ['FAX', 'EMAIL', 'UNKNOWN'], known, '2011-03-31', problems);
    expect(problems).toEqual([]);
    retiredCodeProblems('channel', ['FAX', 'EMAIL'], known, '2011-04-01', problems);
    expect(problems).toEqual([{ field: 'channel', message: "'Fax' is retired: not used from 2011-04-01" }]);
  });
});
