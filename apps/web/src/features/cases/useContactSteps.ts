import { useMutation } from 'urql';
import { graphql } from '../../graphql';

// Each step answers with the contact's id only, which keeps the generated documents small: the
// normalized cache's updates (app/graphql-client.ts) then drop that contact and the lists it may
// move in, so the page and the queue ask again.

export const AcknowledgeContactDocument = graphql(`
  mutation AcknowledgeContact($id: ID!, $sentDate: LocalDate!) {
    acknowledgeContact(id: $id, sentDate: $sentDate) {
      id
    }
  }
`);

export const RecordResponseDocument = graphql(`
  mutation RecordResponse($id: ID!, $sentDate: LocalDate!, $outcome: Outcome) {
    recordResponse(id: $id, sentDate: $sentDate, outcome: $outcome) {
      id
    }
  }
`);

export const ExtendContactDocument = graphql(`
  mutation ExtendContact($id: ID!) {
    extendContact(id: $id) {
      id
    }
  }
`);

export const EscalateContactDocument = graphql(`
  mutation EscalateContact($id: ID!, $stage: EscalationStage!, $requestedDate: LocalDate!, $extended: Boolean) {
    escalateContact(id: $id, stage: $stage, requestedDate: $requestedDate, extended: $extended) {
      id
    }
  }
`);

export const RecordPanelHeldDocument = graphql(`
  mutation RecordPanelHeld($escalationId: ID!, $date: LocalDate!) {
    recordPanelHeld(escalationId: $escalationId, date: $date) {
      id
    }
  }
`);

export const RecordEscalationResponseDocument = graphql(`
  mutation RecordEscalationResponse($escalationId: ID!, $sentDate: LocalDate!, $outcome: Outcome!) {
    recordEscalationResponse(escalationId: $escalationId, sentDate: $sentDate, outcome: $outcome) {
      id
    }
  }
`);

export const WithdrawContactDocument = graphql(`
  mutation WithdrawContact($id: ID!, $date: LocalDate!) {
    withdrawContact(id: $id, date: $date) {
      id
    }
  }
`);

/** The lifecycle mutations, one urql hook each. */
export function useContactSteps() {
  const [acknowledge, runAcknowledge] = useMutation(AcknowledgeContactDocument);
  const [respond, runRespond] = useMutation(RecordResponseDocument);
  const [extend, runExtend] = useMutation(ExtendContactDocument);
  const [escalate, runEscalate] = useMutation(EscalateContactDocument);
  const [panel, runPanel] = useMutation(RecordPanelHeldDocument);
  const [escalationResponse, runEscalationResponse] = useMutation(RecordEscalationResponseDocument);
  const [withdraw, runWithdraw] = useMutation(WithdrawContactDocument);
  const fetching = [acknowledge, respond, extend, escalate, panel, escalationResponse, withdraw].some((r) => r.fetching);
  return {
    fetching,
    acknowledge: runAcknowledge,
    respond: runRespond,
    extend: runExtend,
    escalate: runEscalate,
    panel: runPanel,
    escalationResponse: runEscalationResponse,
    withdraw: runWithdraw,
  };
}
