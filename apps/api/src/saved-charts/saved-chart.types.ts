import { Field, ObjectType } from 'type-graphql';

@ObjectType({ description: 'What the signed-in person may do with this saved chart; the mutations enforce the same rule.' })
export class SavedChartPermissions {
  @Field({ description: 'Rename it, change its question or how it is drawn (its owner).' })
  edit: boolean;

  @Field({ description: 'Publish it as an embed (analysts and complaints officers).' })
  publish: boolean;

  @Field({ description: 'Delete it, and with it its embeds (its owner, or an administrator).' })
  delete: boolean;
}
