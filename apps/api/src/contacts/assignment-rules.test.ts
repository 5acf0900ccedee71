import { Role } from '../auth/role';
import { assignableStages, assignmentProblems, canHandle, stageOfStep, type Assignee } from './assignment-rules';

const officer: Assignee = { id: 1, active: true, role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [] };
const manager: Assignee = { id: 2, active: true, role: Role.SERVICE_MANAGER, serviceAreaIds: [5] };

describe('assignment rules', () => {
  it('offers the first stage, and each stage the contact was escalated to', () => {
    expect(assignableStages({ stage: null }, [])).toEqual(['STAGE_1']);
    expect(assignableStages({ stage: 'OMBUDSMAN' }, [])).toEqual(['OMBUDSMAN']);
    expect(assignableStages({ stage: 'STAGE_3' }, [{ stage: 'STAGE_2' }, { stage: 'STAGE_3' }])).toEqual(['STAGE_1', 'STAGE_2', 'STAGE_3']);
  });

  it("gives each queue step its stage's officer", () => {
    expect(stageOfStep('ACKNOWLEDGEMENT', { stage: 'STAGE_2' })).toBe('STAGE_1');
    expect(stageOfStep('RESPONSE', { stage: 'OMBUDSMAN' })).toBe('OMBUDSMAN');
    expect(stageOfStep('STAGE_2_RESPONSE', { stage: 'STAGE_2' })).toBe('STAGE_2');
    expect(stageOfStep('STAGE_3_PANEL', { stage: 'STAGE_3' })).toBe('STAGE_3');
  });

  it('lets officers handle any case, managers their areas’ cases, and nobody deactivated or without case access', () => {
    expect(canHandle(officer, [9])).toBe(true);
    expect(canHandle(manager, [9, 5])).toBe(true);
    expect(canHandle(manager, [9])).toBe(false);
    expect(canHandle({ ...officer, active: false }, [9])).toBe(false);
    expect(canHandle({ ...officer, role: Role.ANALYST }, [9])).toBe(false);
    expect(canHandle({ ...officer, role: Role.ADMIN }, [9])).toBe(false);
  });

  it('names the field at fault', () => {
    expect(assignmentProblems('STAGE_1', ['STAGE_1'], officer, [9])).toEqual([]);
    expect(assignmentProblems('STAGE_1', ['STAGE_1'], null, [9])).toEqual([]);
    expect(assignmentProblems('STAGE_2', ['STAGE_1'], officer, [9]).map((p) => p.field)).toEqual(['stage']);
    expect(assignmentProblems('STAGE_1', ['STAGE_1'], undefined, [9])).toEqual([{ field: 'officerId', message: 'is not a user' }]);
    expect(assignmentProblems('STAGE_1', ['STAGE_1'], { ...officer, active: false }, [9])).toEqual([{ field: 'officerId', message: 'is deactivated' }]);
    expect(assignmentProblems('STAGE_1', ['STAGE_1'], manager, [9])[0].field).toBe('officerId');
  });
});
