/** The API's error vocabulary: every refusal names the offending field. */
import { GraphQLError } from 'graphql';

export interface FieldProblem {
  field: string;
  message: string;
}

/** BAD_USER_INPUT naming each field at fault; `extensions.field` is the first one. */
export function badUserInput(subject: string, problems: FieldProblem[]): GraphQLError {
  const text = problems.map((p) => `${p.field}: ${p.message}`).join('; ');
  return new GraphQLError(`Invalid ${subject}: ${text}`, {
    extensions: { code: 'BAD_USER_INPUT', field: problems[0]?.field, problems },
  });
}

export function notFound(subject: string, id: string | number): GraphQLError {
  return new GraphQLError(`No ${subject} with id ${id}`, { extensions: { code: 'NOT_FOUND' } });
}

const VARIABLE_ERROR = /^Variable "\$(\w+)" got invalid value .*? at "([^"]+)"/s;

/**
 * The field a GraphQL variable-coercion error is about ('Variable "$input" got
 * invalid value "X" at "input.filter.outcomes[0]"' → 'filter.outcomes'), so
 * an enum value GraphQL refuses names its field as our own checks do.
 */
export function fieldOfVariableError(message: string): string | undefined {
  const match = VARIABLE_ERROR.exec(message);
  if (!match) return undefined;
  const [, variable, path] = match as unknown as [string, string, string];
  const field = path.replace(/\[\d+\]/g, '');
  return field.startsWith(`${variable}.`) ? field.slice(variable.length + 1) : field;
}
