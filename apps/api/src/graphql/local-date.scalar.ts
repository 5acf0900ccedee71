import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../timescales/iso-date';

function parse(value: unknown): string {
  if (typeof value !== 'string') {
    throw new GraphQLError('A date must be a string in the form YYYY-MM-DD');
  }
  if (!isIsoDate(value)) {
    throw new GraphQLError(`'${value}' is not a real calendar date in the form YYYY-MM-DD`);
  }
  return value;
}

/** A calendar date without time or zone, e.g. 2009-10-22. Deadlines are counted in whole days. */
export const LocalDateScalar = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar date without time or time zone, written YYYY-MM-DD (e.g. 2009-10-22).',
  serialize: (value) => String(value),
  parseValue: parse,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('A date must be a string in the form YYYY-MM-DD');
    return parse(ast.value);
  },
});
