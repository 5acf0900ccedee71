import { Role } from '../auth/role';
import { conflictError, conflictMessage, mayChange, type ChangeSummary } from './learning-action.errors';

describe('mayChange', () => {
  it('lets officers change any action and managers only their areas', () => {
    expect(mayChange({ role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [] }, null)).toBe(true);
    expect(mayChange({ role: Role.SERVICE_MANAGER, serviceAreaIds: [1, 3] }, 3)).toBe(true);
    expect(mayChange({ role: Role.SERVICE_MANAGER, serviceAreaIds: [1, 3] }, 2)).toBe(false);
    expect(mayChange({ role: Role.SERVICE_MANAGER, serviceAreaIds: [1] }, null)).toBe(false);
  });
});

describe('conflict', () => {
  const change = (version: number, changedBy: string, field: string): ChangeSummary => ({
    version,
    changedBy,
    changedAt: `2010-05-0${version}T09:00:00.000Z`,
    field,
    oldValue: 'a',
    newValue: 'b',
  });

  it('says who changed which fields, version by version', () => {
    const changes = [change(3, 'ann@x.example', 'status'), change(3, 'ann@x.example', 'byWhom'), change(4, 'bob@x.example', 'dueDate')];
    expect(conflictMessage(7, 2, 4, changes)).toBe(
      'Learning action 7 has changed since version 2, which you loaded: changed by ann@x.example at 2010-05-03T09:00:00.000Z (status, byWhom); ' +
        'then by bob@x.example at 2010-05-04T09:00:00.000Z (dueDate). It is now version 4: reload it and make your change again.',
    );
  });

  it('still explains itself when no audit entry accounts for the change', () => {
    expect(conflictMessage(7, 9, 4, [])).toBe('Learning action 7 has changed since version 9, which you loaded. It is now version 4: reload it and make your change again.');
  });

  it('carries the code, the current record and the changed fields', () => {
    const error = conflictError(7, 2, { id: '7', version: 3 }, [change(3, 'ann@x.example', 'status')]);
    expect(error.extensions).toMatchObject({ code: 'CONFLICT', expectedVersion: 2, current: { id: '7', version: 3 }, changedFields: ['status'] });
  });
});
