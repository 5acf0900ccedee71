import { issueCategoryChoices, mayChangeAction, mayWriteActions, serviceAreaChoices } from './action-access';
import { OPTIONS } from './action-fixtures';

const manager = { role: 'SERVICE_MANAGER' as const, serviceAreas: ['SOCIAL_CARE'] };
const officer = { role: 'COMPLAINTS_OFFICER' as const, serviceAreas: [] };
const analyst = { role: 'ANALYST' as const, serviceAreas: [] };

describe('who may change actions', () => {
  it('lets officers change any action, managers only their areas, analysts none', () => {
    expect(mayWriteActions(analyst)).toBe(false);
    expect(mayChangeAction(analyst, 'SOCIAL_CARE')).toBe(false);
    expect(mayChangeAction(officer, 'INCLUSION')).toBe(true);
    expect(mayChangeAction(officer, null)).toBe(true);
    expect(mayChangeAction(manager, 'SOCIAL_CARE')).toBe(true);
    expect(mayChangeAction(manager, 'INCLUSION')).toBe(false);
    expect(mayChangeAction(manager, null)).toBe(false);
    expect(mayChangeAction({ role: 'ADMIN', serviceAreas: [] }, 'SOCIAL_CARE')).toBe(false);
  });

  it('offers officers every service area or none, and managers only theirs', () => {
    expect(serviceAreaChoices(OPTIONS.serviceAreas, officer, null).map((c) => c.value)).toEqual(['', 'SOCIAL_CARE', 'INCLUSION']);
    expect(serviceAreaChoices(OPTIONS.serviceAreas, manager, null)).toEqual([{ value: 'SOCIAL_CARE', label: 'Safeguarding: Social Care' }]);
    const twoAreas = { ...manager, serviceAreas: ['SOCIAL_CARE', 'INCLUSION'] };
    expect(serviceAreaChoices(OPTIONS.serviceAreas, twoAreas, null).map((c) => c.value)).toEqual(['', 'SOCIAL_CARE', 'INCLUSION']);
    expect(serviceAreaChoices(OPTIONS.serviceAreas, twoAreas, OPTIONS.serviceAreas[1]!).map((c) => c.value)).toEqual(['SOCIAL_CARE', 'INCLUSION']);
  });

  it('keeps the current value selectable even when the reference list lacks it', () => {
    const retired = { code: 'RETIRED', name: 'Retired category' };
    expect(issueCategoryChoices(OPTIONS.issueCategories, retired).map((c) => c.value)).toEqual(['', 'COMMUNICATION', 'STAFFING', 'RETIRED']);
  });
});
