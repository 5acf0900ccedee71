/** "Have your say": the public page's one mutation, and the officers' triage query and mutations. */
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../graphql';

const SubmitHaveYourSayDocument = graphql(`
  mutation SubmitHaveYourSay($input: HaveYourSayInput!) {
    submitHaveYourSay(input: $input) {
      reference
      whatHappensNext
      ifInDanger
    }
  }
`);

const HaveYourSayTriageDocument = graphql(`
  query HaveYourSayTriage {
    haveYourSayTriage {
      id
      reference
      whatHappened
      name
      contactMethod
      contactDetails
      wantsAdvocate
      ageGroup
      receivedAt
      receivedDate
      status
    }
  }
`);

const TriageChoicesDocument = graphql(`
  query HaveYourSayTriageChoices {
    recordTypes {
      code
      name
      retiredFrom
    }
    serviceAreas {
      code
      name
      retiredFrom
    }
    issueCategories {
      code
      name
      issues {
        code
        name
        retiredFrom
      }
    }
  }
`);

const ConvertHaveYourSayDocument = graphql(`
  mutation ConvertHaveYourSay($id: ID!, $input: ConvertHaveYourSayInput!) {
    convertHaveYourSay(id: $id, input: $input) {
      id
      status
      convertedReference
    }
  }
`);

const CloseHaveYourSayDocument = graphql(`
  mutation CloseHaveYourSay($id: ID!, $reason: String!) {
    closeHaveYourSay(id: $id, reason: $reason) {
      id
      status
      closedReason
    }
  }
`);

export const useSubmitHaveYourSay = () => useMutation(SubmitHaveYourSayDocument);
export const useHaveYourSayTriageQuery = () => useQuery({ query: HaveYourSayTriageDocument, requestPolicy: 'cache-and-network' });
export const useTriageChoicesQuery = () => useQuery({ query: TriageChoicesDocument });
export const useConvertHaveYourSay = () => useMutation(ConvertHaveYourSayDocument);
export const useCloseHaveYourSay = () => useMutation(CloseHaveYourSayDocument);
