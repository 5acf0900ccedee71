/** Requests over fetch for the benchmark's set-up (sign-in, learning actions, the check before the run): any error stops the run. */
import type { ReadRequest } from './mix';

export interface Sent {
  status: number;
  text: string;
  ms: number;
}

/** One request to the API, timed from sending to the whole answer. */
export async function send(baseUrl: string, request: ReadRequest, token: string | null): Promise<Sent> {
  const started = performance.now();
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: { ...(request.body ? { 'content-type': 'application/json' } : {}), ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: request.body,
  });
  const text = await response.text();
  return { status: response.status, text, ms: performance.now() - started };
}

export async function setupGraphql<T>(baseUrl: string, body: string, token: string | null, what: string): Promise<{ data: T; ms: number }> {
  const { status, text, ms } = await send(baseUrl, { method: 'POST', path: '/graphql', body }, token);
  let parsed: { data?: T | null; errors?: Array<{ message?: string; extensions?: { code?: string } }> };
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new Error(`${what}: HTTP ${status}, not JSON: ${text.slice(0, 200)}`);
  }
  if (parsed.errors?.length || !parsed.data) {
    const first = parsed.errors?.[0];
    throw new Error(`${what}: HTTP ${status}, ${first?.extensions?.code ?? 'no code'}: ${first?.message ?? text.slice(0, 200)}`);
  }
  return { data: parsed.data, ms };
}

export const operation = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });
