import { RECORD_TYPE_GROUPS, todayIso, valuesInUseOn } from '@complaints/domain';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { RecordTypeGroup, ReferenceKind } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';
import { itemLabels, type ItemField, type ItemFormValues } from './reference-form';
import { kindInfo } from './reference-kinds';

export interface ItemFieldsProps {
  kind: ReferenceKind;
  values: ItemFormValues;
  onChange: (values: ItemFormValues) => void;
  errors: FormErrors<ItemField>;
  /** Adding: the code, (record types) the group and the day it comes into force are asked for; they never change afterwards. */
  adding: boolean;
  /** The items this kind may sit in (divisions or categories), retired ones included. */
  parents: ReadonlyArray<{ code: string; name: string; retiredFrom: string | null }>;
  /** Suggests the code from the name while the code has not been typed. */
  onNameChange?: (name: string) => void;
}

/** Ids are prefixed so the add form and the rename form can share a page. */
export function itemFieldId(prefix: string, field: ItemField): string {
  return `${prefix}-${field}`;
}

export function ItemFields({ kind, values, onChange, errors, adding, parents, onNameChange, prefix }: ItemFieldsProps & { prefix: string }) {
  const labels = itemLabels(kind);
  const info = kindInfo(kind);
  const set = (patch: Partial<ItemFormValues>) => onChange({ ...values, ...patch });
  // A retired division or category takes nothing new, but an item already in one stays there.
  const choices = valuesInUseOn(parents, todayIso(), values.parent ? [values.parent] : []);
  return (
    <>
      <TextField
        id={itemFieldId(prefix, 'name')}
        name="name"
        autoComplete="off"
        label={labels.name}
        hint="As it appears in forms, tables and reports."
        error={errors.fields.name}
        value={values.name}
        onChange={(event) => (onNameChange ? onNameChange(event.target.value) : set({ name: event.target.value }))}
      />
      {adding && (
        <TextField
          id={itemFieldId(prefix, 'code')}
          name="code"
          autoComplete="off"
          spellCheck={false}
          label={labels.code}
          hint="Capital letters, digits and underscores, such as EARLY_HELP. It never changes: filters, links and imports use it."
          error={errors.fields.code}
          value={values.code}
          onChange={(event) => set({ code: event.target.value.toUpperCase() })}
        />
      )}
      {info.parent && (
        <SelectField
          id={itemFieldId(prefix, 'parent')}
          name="parent"
          label={labels.parent}
          error={errors.fields.parent}
          value={values.parent}
          onChange={(parent) => set({ parent })}
          options={[...(values.parent ? [] : [{ value: '', label: `Choose a ${info.parent.label.toLowerCase()}` }]), ...choices.map((p) => ({ value: p.code, label: p.name }))]}
        />
      )}
      {adding && kind === 'RECORD_TYPE' && (
        <SelectField
          id={itemFieldId(prefix, 'group')}
          name="group"
          label={labels.group}
          hint="The reports count record types by group. It never changes. A new record type also needs a statutory timescale set up first."
          error={errors.fields.group}
          value={values.group}
          onChange={(group) => set({ group: group as RecordTypeGroup | '' })}
          options={[
            ...(values.group ? [] : [{ value: '', label: 'Choose a group' }]),
            ...(Object.keys(RECORD_TYPE_GROUPS) as RecordTypeGroup[]).map((group) => ({ value: group, label: RECORD_TYPE_GROUPS[group] })),
          ]}
        />
      )}
      {adding && (
        <TextField
          id={itemFieldId(prefix, 'effectiveFrom')}
          name="effectiveFrom"
          type="date"
          className="admin-date"
          label={`${labels.effectiveFrom} (optional)`}
          hint={`The first day records may use it (by the date they were received), such as the day a restructure takes effect. Leave empty if it is in force now.`}
          error={errors.fields.effectiveFrom}
          value={values.effectiveFrom}
          onChange={(event) => set({ effectiveFrom: event.target.value })}
        />
      )}
    </>
  );
}
