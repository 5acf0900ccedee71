import type { GraphiQLProps } from 'graphiql';

/**
 * Sends the explorer's operations to this site's /graphql as the web app does:
 * POST with JSON (which Apollo's CSRF prevention accepts) and the session
 * cookie, so the explorer sees what the signed-in user may see.
 */
export const sameOriginFetcher: GraphiQLProps['fetcher'] = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...options?.headers },
    body: JSON.stringify(params),
  });
  return response.json();
};
