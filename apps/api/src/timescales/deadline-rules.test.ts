import { RECORD_TYPES } from '../reference/reference-data';
import type { ContactDeadlineRule, DeadlineRule } from './deadline-rule-types';
import { DEADLINE_RULES, LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS } from './deadline-rules';
import { deadlineRuleById, findDeadlineRule, validateDeadlineRules } from './rule-lookup';

/** The `sources` of statutory_timescales in docs/reference/published-figures-2009-10.json. */
const PUBLISHED_SOURCES = {
  stage1: 'SI 2006/1738 regulation 14',
  stage2: 'SI 2006/1738 regulation 17',
  stage3: 'SI 2006/1738 regulations 19(4) and 20',
  foi: 'Freedom of Information Act 2000, section 10',
  corporate: 'Local Government and Social Care Ombudsman, Complaint Handling Code, section 6',
};

const contact = (recordType: ContactDeadlineRule['recordTypes'][number]) => ({ kind: 'CONTACT' as const, recordType });

describe('DEADLINE_RULES', () => {
  it('is valid', () => {
    expect(() => validateDeadlineRules(DEADLINE_RULES)).not.toThrow();
  });

  it('cites the published sources', () => {
    const sourceOf = (id: string) => deadlineRuleById(id)?.source;
    expect(sourceOf('statutory-complaint-stage-1-2006')).toBe(PUBLISHED_SOURCES.stage1);
    expect(sourceOf('children-act-stage-2-2006')).toBe(PUBLISHED_SOURCES.stage2);
    expect(sourceOf('children-act-stage-3-2006')).toBe(PUBLISHED_SOURCES.stage3);
    expect(sourceOf('foi-2005')).toBe(PUBLISHED_SOURCES.foi);
    expect(sourceOf('corporate-complaint-lgsco-code-2026')).toBe(PUBLISHED_SOURCES.corporate);
    expect(sourceOf('access-to-records-dpa-1998')).toMatch(/^Data Protection Act 1998 section 7/);
    expect(sourceOf('access-to-records-uk-gdpr-2018')).toMatch(/^UK GDPR article 12\(3\)/);
    for (const rule of DEADLINE_RULES) {
      if (!Object.values(PUBLISHED_SOURCES).includes(rule.source) && !rule.source.includes('Data Protection Act')) {
        expect(rule.source).toMatch(/^Local policy: |^UK GDPR /);
      }
    }
  });

  it('uses the local acknowledgement timescale of 3 working days', () => {
    expect(LOCAL_ACKNOWLEDGEMENT_WORKING_DAYS).toBe(3);
  });

  it('says the LGO reply time is a local default', () => {
    expect(deadlineRuleById('lgo-complaint-local-default')?.description).toMatch(/local default/);
  });

  it('has a contact rule in force for every record type at every date', () => {
    for (const { code } of RECORD_TYPES) {
      for (const date of ['1999-01-01', '2009-04-01', '2026-04-01', '2040-01-01']) {
        expect(findDeadlineRule(contact(code), date).recordTypes).toContain(code);
      }
    }
  });
});

describe('findDeadlineRule', () => {
  it.each([
    ['2005-01-01', 'corporate-complaint-local-procedure'], // before every rule: the earliest
    ['2009-10-05', 'corporate-complaint-local-procedure'],
    ['2026-03-31', 'corporate-complaint-local-procedure'],
    ['2026-04-01', 'corporate-complaint-lgsco-code-2026'],
    ['2030-01-01', 'corporate-complaint-lgsco-code-2026'],
  ])('corporate complaint received %s: %s', (date, id) => {
    expect(findDeadlineRule(contact('CORPORATE_COMPLAINT'), date).id).toBe(id);
  });

  it.each([
    ['1999-01-01', 'access-to-records-dpa-1998'],
    ['2018-05-24', 'access-to-records-dpa-1998'],
    ['2018-05-25', 'access-to-records-uk-gdpr-2018'],
  ])('access to records received %s: %s', (date, id) => {
    expect(findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: 'ACCESS_TO_RECORDS' }, date).id).toBe(id);
  });

  it('finds escalation and FOI rules', () => {
    expect(findDeadlineRule({ kind: 'ESCALATION', stage: 'STAGE_2' }, '2009-10-05').id).toBe('children-act-stage-2-2006');
    expect(findDeadlineRule({ kind: 'ESCALATION', stage: 'STAGE_3' }, '2009-10-05').id).toBe('children-act-stage-3-2006');
    expect(findDeadlineRule({ kind: 'INFORMATION_REQUEST', requestKind: 'FREEDOM_OF_INFORMATION' }, '2009-10-05').id).toBe(
      'foi-2005',
    );
  });

  it('does not depend on the order of the rule list', () => {
    const reversed = [...DEADLINE_RULES].reverse();
    expect(findDeadlineRule(contact('CORPORATE_COMPLAINT'), '2026-03-31', reversed).id).toBe(
      'corporate-complaint-local-procedure',
    );
    expect(findDeadlineRule(contact('CORPORATE_COMPLAINT'), '2026-04-01', reversed).id).toBe(
      'corporate-complaint-lgsco-code-2026',
    );
  });

  it('throws for an unknown target or a bad date', () => {
    expect(() => findDeadlineRule(contact('NOPE' as never), '2009-10-05')).toThrow("No deadline rule for record type 'NOPE'");
    expect(() => findDeadlineRule(contact('COMMENT'), '2009-02-30')).toThrow("'2009-02-30'");
  });

  it('finds rules by id', () => {
    expect(deadlineRuleById('foi-2005')?.kind).toBe('INFORMATION_REQUEST');
    expect(deadlineRuleById('nope')).toBeUndefined();
  });
});

describe('validateDeadlineRules', () => {
  const withRule = (change: (rules: DeadlineRule[]) => void) => {
    const rules = structuredClone([...DEADLINE_RULES]) as DeadlineRule[];
    change(rules);
    return () => validateDeadlineRules(rules);
  };
  const statutory = (rules: DeadlineRule[]) => rules.find((r) => r.id === 'statutory-complaint-stage-1-2006') as ContactDeadlineRule;

  it('reports a duplicate id', () => {
    expect(withRule((rules) => rules.push({ ...statutory(rules), appliesFrom: '2030-01-01' }))).toThrow(
      "rule 'statutory-complaint-stage-1-2006': duplicate id",
    );
  });

  it('reports two rules for the same target and date', () => {
    expect(withRule((rules) => rules.push({ ...statutory(rules), id: 'copy' }))).toThrow(
      "rule 'copy': another rule already covers record type 'STATUTORY_COMPLAINT' from 2006-09-01",
    );
  });

  it('reports a bad appliesFrom, a missing source and a bad period', () => {
    const check = withRule((rules) => {
      statutory(rules).appliesFrom = '2006-9-1';
      statutory(rules).source = ' ';
      statutory(rules).acknowledgementWorkingDays = -3;
    });
    expect(check).toThrow("appliesFrom is not a valid ISO date: '2006-9-1'");
    expect(check).toThrow("rule 'statutory-complaint-stage-1-2006': no source");
    expect(check).toThrow('period -3 is not a whole number >= 0');
  });

  it('reports a record type with no rule, and an unknown one', () => {
    const check = withRule((rules) => {
      statutory(rules).recordTypes = ['STATUTORY_COMPLAINTS' as never];
    });
    expect(check).toThrow("unknown record type 'STATUTORY_COMPLAINTS'");
    expect(check).toThrow("no rule for record type 'STATUTORY_COMPLAINT'");
  });

  it('reports a response counted from an acknowledgement that is not due', () => {
    expect(
      withRule((rules) => {
        const rule = statutory(rules);
        rule.acknowledgementWorkingDays = null;
        if (rule.response) rule.response.countFrom = 'ACKNOWLEDGEMENT_DUE_DATE';
      }),
    ).toThrow('response counts from the acknowledgement, but no acknowledgement is due');
  });

  it('reports an escalation counted from a panel report with no panel', () => {
    expect(
      withRule((rules) => {
        const stage3 = rules.find((r) => r.id === 'children-act-stage-3-2006');
        if (stage3?.kind === 'ESCALATION') stage3.panel = null;
      }),
    ).toThrow('a response counted from the panel report needs a panel');
  });

  it('reports a missing escalation or information request rule', () => {
    expect(() => validateDeadlineRules(DEADLINE_RULES.filter((r) => r.kind === 'CONTACT'))).toThrow(
      /no rule for escalation stage 'STAGE_2'[\s\S]*no rule for information request kind 'ACCESS_TO_RECORDS'/,
    );
  });
});
