import { assignmentRole, contactPath } from './case-vocabulary';

describe('contact paths', () => {
  it('are the reference key under /cases/', () => {
    expect(contactPath('CS/2009/0123')).toBe('/cases/CS-2009-0123');
    expect(contactPath(' cs-2009/0123 ')).toBe('/cases/CS-2009-0123');
  });
});

describe('assignment roles', () => {
  it('names the officer by stage for complaints, and as the handler otherwise', () => {
    expect(assignmentRole('STAGE_2', true)).toBe('Stage 2 investigator');
    expect(assignmentRole('STAGE_1', false)).toBe('Handler');
  });
});
