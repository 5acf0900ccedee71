import { todayIso, valuesInUseOn } from '@complaints/domain';
import { ROLE_NAMES } from '../../app/access';
import { CheckboxGroup } from '../../components/CheckboxGroup';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import type { Role } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';
import { managesAreas, USER_LABELS, type UserField, type UserFormValues } from './user-form';

const ROLE_HINTS: Readonly<Record<Role, string>> = {
  ADMIN: 'manages users and reference data; sees no cases or figures',
  COMPLAINTS_OFFICER: 'records and updates contacts and information requests',
  SERVICE_MANAGER: "reads their service areas' cases and keeps their learning actions",
  ANALYST: 'trends, the annual report and exports; never personal details',
  MEMBER: 'the councillor responsible for complaints: the Code report, self-assessment and Ombudsman figures under the disclosure rules; never a case',
};

export interface UserFieldsProps {
  values: UserFormValues;
  onChange: (values: UserFormValues) => void;
  errors: FormErrors<UserField>;
  /** The address is asked for only when adding an account: it is how the person signs in. */
  withEmail: boolean;
  serviceAreas: ReadonlyArray<{ code: string; name: string; retiredFrom?: string | null }>;
}

/** Name, email, role and (for service managers) service areas: the fields both user forms share. */
export function UserFields({ values, onChange, errors, withEmail, serviceAreas }: UserFieldsProps) {
  const set = (patch: Partial<UserFormValues>) => onChange({ ...values, ...patch });
  // Retired areas are not offered, unless the account already has them.
  const areas = valuesInUseOn(serviceAreas, todayIso(), values.serviceAreas);
  return (
    <>
      <TextField id="name" name="name" autoComplete="off" label={USER_LABELS.name} error={errors.fields.name} value={values.name} onChange={(e) => set({ name: e.target.value })} />
      {withEmail && (
        <TextField
          id="email"
          name="email"
          type="email"
          autoComplete="off"
          spellCheck={false}
          label={USER_LABELS.email}
          hint="They sign in with it."
          error={errors.fields.email}
          value={values.email}
          onChange={(e) => set({ email: e.target.value })}
        />
      )}
      <SelectField
        id="role"
        name="role"
        label={USER_LABELS.role}
        hint="What they may do. Each role does one job."
        error={errors.fields.role}
        value={values.role}
        onChange={(role) => set({ role: role as Role | '' })}
        options={[
          ...(values.role ? [] : [{ value: '', label: 'Choose a role' }]),
          ...(Object.keys(ROLE_NAMES) as Role[]).map((role) => ({ value: role, label: `${ROLE_NAMES[role]}: ${ROLE_HINTS[role]}` })),
        ]}
      />
      {managesAreas(values.role) && (
        <div className={errors.fields.serviceAreas ? 'form-group--error' : undefined}>
          {errors.fields.serviceAreas && (
            <p className="error-message" id="serviceAreas-error">
              <span className="visually-hidden">Error:</span> {errors.fields.serviceAreas}
            </p>
          )}
          <CheckboxGroup
            name="serviceAreas"
            legend={USER_LABELS.serviceAreas}
            hint="The cases and learning actions of these areas are theirs. Choose at least one."
            options={areas.map((area) => ({ value: area.code, label: area.name }))}
            selected={values.serviceAreas}
            onChange={(serviceAreas) => set({ serviceAreas })}
          />
        </div>
      )}
    </>
  );
}
