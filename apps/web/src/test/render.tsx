/**
 * Test helpers: a urql client answering from canned responses by operation
 * name, and the app's routes rendered at a URL with that client.
 */
import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, useLocation, useNavigate } from 'react-router';
import { CombinedError, type Client, type Operation } from 'urql';
import { concat, fromValue, never } from 'wonka';
import { AppRoutes } from '../app/AppRoutes';
import { createCachedMockClient } from './cached-mock-client';
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

function cannedAnswer(responses: MockResponses) {
  return (operation: Operation): MockAnswer => {
    const name = operationName(operation);
    const response = responses[name];
    if (response === undefined) throw new Error(`No mock response for operation ${name}`);
    return typeof response === 'function' ? response(operation.variables as Record<string, unknown>) : response;
  };
}

/** A stand-in urql client (the shape urql documents for tests). */
export function createMockClient(responses: MockResponses) {
  const canned = cannedAnswer(responses);
  const answer = (operation: Operation) => {
    const result = canned(operation);
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
      me: role && { id: '1', email: 'someone@demo.example', name: 'Demo person', role, serviceAreas: [], mustChangePassword: false },
    },
  };
}

/** The browser's back button, for tests of what follows the URL: render it beside <AppRoutes /> in renderAt's ui. */
export function BackButton() {
  const navigate = useNavigate();
  return (
    <button type="button" onClick={() => void navigate(-1)}>
      Back
    </button>
  );
}

/** Shows the router's current URL, so tests can read it. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** `normalizedCache`: answer through the app's graphcache (see cached-mock-client.ts) rather than straight from the mocks. */
export function renderAt(path: string, responses: MockResponses, ui: ReactElement = <AppRoutes />, { normalizedCache = false } = {}) {
  const client = normalizedCache ? createCachedMockClient(cannedAnswer(responses)) : createMockClient(responses);
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
