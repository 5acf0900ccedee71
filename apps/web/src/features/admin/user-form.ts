/**
 * The add-user and change-user forms: their fields, and the text typed read
 * into the API's input. Only presence is checked here; whether an address is
 * taken or a manager has an area is the API's rule (BAD_USER_INPUT names the field).
 */
import type { CreateUserInput, Role, UpdateUserInput } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';

export const USER_FIELDS = ['name', 'email', 'role', 'serviceAreas'] as const;
export type UserField = (typeof USER_FIELDS)[number];

export const USER_LABELS: Readonly<Record<UserField, string>> = {
  name: 'Full name',
  email: 'Email address',
  role: 'Role',
  serviceAreas: 'Service areas',
};

export interface UserFormValues {
  name: string;
  email: string;
  role: Role | '';
  serviceAreas: string[];
}

export function userFormValues(user?: { name: string; email: string; role: Role; serviceAreas: ReadonlyArray<{ code: string }> }): UserFormValues {
  return user
    ? { name: user.name, email: user.email, role: user.role, serviceAreas: user.serviceAreas.map((area) => area.code) }
    : { name: '', email: '', role: '', serviceAreas: [] };
}

/** Service areas belong to service managers only: other roles send none. */
export function managesAreas(role: Role | ''): boolean {
  return role === 'SERVICE_MANAGER';
}

function presenceErrors(values: UserFormValues, withEmail: boolean): FormErrors<UserField> {
  const errors: FormErrors<UserField> = { fields: {}, form: [] };
  if (!values.name.trim()) errors.fields.name = 'Enter their full name';
  if (withEmail && !values.email.trim()) errors.fields.email = 'Enter their email address';
  if (!values.role) errors.fields.role = 'Choose a role';
  return errors;
}

export type ReadUserForm<Input> = { ok: true; input: Input } | { ok: false; errors: FormErrors<UserField> };

export function readNewUserForm(values: UserFormValues): ReadUserForm<CreateUserInput> {
  const errors = presenceErrors(values, true);
  if (Object.keys(errors.fields).length || !values.role) return { ok: false, errors };
  return {
    ok: true,
    input: { name: values.name.trim(), email: values.email.trim(), role: values.role, serviceAreas: managesAreas(values.role) ? values.serviceAreas : [] },
  };
}

export function readUserChanges(values: UserFormValues): ReadUserForm<UpdateUserInput> {
  const errors = presenceErrors(values, false);
  if (Object.keys(errors.fields).length || !values.role) return { ok: false, errors };
  return {
    ok: true,
    // A role other than service manager drops the areas on the API's side: send none.
    input: { name: values.name.trim(), role: values.role, serviceAreas: managesAreas(values.role) ? values.serviceAreas : null },
  };
}
