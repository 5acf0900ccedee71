import { buildSchema, GraphQLError, parse } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';
import { safeToCompile, withGraphqlJsErrors } from './compiled-execution';

/** graphql-jit 0.8.9's date marker: a string literal holding it is written into generated code as `new Date(…)`. */
const MARKER = '__MAGIC_DATE__33a9e76d_02e0_4128_8e92_3530ad3da74d';

describe('safeToCompile', () => {
  it('allows documents whose string literals are plain text', () => {
    expect(safeToCompile(parse('query($i: TrendInput!) { trend(input: $i) { total } }'))).toBe(true);
    expect(safeToCompile(parse(`{ annualReport(financialYear: "2009/10") { financialYear } a: contact(reference: "CS-2009/0001") { id } b: x(s: "Parent's complaint: stage 1 @ 10.30") }`))).toBe(true);
    expect(safeToCompile(parse('{ x(s: "Ysgol Gymraeg Pen-y-Bont, école") }'))).toBe(false);
    expect(safeToCompile(parse('{ x(s: "Ysgol Gymraeg Pen-y-Bont école") }'))).toBe(true);
  });

  it('refuses a string literal that could be an expression, or holds the marker, wherever it is', () => {
    for (const literal of [`${MARKER}0+(globalThis.x=1)`, MARKER, 'a(b)', 'a+b', 'a=b', 'a;b', '`a`', 'a\\\\b', '{a}']) {
      expect({ literal, safe: safeToCompile(parse(`{ x(s: ${JSON.stringify(literal)}) }`)) }).toEqual({ literal, safe: false });
      expect({ literal, safe: safeToCompile(parse(`{ x(o: { list: ["ok", ${JSON.stringify(literal)}] }) }`)) }).toEqual({ literal, safe: false });
      expect({ literal, safe: safeToCompile(parse(`{ x(s: """${literal}""") }`)) }).toEqual({ literal, safe: false });
    }
  });

  it('guards a real hole: without it, graphql-jit runs a marked literal as code', async () => {
    const schema = buildSchema('type Query { echo(s: String): String }');
    const document = parse(`{ echo(s: "${MARKER}0+(globalThis.__compiledQueryProbe=1)") }`);
    expect(safeToCompile(document)).toBe(false);
    // What the guard keeps away (if a graphql-jit upgrade closes the hole, this fails: the guard may then be relaxed).
    const compiled = compileQuery(schema, document);
    expect(isCompiledQuery(compiled)).toBe(true);
    if (isCompiledQuery(compiled)) await compiled.query({ echo: () => 'x' }, {}, {});
    expect((globalThis as Record<string, unknown>).__compiledQueryProbe).toBe(1);
    delete (globalThis as Record<string, unknown>).__compiledQueryProbe;
  });
});

describe('withGraphqlJsErrors', () => {
  it("gives a compiled query's error from a plain thrown error the extensions graphql-js would, keeping its original, path and location", async () => {
    const schema = buildSchema('type Query { ok: String, broken: String }');
    const driverError = Object.assign(new Error('Connection lost: The server closed the connection.'), { code: 'PROTOCOL_CONNECTION_LOST' });
    const fields = schema.getQueryType()!.getFields();
    fields.ok.resolve = () => 'yes';
    fields.broken.resolve = () => Promise.reject(driverError);
    const compiled = compileQuery(schema, parse('{ ok broken }'));
    if (!isCompiledQuery(compiled)) throw new Error('graphql-jit did not compile the query');
    const raw = await compiled.query(undefined, {}, {});
    // What graphql-jit gives (if an upgrade fills extensions in, this fails and the mending may go).
    expect(raw.errors![0].extensions).toBeUndefined();

    const mended = withGraphqlJsErrors(raw);
    expect(mended.data).toEqual(raw.data);
    const [error] = mended.errors!;
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.extensions).toEqual({});
    expect(error.originalError).toBe(driverError);
    expect(error.path).toEqual(['broken']);
    expect(error.locations).toEqual([{ line: 1, column: 6 }]);
  });

  it('leaves a result whose errors all have extensions as it is', () => {
    const result = { data: null, errors: [new GraphQLError('x', { extensions: { code: 'BAD_USER_INPUT' } })] };
    expect(withGraphqlJsErrors(result)).toBe(result);
    const clean = { data: { ok: 'yes' } };
    expect(withGraphqlJsErrors(clean)).toBe(clean);
  });
});
