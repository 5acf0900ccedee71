import { buildSchema, parse, validate } from 'graphql';
import { inputFieldOf } from './literal-input-errors';

const schema = buildSchema(`
  enum Outcome { UPHELD NOT_UPHELD }
  input Filter { outcomes: [Outcome!] }
  input TrendInput { financialYear: String, filter: Filter }
  type Query { trend(input: TrendInput!): Int, annualReport(financialYear: String!): Int }
`);

function fieldsOfErrors(query: string): Array<string | undefined> {
  const document = parse(query);
  return validate(schema, document).map((e) => inputFieldOf(document, e.nodes![0]));
}

describe('inputFieldOf', () => {
  it('names the path inside an input object, as a variable error does', () => {
    expect(fieldsOfErrors('{ trend(input: { filter: { outcomes: [UPHELD, UPHELDD] } }) }')).toEqual(['filter.outcomes']);
  });

  it('names a plain argument by its own name', () => {
    expect(fieldsOfErrors('{ annualReport(financialYear: 2009) }')).toEqual(['financialYear']);
  });

  it('names the input object itself when the whole value is wrong', () => {
    expect(fieldsOfErrors('{ trend(input: { filter: 3 }) }')).toEqual(['filter']);
  });

  it('names nothing for an error outside argument values', () => {
    const document = parse('{ nope }');
    const [error] = validate(schema, document);
    expect(inputFieldOf(document, error.nodes![0])).toBeUndefined();
  });
});
