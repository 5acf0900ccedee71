import { useQuery } from 'urql';
import { graphql } from '../../graphql';
import type { ContactFormOptionsQuery } from '../../graphql/graphql';

const ContactFormOptionsDocument = graphql(`
  query ContactFormOptions {
    recordTypes {
      code
      name
      group
    }
    channels {
      code
      name
    }
    serviceAreas {
      code
      name
    }
    issueCategories {
      code
      name
      issues {
        code
        name
      }
    }
  }
`);

export type ContactFormOptions = ContactFormOptionsQuery;

/** The reference data the "Record a contact" form's choices are built from. */
export function useContactFormOptionsQuery() {
  return useQuery({ query: ContactFormOptionsDocument });
}
