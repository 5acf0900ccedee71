import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DisclosureRule } from './embed.enums';
import { Embed } from './embed.entity';

@InputType({ description: 'How to publish a saved chart.' })
export class CreateEmbedInput {
  @Field(() => Date, { nullable: true, description: 'When it stops showing its chart (in the future); leave out to publish until revoked.' })
  expiresAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Where or why it is published, for the register; up to 500 characters.' })
  note?: string | null;

  @Field(() => DisclosureRule, { nullable: true, description: "How small numbers are suppressed; leave out for the server's default (DISCLOSURE_RULE)." })
  disclosureRule?: DisclosureRule | null;
}

@ObjectType({ description: 'A new embed, with its token: shown this once, never stored.' })
export class CreatedEmbed {
  @Field(() => Embed)
  embed: Embed;

  @Field(() => String, { description: 'The address to frame: <PUBLIC_URL>/embed/<token>.' })
  url: string;

  @Field(() => String, { description: 'HTML to paste into an intranet page: the iframe and the script that sizes it.' })
  snippet: string;

  @Field(() => String, { description: 'The secret part of the URL. Shown once: only its hash is kept.' })
  token: string;
}

@ObjectType({ description: 'The chart an embed publishes, as the register shows it (no figures).' })
export class EmbeddedChart {
  @Field(() => ID)
  id: number;

  @Field(() => String)
  name: string;
}

@ObjectType({ description: 'What the signed-in person may do to this embed; the mutations enforce the same rule.' })
export class EmbedPermissions {
  @Field()
  revoke: boolean;

  @Field()
  pause: boolean;

  @Field()
  resume: boolean;
}
