import { Client, cacheExchange, fetchExchange } from 'urql';

/** Same-origin path: Vite (dev) and nginx (docker) proxy it to the API on port 4000. */
export const GRAPHQL_ENDPOINT = '/graphql';

/**
 * Creates the urql client for the app. A factory rather than only a singleton so
 * tests and stories can build their own client (or a mock) per render.
 */
export function createGraphqlClient(url: string = GRAPHQL_ENDPOINT): Client {
  return new Client({
    url,
    exchanges: [cacheExchange, fetchExchange],
    // Always POST. urql would otherwise send queries as GET, which Apollo Server's
    // CSRF prevention rejects (a GET carries no preflight-forcing header).
    preferGetMethod: false,
    // Send the session cookie to our own origin only.
    fetchOptions: { credentials: 'same-origin' },
  });
}

/** The client the running app uses (provided in main.tsx). */
export const graphqlClient = createGraphqlClient();
