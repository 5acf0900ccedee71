import { checkNoteText, PROGRESS_TEXT_MAX_LENGTH, statusChangeProblem, statusesSetByEditing } from './learning-action-closure';

describe('progress entries and closing notes', () => {
  it('trims the text and keeps it up to the limit', () => {
    expect(checkNoteText('  Training booked for May  ', true)).toEqual({ ok: true, text: 'Training booked for May' });
    expect(checkNoteText('x'.repeat(PROGRESS_TEXT_MAX_LENGTH), true)).toEqual({ ok: true, text: 'x'.repeat(PROGRESS_TEXT_MAX_LENGTH) });
  });

  it('refuses blank text where it is required, and reads it as none where it is not', () => {
    expect(checkNoteText('   ', true)).toEqual({ ok: false, message: 'must not be empty' });
    expect(checkNoteText(null, true)).toEqual({ ok: false, message: 'must not be empty' });
    expect(checkNoteText(undefined, false)).toEqual({ ok: true, text: null });
    expect(checkNoteText(' ', false)).toEqual({ ok: true, text: null });
  });

  it('refuses text over the limit, saying how long it is', () => {
    expect(checkNoteText('x'.repeat(PROGRESS_TEXT_MAX_LENGTH + 1), false)).toEqual({
      ok: false,
      message: `is longer than ${PROGRESS_TEXT_MAX_LENGTH} characters (${PROGRESS_TEXT_MAX_LENGTH + 1})`,
    });
  });
});

describe('status changes by editing', () => {
  it('moves between Open and Ongoing freely', () => {
    expect(statusChangeProblem('OPEN', 'ONGOING')).toBeNull();
    expect(statusChangeProblem('ONGOING', 'OPEN')).toBeNull();
    expect(statusChangeProblem('COMPLETED', 'COMPLETED')).toBeNull();
    expect(statusesSetByEditing('OPEN')).toEqual(['OPEN', 'ONGOING']);
    expect(statusesSetByEditing(null)).toEqual(['OPEN', 'ONGOING']);
  });

  it('completes an action only by closing it with a note, and reopens it only by reopening it', () => {
    expect(statusChangeProblem('ONGOING', 'COMPLETED')).toContain('closing note');
    expect(statusChangeProblem('COMPLETED', 'OPEN')).toContain('reopenLearningAction');
    expect(statusesSetByEditing('COMPLETED')).toEqual(['COMPLETED']);
  });
});
