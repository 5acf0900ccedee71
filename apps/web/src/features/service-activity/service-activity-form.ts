/**
 * The social care activity form (table 6): its fields as the report labels
 * them, and the text typed into each read as a count. Only reading the text is
 * done here; whether a count is allowed is the API's rule (BAD_USER_INPUT
 * names the field), so it is not copied.
 */
import type { SaveServiceActivityInput } from '../../graphql/graphql';
import type { FormErrors } from '../cases/form-errors';

export const ACTIVITY_FIELDS = ['referrals', 'initialAssessments', 'lookedAfterChildren'] as const;
export type ActivityField = (typeof ACTIVITY_FIELDS)[number];

/** Table 6's row labels (apps/api/src/report/tables/table6-social-care-activity.ts). */
export const ACTIVITY_LABELS: Readonly<Record<ActivityField, string>> = {
  referrals: 'Referrals',
  initialAssessments: 'Initial assessments',
  lookedAfterChildren: 'Looked after children',
};

export type ActivityFormValues = Record<ActivityField, string>;
export type ActivityFigures = Record<ActivityField, number>;

/** The largest value a GraphQL Int carries: larger numbers would not reach the API's own check. */
const GRAPHQL_INT_MAX = 2_147_483_647;

export function activityFormValues(saved: ActivityFigures | null | undefined): ActivityFormValues {
  return {
    referrals: saved ? String(saved.referrals) : '',
    initialAssessments: saved ? String(saved.initialAssessments) : '',
    lookedAfterChildren: saved ? String(saved.lookedAfterChildren) : '',
  };
}

/** '2,600' or ' 2600 ' → 2600; '-3' → -3 (the API says why not); 'two' or '' → null. */
export function readCount(text: string): number | null {
  const plain = text.trim().replace(/,/g, '');
  if (!/^-?\d+$/.test(plain)) return null;
  const value = Number(plain);
  return Math.abs(value) <= GRAPHQL_INT_MAX ? value : null;
}

export type ReadForm = { ok: true; input: SaveServiceActivityInput } | { ok: false; errors: FormErrors<ActivityField> };

/** The mutation's input, or a message beside each field whose text is not a number. */
export function readActivityForm(financialYear: string, values: ActivityFormValues): ReadForm {
  const errors: FormErrors<ActivityField> = { fields: {}, form: [] };
  const counts: Partial<ActivityFigures> = {};
  for (const field of ACTIVITY_FIELDS) {
    const label = ACTIVITY_LABELS[field];
    const value = readCount(values[field]);
    if (values[field].trim() === '') errors.fields[field] = `Enter the number of ${label.toLowerCase()}`;
    else if (value === null) errors.fields[field] = `${label} must be a whole number, such as 2600`;
    else counts[field] = value;
  }
  if (Object.keys(errors.fields).length) return { ok: false, errors };
  return { ok: true, input: { financialYear, ...(counts as ActivityFigures) } };
}
