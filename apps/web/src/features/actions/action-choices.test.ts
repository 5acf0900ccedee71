import { issueCategoryChoices, serviceAreaChoices } from './action-choices';
import { OPTIONS } from './action-fixtures';

const manager = { role: 'SERVICE_MANAGER' as const, serviceAreas: ['SOCIAL_CARE'] };
const officer = { role: 'COMPLAINTS_OFFICER' as const, serviceAreas: [] };

describe('the choices the action forms offer', () => {
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
