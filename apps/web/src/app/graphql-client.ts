import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';

/** Same-origin path: Vite (dev) and nginx (docker) proxy it to the API on port 4000. */
export const GRAPHQL_ENDPOINT = '/graphql';

export interface GraphqlClientOptions {
  url?: string;
  /** Called when the API says the session has ended (UNAUTHENTICATED), e.g. it expired. */
  onUnauthenticated?: () => void;
}

export function isUnauthenticated(error: CombinedError): boolean {
  return error.graphQLErrors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
}

/**
 * Creates the urql client. A factory rather than a singleton: the app makes a
 * fresh one (with an empty cache) whenever someone signs in or out, so nothing
 * one person loaded is shown to the next, and tests build their own.
 */
export function createGraphqlClient({ url = GRAPHQL_ENDPOINT, onUnauthenticated }: GraphqlClientOptions = {}): Client {
  return new Client({
    url,
    exchanges: [
      cacheExchange,
      mapExchange({
        onError(error) {
          if (onUnauthenticated && isUnauthenticated(error)) onUnauthenticated();
        },
      }),
      fetchExchange,
    ],
    // Always POST. urql would otherwise send queries as GET, which Apollo Server's
    // CSRF prevention rejects (a GET carries no preflight-forcing header).
    preferGetMethod: false,
    // Send the session cookie to our own origin only.
    fetchOptions: { credentials: 'same-origin' },
  });
}
