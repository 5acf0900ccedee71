import { generateDemoDataset } from './generate-demo-dataset';
import { demoLearningOutcomes } from './learning-outcomes';

describe('the demo learning outcomes', () => {
  const dataset = generateDemoDataset();
  const outcomes = demoLearningOutcomes(dataset.contacts, dataset.learningActions);
  const byReference = new Map(dataset.contacts.map((c) => [c.reference, c]));

  it('are the same every time', () => {
    expect(demoLearningOutcomes(generateDemoDataset().contacts, dataset.learningActions)).toEqual(outcomes);
  });

  it('answer some 2009/10 complaints with a response, with both kinds, each once', () => {
    const kinds = new Set(outcomes.map((o) => o.kind));
    expect(kinds).toEqual(new Set(['EXISTING_ACTION', 'NONE']));
    expect(new Set(outcomes.map((o) => o.reference)).size).toBe(outcomes.length);
    for (const outcome of outcomes) {
      const contact = byReference.get(outcome.reference)!;
      expect(contact.receivedDate >= '2009-04-01' && contact.receivedDate <= '2010-03-31').toBe(true);
      expect(['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD']).toContain(contact.outcome);
      expect(outcome.recordedOn).toBe(contact.responseSentDate);
    }
  });

  it('link complaints only to Appendix 1 actions answering their primary issue', () => {
    for (const outcome of outcomes.filter((o) => o.kind === 'EXISTING_ACTION')) {
      const action = dataset.learningActions.find((a) => a.issueIdentified === outcome.action!.issueIdentified)!;
      expect(action.issues).toContain(byReference.get(outcome.reference)!.issues[0]);
    }
  });
});
