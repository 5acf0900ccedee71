import { Role } from '../auth/role';
import { actionPermissions, mayChange } from './learning-action-permissions';

const officer = { role: Role.COMPLAINTS_OFFICER, serviceAreaIds: [] };
const manager = { role: Role.SERVICE_MANAGER, serviceAreaIds: [1, 3] };
const analyst = { role: Role.ANALYST, serviceAreaIds: [] };
const admin = { role: Role.ADMIN, serviceAreaIds: [] };

describe('mayChange', () => {
  it('lets officers change any action and managers only their areas', () => {
    expect(mayChange(officer, null)).toBe(true);
    expect(mayChange(manager, 3)).toBe(true);
    expect(mayChange(manager, 2)).toBe(false);
    expect(mayChange({ role: Role.SERVICE_MANAGER, serviceAreaIds: [1] }, null)).toBe(false);
  });

  it('never lets analysts or administrators change actions', () => {
    expect(mayChange(analyst, 1)).toBe(false);
    expect(mayChange(admin, null)).toBe(false);
  });
});

describe('actionPermissions', () => {
  const open = { serviceAreaId: 1, status: 'ONGOING' as const };
  const completed = { serviceAreaId: 1, status: 'COMPLETED' as const };

  it('offers close on open actions and reopen on completed ones', () => {
    expect(actionPermissions(officer, open)).toEqual({ update: true, close: true, reopen: false, addProgress: true });
    expect(actionPermissions(officer, completed)).toEqual({ update: true, close: false, reopen: true, addProgress: false });
  });

  it('offers a manager nothing outside their areas', () => {
    expect(actionPermissions(manager, open)).toEqual({ update: true, close: true, reopen: false, addProgress: true });
    expect(actionPermissions(manager, { ...open, serviceAreaId: 2 })).toEqual({ update: false, close: false, reopen: false, addProgress: false });
  });

  it('offers readers and the signed-out nothing', () => {
    expect(actionPermissions(analyst, completed)).toEqual({ update: false, close: false, reopen: false, addProgress: false });
    expect(actionPermissions(null, open)).toEqual({ update: false, close: false, reopen: false, addProgress: false });
  });
});
