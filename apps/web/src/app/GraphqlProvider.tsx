import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';
import { Provider, type Client } from 'urql';
import { createGraphqlClient, type GraphqlClientOptions } from './graphql-client';

type ClientFactory = (options: GraphqlClientOptions) => Client;

/** Starts over with a new client and an empty cache (after signing in or out). */
const ResetContext = createContext<() => void>(() => {});

/**
 * A client that replaces itself, once, when the API reports that the session
 * has ended: the new client's `me` query then finds nobody signed in and the
 * route guard sends the person to the sign-in page.
 */
function buildClient(createClient: ClientFactory, replace: (client: Client) => void): Client {
  let ended = false;
  return createClient({
    onUnauthenticated: () => {
      if (ended) return;
      ended = true;
      replace(buildClient(createClient, replace));
    },
  });
}

export interface GraphqlProviderProps {
  children: ReactNode;
  /** Tests pass their own factory; the app uses createGraphqlClient. */
  createClient?: ClientFactory;
}

export function GraphqlProvider({ children, createClient = createGraphqlClient }: GraphqlProviderProps) {
  const [client, setClient] = useState(() => buildClient(createClient, (next) => setClient(next)));
  const reset = useCallback(() => setClient(buildClient(createClient, setClient)), [createClient]);

  return (
    <ResetContext.Provider value={reset}>
      <Provider value={client}>{children}</Provider>
    </ResetContext.Provider>
  );
}

/** Drops everything cached: call after signing in or out. */
export function useResetGraphqlClient(): () => void {
  return useContext(ResetContext);
}
