import { Field, ObjectType } from 'type-graphql';

/** The configured parts of the accessibility statement (config COUNCIL_NAME, ACCESSIBILITY_CONTACT_*); the rest is the web page's own text. */
@ObjectType({ description: "What the public accessibility statement (/accessibility) says that only the council can: who runs the site and whom to tell about a problem." })
export class AccessibilityStatementDetails {
  @Field(() => String, { nullable: true, description: 'The council that runs this site (COUNCIL_NAME); null when not set.' })
  councilName: string | null;

  @Field(() => String, { nullable: true, description: 'Where to report an accessibility problem by email (ACCESSIBILITY_CONTACT_EMAIL); null when not set.' })
  contactEmail: string | null;

  @Field(() => String, { nullable: true, description: 'Where to report an accessibility problem by phone (ACCESSIBILITY_CONTACT_PHONE); null when not set.' })
  contactPhone: string | null;
}
