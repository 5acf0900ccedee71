/**
 * The GraphQL explorer at GET /graphql (outside production): GraphiQL and its
 * Monaco editor built into dist/graphiql/ by vite.graphiql.config.ts and
 * served by the API itself, so that it loads on networks that block CDNs. The
 * main app never loads this bundle.
 */
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './graphiql-page.css';
import { GraphiQL } from 'graphiql';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { sameOriginFetcher } from './graphiql-fetcher';

const DEFAULT_QUERY = `# Uses your web app session: sign in there first.
# Run with the button or Ctrl+Enter.
query Me {
  me {
    email
    role
  }
}
`;

createRoot(document.getElementById('graphiql')!).render(
  <StrictMode>
    <GraphiQL fetcher={sameOriginFetcher} defaultQuery={DEFAULT_QUERY} />
  </StrictMode>,
);
