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
import { mayUse } from '@complaints/domain';
import { GraphQLError } from 'graphql';
import { todayIso } from '../periods/today';
import { caseScope, findContactByReference, findContactInScope, listContacts } from './contact-list';
import { ContactSort, type ContactSortCode } from './contact.enums';
import { Contact } from './contact.entity';
import { ContactFilter, CreateContactInput, PageInput } from './contact.inputs';
import { ContactService } from './contact.service';
import { ContactConnection } from './contact.types';
import { Escalation } from './escalation.entity';

@Resolver(() => Contact)
export class ContactResolver {
  @Authorized(ACCESS.CASES_READ)
  @Query(() => ContactConnection, {
    description:
      "Contacts, filtered, searched and paged by cursor (keyset: every page costs the same), in the order asked for (newest first by default). Service managers see their areas' contacts only. Searching by complainant name or words (text) is for those who may see complainants' details; a text search runs under the aggregate limits.",
    // Each requested contact field costs once per contact on the page.
    complexity: perPageCost,
  })
  async contacts(
    @Ctx() { dataSource, user }: GraphQLContext,
    @Arg('filter', () => ContactFilter, { nullable: true }) filter?: ContactFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
    @Arg('sort', () => ContactSort, { nullable: true, defaultValue: 'RECEIVED_NEWEST' }) sort?: ContactSortCode | null,
  ): Promise<ContactConnection> {
    // Belt and braces: finding by name or words reads personal details.
    if ((filter?.complainantName || filter?.text) && !mayUse(user!.role, ACCESS.COMPLAINANTS_READ)) {
      throw new GraphQLError("Searching by complainant or words needs access to complainants' details", { extensions: { code: 'FORBIDDEN' } });
    }
    const result = await listContacts(dataSource, user!, { filter: filter ?? {}, page: page ?? {}, sort: sort ?? 'RECEIVED_NEWEST', today: todayIso() });
    return {
      edges: result.nodes.map((node, i) => ({ node, cursor: result.cursors[i] })),
      pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor },
      totalCount: result.totalCount,
    };
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => Contact, { nullable: true, description: 'A contact by id; null when there is none you may see. Addresses use contactByReference.' })
  async contact(@Arg('id', () => ID) id: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Contact | null> {
    return findContactInScope(dataSource, id, caseScope(user!));
  }

  @Authorized(ACCESS.CASES_READ)
  @Query(() => Contact, {
    nullable: true,
    description:
      "A contact by reference, written with / or - and in any letter case ('cs-2009-0123' is CS/2009/0123: no two references differ only so); null when there is none you may see.",
  })
  async contactByReference(@Arg('reference', () => String) reference: string, @Ctx() { dataSource, user }: GraphQLContext): Promise<Contact | null> {
    return findContactByReference(dataSource, reference, caseScope(user!));
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: 'Record a new contact; due dates are computed from the rules in force on the received date.' })
  async createContact(@Arg('input', () => CreateContactInput) input: CreateContactInput, @Ctx() { dataSource, dataVersions }: GraphQLContext): Promise<Contact> {
    return new ContactService(dataSource, dataVersions).create(input);
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
