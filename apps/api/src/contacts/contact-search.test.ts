import type { FieldProblem } from '../graphql/errors';
import { contactSearch, startsWith } from './contact-search';

function check(filter: Parameters<typeof contactSearch>[0]) {
  const problems: FieldProblem[] = [];
  return { search: contactSearch(filter, problems), problems };
}

describe('contact search', () => {
  it('finds references by their key, whatever the case and / or -', () => {
    expect(check({ reference: ' cs/2009/01' }).search.referenceKeyPrefix).toBe('CS-2009-01');
  });

  it('matches % and _ typed in free text as themselves', () => {
    expect(check({ text: '100% _sure_' }).search.textPattern).toBe('%100!% !_sure!_%');
    expect(check({ text: 'a!b' }).search.textPattern).toBe('%a!!b%');
  });

  it('refuses what cannot be a reference, names without a letter, and text too short or too long', () => {
    expect(check({ reference: '%' }).problems.map((p) => p.field)).toEqual(['filter.reference']);
    expect(check({ reference: 'x'.repeat(1000) }).problems.map((p) => p.field)).toEqual(['filter.reference']);
    expect(check({ complainantName: '%_' }).problems.map((p) => p.field)).toEqual(['filter.complainantName']);
    expect(check({ complainantName: 'x'.repeat(1000) }).problems.map((p) => p.field)).toEqual(['filter.complainantName']);
    expect(check({ text: 'ab' }).problems.map((p) => p.field)).toEqual(['filter.text']);
    expect(check({ text: 'x'.repeat(1000) }).problems.map((p) => p.field)).toEqual(['filter.text']);
  });

  it('ignores blanks', () => {
    expect(check({ reference: ' ', complainantName: '', text: '  ' })).toEqual({
      search: { referenceKeyPrefix: null, name: null, textPattern: null },
      problems: [],
    });
  });

  it('says "starts with" as each dialect can answer from an index', () => {
    expect(startsWith('c.referenceKey', 'CS-2009_1', 'mysql', 'ref')).toEqual(["c.referenceKey LIKE :ref ESCAPE '!'", { ref: 'CS-2009!_1%' }]);
    expect(startsWith('c.referenceKey', 'CS-2009', 'sqlite', 'ref')).toEqual([
      '(c.referenceKey >= :refFrom AND c.referenceKey < :refTo)',
      { refFrom: 'CS-2009', refTo: 'CS-2009\u{10FFFF}' },
    ]);
  });
});
