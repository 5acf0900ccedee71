import { regimeOverrideProblems, selectRegime } from './regime';

const base = { recordType: 'CORPORATE_COMPLAINT', recordTypeGroup: 'FORMAL_COMPLAINT', serviceArea: 'ADMISSIONS', receivedDate: '2026-04-01' };

describe('selectRegime', () => {
  it('puts a corporate complaint received on 1 April 2026 under the Code, saying why', () => {
    const d = selectRegime({ ...base, serviceAreaName: 'Admissions' });
    expect(d.regime).toBe('COMPLAINT_HANDLING_CODE');
    expect(d.reason).toContain('Admissions');
    expect(d.reason).toContain('2026-04-01');
  });
  it('keeps the corporate procedure for one received the day before', () => {
    expect(selectRegime({ ...base, receivedDate: '2026-03-31' })).toMatchObject({ regime: 'CORPORATE_PROCEDURE' });
    expect(selectRegime({ ...base, receivedDate: '2009-06-01' }).reason).toMatch(/before 2026-04-01/);
  });
  it('puts statutory complaints under the Children Act whatever the date or area', () => {
    for (const receivedDate of ['2009-06-01', '2026-10-01']) {
      expect(selectRegime({ ...base, recordType: 'STATUTORY_COMPLAINT', receivedDate }).regime).toBe('CHILDREN_ACT');
    }
  });
  it("puts any complaint about children's social care under the Children Act, even after the Code began", () => {
    const d = selectRegime({ ...base, serviceArea: 'SOCIAL_CARE', serviceAreaName: 'Safeguarding: Social Care', receivedDate: '2026-05-01' });
    expect(d).toMatchObject({ regime: 'CHILDREN_ACT' });
    expect(d.reason).toContain("children's social care");
  });
  it("leaves school complaints to the school's procedure", () => {
    expect(selectRegime({ ...base, recordType: 'SCHOOL_COMPLAINT' }).regime).toBe('SCHOOL');
    expect(selectRegime({ ...base, serviceArea: 'SCHOOLS_OWN_PROCEDURE' }).regime).toBe('SCHOOL');
  });
  it('gives corporate school complaints the Code', () => {
    expect(selectRegime({ ...base, serviceArea: 'SCHOOLS_CORPORATE' }).regime).toBe('COMPLAINT_HANDLING_CODE');
  });
  it('gives no procedure to contacts that are not complaints, nor to the Ombudsman\'s own cases', () => {
    expect(selectRegime({ ...base, recordType: 'COMPLIMENT', recordTypeGroup: 'COMPLIMENT' })).toMatchObject({ regime: 'NONE', reason: expect.stringMatching(/Not a complaint/) });
    expect(selectRegime({ ...base, recordType: 'LGO_COMPLAINT' })).toMatchObject({ regime: 'NONE', reason: expect.stringMatching(/Ombudsman/) });
  });
});

describe('regimeOverrideProblems', () => {
  it('needs a known procedure and a reason', () => {
    expect(regimeOverrideProblems('CHILDREN_ACT', 'Agreed with the social care manager')).toEqual([]);
    expect(regimeOverrideProblems('NOPE', ' ').map((p) => p.field)).toEqual(['regime', 'reason']);
  });
});
