import { Field, ObjectType } from 'type-graphql';
import type { ContactStepPermissions } from './contact-permissions';

@ObjectType({ description: 'The lifecycle steps the signed-in person may record on this contact now (the rules the mutations apply, dated today).' })
export class ContactPermissions implements ContactStepPermissions {
  @Field({ description: 'acknowledgeContact' })
  acknowledge: boolean;

  @Field({ description: 'recordResponse' })
  respond: boolean;

  @Field({ description: 'extendContact' })
  extend: boolean;

  @Field({ description: 'escalateContact to STAGE_2' })
  escalateToStage2: boolean;

  @Field({ description: 'escalateContact to STAGE_3' })
  escalateToStage3: boolean;

  @Field({ description: 'recordPanelHeld, for the open Stage 3 escalation' })
  recordPanelHeld: boolean;

  @Field({ description: 'recordEscalationResponse, for the open escalation' })
  recordEscalationResponse: boolean;

  @Field({ description: 'withdrawContact' })
  withdraw: boolean;
}
