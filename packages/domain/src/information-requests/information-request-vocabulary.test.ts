import { CLOCK_PAUSE_REASONS } from './information-request-vocabulary';

describe('CLOCK_PAUSE_REASONS', () => {
  it('names the three reasons the ICO and the FOI Act allow', () => {
    expect(Object.keys(CLOCK_PAUSE_REASONS)).toEqual(['AWAITING_ID', 'AWAITING_CLARIFICATION', 'AWAITING_FEE']);
  });
});
