import { Field, Int, ObjectType } from 'type-graphql';
import { Contact } from './contact.entity';

@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage: boolean;

  @Field(() => String, { nullable: true, description: 'Pass as `after` to get the next page.' })
  endCursor: string | null;
}

@ObjectType()
export class ContactEdge {
  @Field(() => String)
  cursor: string;

  @Field(() => Contact)
  node: Contact;
}

@ObjectType({ description: 'A page of contacts, newest first.' })
export class ContactConnection {
  @Field(() => [ContactEdge])
  edges: ContactEdge[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;

  @Field(() => Int, { description: 'Contacts matching the filter, across all pages.' })
  totalCount: number;
}
