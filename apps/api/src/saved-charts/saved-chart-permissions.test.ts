import { chartPermissions, mayManageEmbed } from './saved-chart-permissions';

const chart = { ownerId: 1 };

describe('saved chart permissions', () => {
  it('lets the owner edit and delete, publishers publish, administrators delete', () => {
    expect(chartPermissions({ id: 1, role: 'ANALYST' }, chart)).toEqual({ edit: true, publish: true, delete: true });
    expect(chartPermissions({ id: 2, role: 'ANALYST' }, chart)).toEqual({ edit: false, publish: true, delete: false });
    expect(chartPermissions({ id: 2, role: 'COMPLAINTS_OFFICER' }, chart)).toEqual({ edit: false, publish: true, delete: false });
    expect(chartPermissions({ id: 1, role: 'SERVICE_MANAGER' }, chart)).toEqual({ edit: true, publish: false, delete: true });
    expect(chartPermissions({ id: 2, role: 'ADMIN' }, chart)).toEqual({ edit: false, publish: false, delete: true });
    expect(chartPermissions(null, chart)).toEqual({ edit: false, publish: false, delete: false });
  });

  it('lets the chart owner, the embed maker and administrators manage an embed', () => {
    const embed = { createdById: 2 };
    expect(mayManageEmbed({ id: 1, role: 'SERVICE_MANAGER' }, embed, chart)).toBe(true);
    expect(mayManageEmbed({ id: 2, role: 'ANALYST' }, embed, chart)).toBe(true);
    expect(mayManageEmbed({ id: 9, role: 'ADMIN' }, embed, chart)).toBe(true);
    expect(mayManageEmbed({ id: 3, role: 'ANALYST' }, embed, chart)).toBe(false);
    expect(mayManageEmbed({ id: 3, role: 'COMPLAINTS_OFFICER' }, embed, chart)).toBe(false);
    expect(mayManageEmbed(null, embed, chart)).toBe(false);
  });
});
