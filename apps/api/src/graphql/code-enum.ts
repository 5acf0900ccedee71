/**
 * A GraphQL enum from a vocabulary of code → label (e.g. @complaints/domain's
 * REMEDY_TYPES): the values are the codes, and each value's description is its
 * label, with a hint after it where one is given.
 */
import { registerEnumType } from 'type-graphql';

export type CodeEnum<T extends Record<string, string>> = { [K in keyof T]: K };

export function codeEnum<T extends Record<string, string>>(labels: T, name: string, description: string, hints: Partial<Record<keyof T, string>> = {}): CodeEnum<T> {
  const values = Object.fromEntries(Object.keys(labels).map((k) => [k, k])) as CodeEnum<T>;
  registerEnumType(values, {
    name,
    description,
    valuesConfig: Object.fromEntries(
      Object.entries(labels).map(([k, label]) => [k, { description: hints[k as keyof T] ? `${label}: ${hints[k as keyof T]}.` : label }]),
    ) as never,
  });
  return values;
}
