/** The statement's configured parts: who runs the site and whom to tell about a problem. No sign-in needed. */
import { useQuery } from 'urql';
import { graphql } from '../../graphql';

const AccessibilityStatementDocument = graphql(`
  query AccessibilityStatement {
    accessibilityStatement {
      councilName
      contactEmail
      contactPhone
    }
  }
`);

export const useAccessibilityStatementQuery = () => useQuery({ query: AccessibilityStatementDocument });
