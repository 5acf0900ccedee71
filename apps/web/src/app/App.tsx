import { BrowserRouter } from 'react-router';
import { AppRoutes } from './AppRoutes';
import { GraphqlProvider } from './GraphqlProvider';

/** The app: one urql client (replaced on sign-in and sign-out) and the browser's URL as the router. */
export function App() {
  return (
    <GraphqlProvider>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </GraphqlProvider>
  );
}
