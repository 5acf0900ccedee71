import { CombinedError } from 'urql';
import { graphqlError } from '../../test/render';
import { compareWithConflict, conflictSaves, parseConflict } from './action-conflict';
import { valuesOf } from './action-form';
import { referenceNames } from './action-format';
import { CONFLICT_MESSAGE, OPTIONS, action, conflictExtensions, conflictRecord } from './action-fixtures';

describe('conflicts', () => {
  it('reads the stored record, the fields changed and the audit entries from a CONFLICT error', () => {
    const conflict = parseConflict(graphqlError(CONFLICT_MESSAGE, conflictExtensions()));
    expect(conflict).not.toBeNull();
    expect(conflict!.current).toMatchObject({ id: '4', version: 3, actionNeeded: 'Officer’s wording' });
    expect(conflict!.changedFields).toEqual(['actionNeeded']);
    expect(conflict!.changes).toHaveLength(1);
    expect(conflict!.message).toBe(CONFLICT_MESSAGE);
  });

  it('is null for other errors and for malformed extensions', () => {
    expect(parseConflict(undefined)).toBeNull();
    expect(parseConflict(graphqlError('Invalid', { code: 'BAD_USER_INPUT' }))).toBeNull();
    expect(parseConflict(new CombinedError({ networkError: new Error('down') }))).toBeNull();
    expect(parseConflict(graphqlError('Conflict', { code: 'CONFLICT', current: { id: 4 } }))).toBeNull();
  });

  it('groups the changes by save, oldest first', () => {
    const extensions = conflictExtensions();
    extensions.changes.unshift({ ...extensions.changes[0]!, version: 3, field: 'byWhom' });
    extensions.changes.push({ ...extensions.changes[0]!, version: 4, changedBy: 'manager@demo.example', field: 'dueDate' });
    const conflict = parseConflict(graphqlError(CONFLICT_MESSAGE, { ...extensions, changedFields: ['byWhom', 'actionNeeded', 'dueDate'] }))!;
    expect(conflictSaves(conflict)).toEqual([
      { version: 3, changedBy: 'officer@demo.example', changedAt: '2025-06-12T13:32:00.000Z', fields: ['byWhom', 'actionNeeded'] },
      { version: 4, changedBy: 'manager@demo.example', changedAt: '2025-06-12T13:32:00.000Z', fields: ['dueDate'] },
    ]);
  });

  it('compares their value with yours for each field they changed, and lists the fields only you changed', () => {
    const current = conflictRecord({ actionNeeded: 'Officer’s wording', serviceArea: { code: 'INCLUSION', name: 'Safeguarding: Inclusion' } });
    const conflict = parseConflict(
      graphqlError(CONFLICT_MESSAGE, { ...conflictExtensions(current), changedFields: ['actionNeeded', 'serviceArea', 'status'] }),
    )!;
    const base = valuesOf(action());
    const mine = { ...base, actionNeeded: 'Manager’s wording', dueDate: '2011-03-31' };
    expect(compareWithConflict(conflict, base, mine, referenceNames(OPTIONS))).toEqual({
      rows: [
        { field: 'actionNeeded', label: 'Action needed', theirs: 'Officer’s wording', yours: 'Manager’s wording', bothChanged: true, same: false },
        {
          field: 'serviceArea',
          label: 'Service area',
          theirs: 'Safeguarding: Inclusion',
          yours: 'Safeguarding: Social Care',
          bothChanged: false,
          same: false,
        },
        { field: 'status', label: 'Status', theirs: 'Ongoing', yours: 'Ongoing', bothChanged: false, same: true },
      ],
      onlyYours: [{ field: 'dueDate', label: 'Due date', yours: '31 March 2011' }],
    });
  });
});
