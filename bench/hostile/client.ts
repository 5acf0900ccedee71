/** A loopback HTTP client for the benchmark: GraphQL posts, sign-in, and a summary of outcomes. */

export interface Outcome {
  status: number;
  /** The first error's code, or "ok" when the answer has data and no errors. */
  code: string;
  message?: string;
}

export class BenchClient {
  constructor(readonly baseUrl: string) {}

  async post(path: string, body: string, headers: Record<string, string> = {}): Promise<Outcome> {
    const res = await fetch(`${this.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
    const text = await res.text();
    let json: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> } | null;
    try {
      json = JSON.parse(text);
    } catch {
      return { status: res.status, code: `not JSON (${res.headers.get('content-type') ?? 'no content-type'})` };
    }
    const error = json?.errors?.[0];
    if (error) return { status: res.status, code: error.extensions?.code ?? 'no code', message: error.message };
    return { status: res.status, code: json?.data ? 'ok' : 'no data' };
  }

  graphql(query: string, options: { token?: string | null; variables?: Record<string, unknown>; address?: string } = {}): Promise<Outcome> {
    const headers: Record<string, string> = {};
    if (options.token) headers.authorization = `Bearer ${options.token}`;
    // TRUST_PROXY=loopback believes X-Forwarded-For from loopback: each simulated client gets its own address.
    if (options.address) headers['x-forwarded-for'] = options.address;
    return this.post('/graphql', JSON.stringify({ query, variables: options.variables }), headers);
  }

  login(email: string, password: string, address?: string): Promise<Outcome> {
    return this.graphql('mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', { variables: { e: email, p: password }, address });
  }

  async token(email: string, password: string, address: string): Promise<string> {
    const res = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
      body: JSON.stringify({ query: 'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }', variables: { e: email, p: password } }),
    });
    const body = (await res.json()) as { data?: { login: { token: string } }; errors?: unknown[] };
    if (!body.data) throw new Error(`bench:hostile could not sign in as ${email}: ${JSON.stringify(body.errors)}`);
    return body.data.login.token;
  }
}

/** "400 QUERY_TOO_COMPLEX" for one answer; "5× 401 UNAUTHENTICATED, 35× 429 TOO_MANY_ATTEMPTS" for many. */
export function summarise(outcomes: Outcome[]): string {
  const counts = new Map<string, number>();
  for (const o of outcomes) counts.set(`${o.status} ${o.code}`, (counts.get(`${o.status} ${o.code}`) ?? 0) + 1);
  if (outcomes.length === 1) return [...counts.keys()][0]!;
  return [...counts].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${n}× ${k}`).join(', ');
}
