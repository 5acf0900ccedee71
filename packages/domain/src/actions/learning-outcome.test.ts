import { learningCapturedSentence, learningOutcomeApplies, linksAnAction, ratePercent } from './learning-outcome';

describe('learning at closure', () => {
  it('asks about formal complaints once their response is sent', () => {
    expect(learningOutcomeApplies({ recordTypeGroup: 'FORMAL_COMPLAINT', responseSentDate: '2010-01-04' })).toBe(true);
    expect(learningOutcomeApplies({ recordTypeGroup: 'FORMAL_COMPLAINT', responseSentDate: null })).toBe(false);
    expect(learningOutcomeApplies({ recordTypeGroup: 'ENQUIRY', responseSentDate: '2010-01-04' })).toBe(false);
  });

  it('counts a new or existing action as learning captured, and nothing to learn as considered only', () => {
    expect(linksAnAction('NEW_ACTION')).toBe(true);
    expect(linksAnAction('EXISTING_ACTION')).toBe(true);
    expect(linksAnAction('NONE')).toBe(false);
  });

  it('rounds rates to one decimal place, with none for nothing responded', () => {
    expect(ratePercent(1, 3)).toBe(33.3);
    expect(ratePercent(2, 3)).toBe(66.7);
    expect(ratePercent(0, 0)).toBeNull();
  });

  it('words the annual report line', () => {
    expect(learningCapturedSentence({ responded: 150, withLearningAction: 30, considered: 45 })).toBe(
      'Learning captured: 30 of the 150 complaints responded to (20.0%) led to a learning action. ' +
        'Learning considered: what was learned was recorded for 45 (30.0%), "nothing to learn" included.',
    );
    expect(learningCapturedSentence({ responded: 1, withLearningAction: 0, considered: 0 })).toContain('0 of the 1 complaint responded to (0.0%)');
    expect(learningCapturedSentence({ responded: 0, withLearningAction: 0, considered: 0 })).toContain('no formal complaint');
  });
});
