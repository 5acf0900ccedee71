import { FormField } from '../../components/FormField';
export interface OptionGroup {
  label: string;
  options: ReadonlyArray<{ value: string; label: string }>;
}

export interface GroupedSelectFieldProps {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The first, empty option, e.g. 'Choose the main issue'. */
  placeholder: string;
  groups: readonly OptionGroup[];
  value: string;
  onChange: (value: string) => void;
}

/** A labelled <select> whose options are grouped (<optgroup>), e.g. issues under their categories. */
export function GroupedSelectField({ id, label, hint, error, placeholder, groups, value, onChange }: GroupedSelectFieldProps) {
  return (
    <FormField id={id} label={label} hint={hint} error={error}>
      {(described) => (
        <select id={id} className={error ? 'select select--error' : 'select'} value={value} onChange={(event) => onChange(event.target.value)} {...described}>
          <option value="">{placeholder}</option>
          {groups.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.options.map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FormField>
  );
}
