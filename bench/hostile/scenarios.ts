/**
 * The hostile requests of issue 8, each as it was reported. `expect` says what
 * a hardened API should do: refuse it (under 1 s) or answer it (a legitimate
 * load, within its budget); /healthz must stay under 200 ms meanwhile either way.
 */
import { BenchClient, summarise, type Outcome } from './client';

export interface Tokens {
  analyst: string;
  officer: string;
}

export interface Scenario {
  id: string;
  /** Which finding of issue 8 it reproduces. */
  finding: string;
  expect: 'refuse' | 'answer';
  run(client: BenchClient, tokens: Tokens): Promise<{ outcome: string; note?: string }>;
}

const repeat = (n: number, field: (i: number) => string) => Array.from({ length: n }, (_, i) => field(i)).join(' ');
const doubling = (levels: number, leaf: string) =>
  `query { ...F0 } ${repeat(levels, (i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`)} fragment F${levels} on Query { ${leaf} }`;
const report = (i: number) => `r${i}: annualReport(financialYear: "2009/10") { financialYear tables { id title rows { label values } } }`;
const trend = (i: number) =>
  `t${i}: trend(input: { financialYear: "2009/10", granularity: MONTH, groupBy: SERVICE_AREA, crossBy: CHANNEL }) { total series { label total points { period value } } }`;
const one = (outcome: Outcome) => ({ outcome: summarise([outcome]), note: outcome.code === 'ok' ? undefined : outcome.message });

/** Distinct client addresses, so per-address sign-in limits do not hide per-account ones. */
const address = (block: number, i: number) => `10.${block}.${Math.floor(i / 250)}.${(i % 250) + 1}`;

const CONTACT = { recordType: 'STATUTORY_COMPLAINT', channel: 'LETTER', receivedDate: '2010-01-04', serviceAreas: ['SOCIAL_CARE'], issues: ['STAFF_CONDUCT'], complainantType: 'PARENT_OR_CARER' };

export const SCENARIOS: Scenario[] = [
  {
    id: 'doubling fragments, 24 levels (1 KB), signed out',
    finding: '1',
    expect: 'refuse',
    run: async (c) => one(await c.graphql(doubling(24, 'me { id email }'))),
  },
  {
    id: 'doubling fragments, 24 levels, nested fields, signed out',
    finding: '1',
    expect: 'refuse',
    run: async (c) =>
      one(
        await c.graphql(
          `query { issueCategories { ...G0 } } ${repeat(24, (i) => `fragment G${i} on IssueCategory { issues { category { ...G${i + 1} ...G${i + 1} } } }`)} fragment G24 on IssueCategory { name }`,
        ),
      ),
  },
  {
    id: '5,000 aliases of me, signed in',
    finding: '2',
    expect: 'refuse',
    run: async (c, t) => one(await c.graphql(`{ ${repeat(5000, (i) => `m${i}: me { id email name role }`)} }`, { token: t.officer })),
  },
  {
    id: '300 aliases of annualReport, analyst',
    finding: '3',
    expect: 'refuse',
    run: async (c, t) => one(await c.graphql(`{ ${repeat(300, report)} }`, { token: t.analyst })),
  },
  {
    id: '2,000 aliases of annualReport, analyst',
    finding: '3',
    expect: 'refuse',
    run: async (c, t) => one(await c.graphql(`{ ${repeat(2000, report)} }`, { token: t.analyst })),
  },
  {
    id: '500 aliases of trend, analyst',
    finding: '3',
    expect: 'refuse',
    run: async (c, t) => one(await c.graphql(`{ ${repeat(500, trend)} }`, { token: t.analyst })),
  },
  {
    id: '3,000 aliases of trend, analyst',
    finding: '3',
    expect: 'refuse',
    run: async (c, t) => one(await c.graphql(`{ ${repeat(3000, trend)} }`, { token: t.analyst })),
  },
  {
    id: 'heaviest allowed: annualReport + trend by month × area × channel, analyst',
    finding: '3',
    expect: 'answer',
    run: async (c, t) => one(await c.graphql(`{ ${report(0)} ${trend(1)} }`, { token: t.analyst })),
  },
  {
    id: '20,000 tokens of __typename (110 KB), signed out',
    finding: '1–3',
    expect: 'refuse',
    run: async (c) => one(await c.graphql(`{ ${repeat(20000, () => '__typename')} }`)),
  },
  {
    id: '30 copies of me { id ×28 } (same fields, no aliases; 932 tokens), signed out',
    finding: '1–3',
    expect: 'refuse',
    run: async (c) => one(await c.graphql(`{ ${repeat(30, () => `me { ${repeat(28, () => 'id')} }`)} }`)),
  },
  {
    id: '1,000 directives, signed out',
    finding: '1–3',
    expect: 'refuse',
    run: async (c) => one(await c.graphql(`{ ${repeat(1000, () => '__typename @include(if: true)')} }`)),
  },
  {
    id: 'oversized body (2 MB JSON)',
    finding: '9',
    expect: 'refuse',
    run: async (c) => one(await c.post('/graphql', JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 * 1024 * 1024) } }))),
  },
  {
    id: 'malformed JSON body',
    finding: '9',
    expect: 'refuse',
    run: async (c) => one(await c.post('/graphql', '{"query": "{ __typename }"')),
  },
  {
    id: '40 concurrent wrong sign-ins, one account, one address',
    finding: '5',
    expect: 'refuse',
    run: async (c) => {
      const outcomes = await Promise.all(Array.from({ length: 40 }, () => c.login('manager@demo.example', 'not-the-password', '10.99.0.1')));
      return { outcome: summarise(outcomes), note: 'at most 5 should be password checks (the rest TOO_MANY_ATTEMPTS)' };
    },
  },
  {
    id: 'flood of 300 sign-ins (300 addresses) + 1 real sign-in',
    finding: '5',
    expect: 'answer',
    run: async (c) => {
      const flood = Array.from({ length: 300 }, (_, i) => c.login(`sprayed-${i}@demo.example`, 'not-the-password', address(1, i)));
      // The real officer signs in once the flood is under way, from their own address.
      await new Promise((r) => setTimeout(r, 20));
      const started = performance.now();
      const real = await c.login('admin@demo.example', 'complaints-demo', '10.98.0.1');
      const realMs = performance.now() - started;
      const outcomes = await Promise.all(flood);
      return { outcome: summarise(outcomes), note: `the real sign-in: ${summarise([real])} in ${realMs.toFixed(0)} ms` };
    },
  },
  {
    id: '50 concurrent createContact, one officer',
    finding: '4',
    expect: 'answer',
    run: async (c, t) => {
      const outcomes = await Promise.all(
        Array.from({ length: 50 }, () => c.graphql('mutation($i: CreateContactInput!) { createContact(input: $i) { reference } }', { token: t.officer, variables: { i: CONTACT } })),
      );
      return { outcome: summarise(outcomes) };
    },
  },
];
