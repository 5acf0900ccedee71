import { compareWithConflict, conflictSaves } from './action-conflict';
import { valuesOf } from './action-form';
import { referenceNames } from './action-format';
import { OPTIONS, action, theirAction, versionConflict } from './action-fixtures';

describe('conflicts', () => {
  it('groups their saves since your version, oldest first, from the current history', () => {
    const history = [
      ...action().history,
      { id: '12', version: 3, changedBy: 'officer@demo.example', changedAt: '2025-06-12T13:32:00.000Z', field: 'byWhom', oldValue: 'a', newValue: 'b' },
      { id: '13', version: 3, changedBy: 'officer@demo.example', changedAt: '2025-06-12T13:32:00.000Z', field: 'actionNeeded', oldValue: 'a', newValue: 'b' },
      { id: '14', version: 4, changedBy: 'manager@demo.example', changedAt: '2025-06-12T14:00:00.000Z', field: 'dueDate', oldValue: null, newValue: '2011-01-31' },
    ];
    const conflict = versionConflict(theirAction({ version: 4, history }), ['byWhom', 'actionNeeded', 'dueDate']);
    expect(conflictSaves(conflict)).toEqual([
      { version: 3, changedBy: 'officer@demo.example', changedAt: '2025-06-12T13:32:00.000Z', fields: ['byWhom', 'actionNeeded'] },
      { version: 4, changedBy: 'manager@demo.example', changedAt: '2025-06-12T14:00:00.000Z', fields: ['dueDate'] },
    ]);
  });

  it('compares the issues as sets, in words', () => {
    const current = theirAction({ issues: [{ code: 'COMMUNICATION_LACK_OF', name: 'Communication: lack of' }] });
    const conflict = versionConflict(current, ['issues']);
    const base = valuesOf(action());
    const mine = { ...base, issues: ['COMMUNICATION_UNWANTED', 'COMMUNICATION_LACK_OF'] };
    expect(compareWithConflict(conflict, base, mine, referenceNames(OPTIONS)).rows).toEqual([
      {
        field: 'issues',
        label: 'Issues',
        theirs: 'Communication: lack of',
        yours: 'Communication: lack of and Communication: unwanted',
        bothChanged: true,
        same: false,
      },
    ]);
  });

  it('compares their value with yours for each field they changed, and lists the fields only you changed', () => {
    const current = theirAction({ serviceArea: { code: 'INCLUSION', name: 'Safeguarding: Inclusion' } });
    const conflict = versionConflict(current, ['actionNeeded', 'serviceArea', 'status']);
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
