import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { FeedbackForm } from '../feedback/feedback-form.entity';
import type { GraphQLContext } from '../graphql/context';
import { perPageCost } from '../graphql/query-limits';
import { Channel } from '../reference/channel.entity';
import { Division } from '../reference/division.entity';
import { IssueCategory } from '../reference/issue-category.entity';
import { Issue } from '../reference/issue.entity';
import { RecordType } from '../reference/record-type.entity';
import { ServiceArea } from '../reference/service-area.entity';
import { encodeCursor } from '../db/newest-first-page';
import { caseScope, findContactInScope, listContacts } from './contact-list';
import { Contact } from './contact.entity';
import { ContactFilter, CreateContactInput, PageInput } from './contact.inputs';
import { ContactService } from './contact.service';
import { ContactConnection } from './contact.types';
import { Escalation } from './escalation.entity';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => ContactConnection, {
    description: 'Contacts, newest first, filtered and paged by cursor.',
    // Each requested contact field costs once per contact on the page.
    complexity: perPageCost,
  })
  async contacts(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<ContactConnection> {
    const result = await listContacts(dataSource, filter ?? {}, page ?? {}, caseScope(user!));
    return {
      edges: result.nodes.map((node) => ({ node, cursor: encodeCursor(node) })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
      totalCount: result.totalCount,
    };
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => Contact, { nullable: true, description: "A contact by id; null when there is none you may see." })
  async contact(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Contact | null> {
    return findContactInScope(dataSource, id, caseScope(user!));
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: 'Record a new contact; due dates are computed from the rules in force on the received date.' })
  async createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() { dataSource }: GraphQLContext): Promise<Contact> {
    return new ContactService(dataSource).create(input);
  }

  @FieldResolver(() => RecordType)
  async recordType(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<RecordType> {
    return (await loaders.catalog()).recordTypes.byId.get(c.recordTypeId)!;
  }

  @FieldResolver(() => Channel)
  async channel(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<Channel> {
    return (await loaders.catalog()).channels.byId.get(c.channelId)!;
  }

  @FieldResolver(() => Division)
  async division(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<Division> {
    return (await loaders.catalog()).divisions.byId.get(c.divisionId)!;
  }

  @FieldResolver(() => ServiceArea)
  async primaryServiceArea(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea> {
    return (await loaders.catalog()).serviceAreas.byId.get(c.primaryServiceAreaId)!;
  }

  @FieldResolver(() => [ServiceArea], { description: 'Every service area named, primary first.' })
  async serviceAreas(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<ServiceArea[]> {
    const [catalog, ids] = await Promise.all([loaders.catalog(), loaders.serviceAreaIdsByContact.load(c.id)]);
    return ids.map((id) => catalog.serviceAreas.byId.get(id)!);
  }

  @FieldResolver(() => Issue)
  async primaryIssue(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<Issue> {
    return (await loaders.catalog()).issues.byId.get(c.primaryIssueId)!;
  }

  @FieldResolver(() => IssueCategory, { description: "The primary issue's category." })
  async issueCategory(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<IssueCategory> {
    return (await loaders.catalog()).issueCategories.byId.get(c.primaryIssueCategoryId)!;
  }

  @FieldResolver(() => [Issue], { description: 'Every issue raised, primary first.' })
  async issues(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<Issue[]> {
    const [catalog, ids] = await Promise.all([loaders.catalog(), loaders.issueIdsByContact.load(c.id)]);
    return ids.map((id) => catalog.issues.byId.get(id)!);
  }

  @FieldResolver(() => [Escalation])
  async escalations(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<Escalation[]> {
    return loaders.escalationsByContact.load(c.id);
  }

  @FieldResolver(() => FeedbackForm, { nullable: true })
  async feedback(@Root() c: Contact, @Ctx() { loaders }: GraphQLContext): Promise<FeedbackForm | null> {
    return loaders.feedbackByContact.load(c.id);
  }
}
