import type { DataVersions } from '../data-versions/data-versions';
import { canonicalJson, DIRECTORATE_SCOPE, resultKey, serviceAreaScope, type CacheQuestion } from './result-key';
import { reportQuestion } from './report-question';
import { normaliseTrendInput, trendQuestion } from './trend-question';

const TODAY = '2026-11-26';
const at = new Date('2026-11-01T10:00:00Z');
const VERSIONS: DataVersions = {
  contacts: { version: 7, updatedAt: at },
  information_requests: { version: 2, updatedAt: at },
  learning_actions: { version: 3, updatedAt: at },
  reference_data: { version: 4, updatedAt: at },
};
const key = (question: CacheQuestion, versions = VERSIONS) => resultKey(question, versions, 'sqlite:/data/complaints.sqlite');

describe('result keys', () => {
  it('give the same key to the same trend asked two ways', () => {
    const asked = trendQuestion(
      { financialYear: '2009/10', groupBy: 'CHANNEL', filter: { channels: ['LETTER', 'EMAIL', 'LETTER'], recordTypeGroups: ['FORMAL_COMPLAINT'] } },
      TODAY,
    );
    const again = trendQuestion(
      {
        from: '2009-04-01',
        to: '2010-03-31',
        granularity: 'MONTH',
        measure: 'CONTACTS',
        groupBy: 'CHANNEL',
        crossBy: null,
        compareWith: null,
        filter: { recordTypeGroups: ['FORMAL_COMPLAINT'], channels: ['EMAIL', 'LETTER'], issues: null },
      },
      TODAY,
    );
    expect(key(again)).toBe(key(asked));
  });

  it('give different keys to different questions, and keep an empty filter list apart from none', () => {
    const base = { financialYear: '2009/10', groupBy: 'CHANNEL' } as const;
    const keys = [
      trendQuestion(base, TODAY),
      trendQuestion({ ...base, granularity: 'QUARTER' }, TODAY),
      trendQuestion({ ...base, measure: 'RESPONDED_IN_TIME_PERCENT' }, TODAY),
      trendQuestion({ ...base, groupBy: 'SERVICE_AREA' }, TODAY),
      trendQuestion({ ...base, financialYear: '2008/09' }, TODAY),
      trendQuestion({ ...base, compareWith: 'PREVIOUS_YEAR' }, TODAY),
      trendQuestion({ ...base, filter: { channels: ['EMAIL'] } }, TODAY),
      trendQuestion({ ...base, filter: { channels: [] } }, TODAY),
      trendQuestion({ ...base, filter: { anyIssues: ['EMAIL'] } }, TODAY),
      trendQuestion(base, '2026-11-27'),
      reportQuestion('2009/10', TODAY),
      reportQuestion('2008/09', TODAY),
    ].map((q) => key(q));
    expect(new Set(keys).size).toBe(keys.length);
    expect(normaliseTrendInput({ ...base, filter: { channels: [] } }, TODAY).filter).toEqual({ channels: [] });
    expect(normaliseTrendInput(base, TODAY).filter).toEqual({});
  });

  it('keep scopes and disclosure rules apart: a manager’s answer is never another scope’s', () => {
    const question = trendQuestion({ financialYear: '2009/10' }, TODAY);
    const socialCare = { ...question, scope: serviceAreaScope(['SOCIAL_CARE']) };
    const keys = [
      key(question),
      key(socialCare),
      key({ ...question, scope: serviceAreaScope(['SOCIAL_CARE', 'SCHOOL_STANDARDS']) }),
      key({ ...question, scope: serviceAreaScope(['SCHOOL_STANDARDS']) }),
      key({ ...question, rule: 'UNDER_5' }),
      key({ ...question, rule: 'DFE_C' }),
      key({ ...question, operation: 'embedFigures' }),
    ];
    expect(new Set(keys).size).toBe(keys.length);
    expect(question.scope).toBe(DIRECTORATE_SCOPE);
    // The same areas named in another order are the same scope.
    expect(serviceAreaScope(['SCHOOL_STANDARDS', 'SOCIAL_CARE', 'SOCIAL_CARE'])).toBe(serviceAreaScope(['SOCIAL_CARE', 'SCHOOL_STANDARDS']));
  });

  it('change with the versions of the kinds a question reads, and only those', () => {
    const trend = trendQuestion({ financialYear: '2009/10' }, TODAY);
    const report = reportQuestion('2009/10', TODAY);
    const actionUpdated = { ...VERSIONS, learning_actions: { version: 4, updatedAt: new Date() } };
    expect(key(trend, actionUpdated)).toBe(key(trend));
    expect(key(report, actionUpdated)).not.toBe(key(report));
    for (const kind of ['contacts', 'reference_data'] as const) {
      expect(key(trend, { ...VERSIONS, [kind]: { version: VERSIONS[kind]!.version + 1, updatedAt: at } })).not.toBe(key(trend));
    }
    // The same number reached again at another time (after a restore) is another key.
    expect(key(trend, { ...VERSIONS, contacts: { version: 7, updatedAt: new Date(at.getTime() + 1000) } })).not.toBe(key(trend));
    // And another database is another key.
    expect(resultKey(trend, VERSIONS, 'mysql:db:3306/other')).not.toBe(key(trend));
  });

  it('write JSON with sorted keys at every level', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: undefined } })).toBe('{"a":{"d":[2,{"e":0,"f":1}]},"b":1}');
  });
});
