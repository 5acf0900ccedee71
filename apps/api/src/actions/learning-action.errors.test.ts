import { outsideYourAreas } from './learning-action.errors';

describe('outsideYourAreas', () => {
  it('is FORBIDDEN and says what managers may do', () => {
    const error = outsideYourAreas('move');
    expect(error.extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(error.message).toBe('Service managers may only move learning actions to their own service areas.');
  });
});
