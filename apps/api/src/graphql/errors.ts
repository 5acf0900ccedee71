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
