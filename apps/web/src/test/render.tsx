/**
 * Test helpers: a urql client answering from canned responses by operation
 * name, and the app's routes rendered at a URL with that client.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import { CombinedError, type Client, type Operation } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { AppRoutes } from '../app/AppRoutes';
import { GraphqlProvider } from '../app/GraphqlProvider';
import type { Role } from '../graphql/graphql';

export type MockAnswer = { data?: unknown; error?: CombinedError } | 'loading';
export type MockResponses = Record<string, MockAnswer | ((variables: Record<string, unknown>) => MockAnswer)>;

function operationName(operation: Operation): string {
  for (const definition of operation.query.definitions) {
    if (definition.kind === 'OperationDefinition' && definition.name) return definition.name.value;
  }
  return '';
}

/** A stand-in urql client (the shape urql documents for tests). */
export function createMockClient(responses: MockResponses) {
  const answer = (operation: Operation) => {
    const name = operationName(operation);
    const response = responses[name];
    if (response === undefined) throw new Error(`No mock response for operation ${name}`);
    const result = typeof response === 'function' ? response(operation.variables as Record<string, unknown>) : response;
    // Like a real client's source, it stays open after its result (urql clears `error` when a source ends).
    return result === 'loading' ? never : concat([fromValue({ operation, ...result }), never]);
  };
  const client = {
    executeQuery: jest.fn(answer),
    executeMutation: jest.fn(answer),
    executeSubscription: jest.fn(() => never),
  };
  return client as typeof client & Client;
}

export function graphqlError(message: string, extensions: Record<string, unknown> = {}): CombinedError {
  return new CombinedError({ graphQLErrors: [{ message, extensions }] });
}

export function meResponse(role: Role | null): MockAnswer {
  return {
    data: {
      me: role && { id: '1', email: 'someone@demo.example', name: 'Demo person', role, serviceAreas: [] },
    },
  };
}

/** Shows the router's current URL, so tests can read it. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

export function renderAt(path: string, responses: MockResponses, ui: ReactElement = <AppRoutes />) {
  const client = createMockClient(responses);
  const utils = render(
    <GraphqlProvider createClient={() => client}>
      <MemoryRouter initialEntries={[path]}>
        {ui}
        <LocationProbe />
      </MemoryRouter>
    </GraphqlProvider>,
  );
  return { ...utils, client, location: () => utils.getByTestId('location').textContent ?? '' };
}
