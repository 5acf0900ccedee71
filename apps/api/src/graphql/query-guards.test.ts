/**
 * The query limits on the schema itself, without a server: every document the
 * web app sends passes, and hostile shapes are refused by the right limit in
 * linear time (the doubling-fragment query that used to take seconds).
 */
import 'reflect-metadata';
import { readdirSync, readFileSync, statSync } from 'fs';
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isNonNullType,
  isListType,
  Kind,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  visit,
  type DefinitionNode,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { join } from 'path';
import { buildAppSchema } from './build-schema';
import { checkQueryCost, queryCostPlugin } from './query-guards-cost';
import { QueryLimitError } from './query-guards-errors';
import { queryShapeRules } from './query-guards-validation';
import { QUERY_LIMITS } from './query-limits';

let schema: GraphQLSchema;
beforeAll(async () => {
  schema = await buildAppSchema();
});

function check(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query, { maxTokens: QUERY_LIMITS.maxTokens });
  const errors = validate(schema, document, [...specifiedRules, ...queryShapeRules()]);
  if (errors.length) return { errors };
  const operation = document.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)!;
  const cost = checkQueryCost(schema, document, operation, variables);
  return { errors: cost && 'refusal' in cost ? [cost.refusal] : [], cost: cost && 'cost' in cost ? cost.cost : null };
}

/** Fragments F0…Fn, each spreading the next twice: 2^n expansions in a few hundred bytes. */
export function doublingFragments(levels: number, leaf = 'me { id email }', on = 'Query'): string {
  const fragments = Array.from({ length: levels }, (_, i) => `fragment F${i} on ${on} { ...F${i + 1} ...F${i + 1} }`);
  return `query { ...F0 } ${fragments.join(' ')} fragment F${levels} on ${on} { ${leaf} }`;
}

describe('documents the web app sends', () => {
  const webRoot = join(__dirname, '../../../web');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      if (name === 'node_modules' || name === 'graphql') return [];
      return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
    });
  // graphql(`…`) in the app; template strings beginning `query`/`mutation` in the browser tests.
  const sources = [...files(join(webRoot, 'src')), ...files(join(webRoot, 'e2e'))].flatMap((path) =>
    [...readFileSync(path, 'utf8').matchAll(/(?:graphql\(\s*`|=\s*`(?=\s*(?:query|mutation)\b))([^`]+)`/g)].map((m) => m[1]!),
  );
  const definitions: DefinitionNode[] = sources.flatMap((source) => parse(source).definitions);
  const fragments = new Map(definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d] as const] : [])));
  const operations = definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);

  /** The operation with the fragments it uses, as the client prints it. */
  function documentFor(operation: OperationDefinitionNode): DocumentNode {
    const used = new Set<string>();
    const collect = (node: DefinitionNode) =>
      visit(node, {
        FragmentSpread(spread) {
          if (used.has(spread.name.value)) return;
          used.add(spread.name.value);
          collect(fragments.get(spread.name.value)!);
        },
      });
    collect(operation);
    return { kind: Kind.DOCUMENT, definitions: [operation, ...[...used].map((name) => fragments.get(name)!)] };
  }

  /** Values for the required variables, so the cost is computed as for a real request. */
  function sampleValue(type: GraphQLInputType): unknown {
    if (isNonNullType(type)) return sampleValue(type.ofType);
    if (isListType(type)) return [sampleValue(type.ofType)];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(Object.values(type.getFields()).flatMap((f) => (isNonNullType(f.type) ? [[f.name, sampleValue(f.type)]] : [])));
    }
    return ({ Int: 1, Float: 1, Boolean: true, LocalDate: '2010-01-04', DateTimeISO: '2010-01-04T09:00:00.000Z', ID: '1' } as Record<string, unknown>)[getNamedType(type).name] ?? '2009/10';
  }
  const variablesFor = (operation: OperationDefinitionNode) =>
    Object.fromEntries(
      (operation.variableDefinitions ?? []).flatMap((v) =>
        v.type.kind === Kind.NON_NULL_TYPE ? [[v.variable.name.value, sampleValue(typeFromAST(schema, v.type) as GraphQLInputType)]] : [],
      ),
    );

  it('finds the documents (the annual report and trend explorer among them)', () => {
    expect(operations.map((o) => o.name?.value)).toEqual(expect.arrayContaining(['AnnualReport', 'Trend', 'CaseContact', 'CreateForTest']));
  });

  it('passes every limit with each of them', () => {
    for (const operation of operations) {
      const text = print(documentFor(operation));
      const { errors, cost } = check(text, variablesFor(operation));
      expect({ operation: operation.name?.value, errors: errors.map((e) => e.message) }).toEqual({ operation: operation.name?.value, errors: [] });
      expect({ operation: operation.name?.value, costed: cost !== null }).toEqual({ operation: operation.name?.value, costed: true });
    }
  });
});

describe('shape limits', () => {
  it.each([
    ['doubling fragments, 24 levels', doublingFragments(24)],
    ['doubling fragments, 60 levels', doublingFragments(60)],
    ['doubling fragments nested in the issue taxonomy', `query { issueCategories { ...F0 } } ${Array.from({ length: 30 }, (_, i) => `fragment F${i} on IssueCategory { issues { category { ...F${i + 1} ...F${i + 1} } } }`).join(' ')} fragment F30 on IssueCategory { name }`],
    ['doubling fragments of aliases', doublingFragments(24, 'a: me { id }')],
  ])('refuses %s quickly, whatever limit it meets first', (_name, query) => {
    const started = Date.now();
    const { errors } = check(query);
    // A generous bound to catch the exponential walk (which takes minutes at these sizes), not a timing.
    expect(Date.now() - started).toBeLessThan(2000);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toBeInstanceOf(QueryLimitError);
    expect(errors[0]!.message).toMatch(/the limit is/);
  });

  it('names the depth limit in levels', () => {
    const deep = '{ issueCategories { issues { category { issues { category { issues { category { issues { category { issues { category { name } } } } } } } } } } } }';
    expect(check(deep).errors.map((e) => e.message)).toEqual([`Query is nested 12 levels deep; the limit is ${QUERY_LIMITS.maxDepth} levels.`]);
  });

  it('counts aliases through fragments, and allows up to the limit', () => {
    const aliases = (n: number) => Array.from({ length: n }, (_, i) => `a${i}: __typename b${i}: me { id }`).join(' ');
    expect(check(`{ ${aliases(15)} }`).errors).toEqual([]);
    expect(check(`{ ...F ...F } fragment F on Query { ${aliases(8)} }`).errors.map((e) => e.message)).toEqual([
      `Query uses 32 aliases; the limit is ${QUERY_LIMITS.maxAliases}.`,
    ]);
  });

  it('counts directives', () => {
    const fields = Array.from({ length: 21 }, () => '__typename @include(if: true)').join(' ');
    expect(check(`{ ${fields} }`).errors.map((e) => e.message)).toEqual([`Query uses 21 directives; the limit is ${QUERY_LIMITS.maxDirectives}.`]);
  });

  it('stops parsing at the token limit', () => {
    const fields = Array.from({ length: QUERY_LIMITS.maxTokens }, () => '__typename').join(' ');
    expect(() => parse(`{ ${fields} }`, { maxTokens: QUERY_LIMITS.maxTokens })).toThrow(`${QUERY_LIMITS.maxTokens} tokens`);
  });

  it('caps how often the expensive fields appear, through aliases and fragments', () => {
    const max = QUERY_LIMITS.maxAggregatesPerQuery;
    const trend = (alias: string) => `${alias}: trend(input: { financialYear: "2009/10", groupBy: CHANNEL }) { total }`;
    const report = 'annualReport(financialYear: "2009/10") { financialYear }';
    const allowed = Array.from({ length: max - 1 }, (_, i) => trend(`t${i}`)).join(' ');
    expect(check(`{ ${allowed} ${report} }`).errors).toEqual([]);
    expect(check(`{ ${allowed} ${report} ...T } fragment T on Query { ${trend('x')} }`).errors.map((e) => e.message)).toEqual([
      `Query asks for the aggregate fields (trend, annualReport, disclosedTrend, complaintCodeReport) ${max + 1} times; the limit is ${max} per query (as many as one user may run at once).`,
    ]);
    expect(check(`{ ...R ...R } fragment R on Query { ...S ...S } fragment S on Query { ${report} }`).errors.map((e) => e.message)).toEqual([
      `Query asks for the aggregate fields (trend, annualReport, disclosedTrend, complaintCodeReport) 4 times; the limit is ${max} per query (as many as one user may run at once).`,
    ]);
  });
});

describe('cost', () => {
  const fields = 'id reference receivedDate stage outcome recordType { name } channel { name } serviceAreas { name } issues { name }';
  const contacts = `query($page: PageInput) { contacts(page: $page) { totalCount edges { node { ${fields} } } } }`;

  it('prices paged lists by their page size', () => {
    const small = check(contacts, { page: { first: 10 } }).cost!;
    const large = check(contacts, { page: { first: 200 } }).cost!;
    expect(large).toBeGreaterThan(small * 15);
    expect(check(contacts, {}).cost).toBe(check(contacts, { page: { first: 50 } }).cost);
  });

  it('refuses a query over the budget, naming the limit', () => {
    const pages = Array.from({ length: 4 }, (_, i) => `c${i}: contacts(page: { first: 200 }) { edges { node { ${fields} } } }`).join(' ');
    const [error] = check(`{ ${pages} }`).errors;
    expect(error).toBeInstanceOf(QueryLimitError);
    expect(error!.message).toMatch(new RegExp(`Query is too complex: [\\d,]+ points; the limit is ${QUERY_LIMITS.maxCost.toLocaleString('en-GB')} points`));
  });

  it('prices the annual report and trends for the work behind them', () => {
    const report = check('{ annualReport(financialYear: "2009/10") { financialYear } }').cost!;
    const trend = check('{ trend(input: { financialYear: "2009/10", groupBy: CHANNEL }) { total } }').cost!;
    const me = check('{ me { id } }').cost!;
    expect(report).toBeGreaterThanOrEqual(500);
    expect(trend).toBeGreaterThanOrEqual(200);
    const compared = check('{ trend(input: { financialYear: "2009/10", groupBy: CHANNEL, compareWith: PREVIOUS_YEAR }) { total } }').cost!;
    expect(compared - trend).toBe(200);
    const byVariable = check('query($i: TrendInput!) { trend(input: $i) { total } }', { i: { financialYear: '2009/10', compareWith: 'PREVIOUS_YEAR' } }).cost!;
    expect(byVariable).toBe(compared);
    expect(me).toBeLessThan(5);
  });

  it('fails closed: a query too large to cost is refused, not let through', () => {
    // Same-named fields merge, so no alias or depth limit catches this; only the costing can.
    const [error] = check(doublingFragments(24)).errors;
    expect(error).toBeInstanceOf(QueryLimitError);
    expect(error!.message).toBe(
      `Query expands to more than ${QUERY_LIMITS.maxCostedFields.toLocaleString('en-GB')} fields once its fragments are followed; the limit is ${QUERY_LIMITS.maxCostedFields.toLocaleString('en-GB')} fields.`,
    );
  });

  it('remembers what it allowed per operation and variables, and still refuses what costs too much', async () => {
    const document = parse(contacts);
    const operation = document.definitions[0] as OperationDefinitionNode;
    const small = check(contacts, { page: { first: 10 } }).cost!;
    // A budget that one page of 10 fits and one of 200 does not.
    const plugin = queryCostPlugin(schema, { maxCost: small * 2, maxCostedFields: QUERY_LIMITS.maxCostedFields });
    const ask = async (variables: Record<string, unknown>) => {
      const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation(context: unknown): Promise<void> };
      return listener.didResolveOperation({ request: { variables }, document, operation });
    };
    await expect(ask({ page: { first: 10 } })).resolves.toBeUndefined();
    await expect(ask({ page: { first: 10 } })).resolves.toBeUndefined();
    await expect(ask({ page: { first: 200 } })).rejects.toBeInstanceOf(QueryLimitError);
    await expect(ask({ page: { first: 200 } })).rejects.toBeInstanceOf(QueryLimitError);
    // The same text parsed again is another document: costed afresh, and the same answer.
    const again = parse(contacts);
    const listener = (await plugin.requestDidStart!({} as never)) as { didResolveOperation(context: unknown): Promise<void> };
    await expect(listener.didResolveOperation({ request: { variables: { page: { first: 200 } } }, document: again, operation: again.definitions[0] })).rejects.toBeInstanceOf(
      QueryLimitError,
    );
  });

  it('leaves variables that do not coerce to execution (BAD_USER_INPUT)', () => {
    const document = parse(contacts);
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(checkQueryCost(schema, document, operation, { page: { first: 'many' } })).toBeNull();
  });
});
