import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { isIsoDate } from '../timescales/iso-date';

/** `ast`: the literal in the query text, so the refusal can name the input field it was written in. */
function parse(value: unknown, ast?: ValueNode): string {
  const nodes = ast ? [ast] : undefined;
  if (typeof value !== 'string') {
    throw new GraphQLError('A date must be a string in the form YYYY-MM-DD', { nodes });
  }
  if (!isIsoDate(value)) {
    throw new GraphQLError(`'${value}' is not a real calendar date in the form YYYY-MM-DD`, { nodes });
  }
  return value;
}

/** A calendar date without time or zone, e.g. 2009-10-22. Deadlines are counted in whole days. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD (e.g. 2009-10-22).',
  serialize: (value) => String(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => parse(ast.kind === Kind.STRING ? ast.value : undefined, ast),
});
