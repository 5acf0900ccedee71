import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Resolver, Root } from 'type-graphql';
import { ACCESS, Role } from '../auth/role';
import { caseLoaders } from '../contacts/contact-loaders';
import { Contact } from '../contacts/contact.entity';
import type { GraphQLContext } from '../graphql/context';
import { Complainant } from './complainant.entity';
import { ComplainantInput } from './complainant.inputs';
import { saveComplainant } from './complainant.service';

/**
 * The complainant on a contact: personal data, for complaints officers and the
 * service manager of the case's area only (a contact outside a manager's areas
 * never reaches them; this field checks again). Nothing else in the schema
 * leads to it.
 */
@Resolver(() => Contact)
export class ComplainantResolver {
  @Authorized(ACCESS.COMPLAINANTS_READ)
  @FieldResolver(() => Complainant, { nullable: true, description: "The complainant's details (personal data); null when none are recorded." })
  async complainant(@Root() c: Contact, @Ctx() context: GraphQLContext): Promise<Complainant | null> {
    const { user, loaders } = context;
    if (user?.role === Role.SERVICE_MANAGER) {
      const areas = await loaders.serviceAreaIdsByContact.load(c.id);
      if (!areas.some((id) => user.serviceAreaIds.includes(id))) return null;
    }
    return caseLoaders(context).complainantByContact.load(c.id);
  }

  @Authorized(ACCESS.CASES_WRITE)
  @Mutation(() => Contact, { description: "Record or correct the complainant's details on a contact (replacing those recorded). Returns the contact." })
  saveComplainant(
    @Arg('contactId', () => ID) contactId: string,
    @Arg('input', () => ComplainantInput) input: ComplainantInput,
    @Ctx() { dataSource, user }: GraphQLContext,
  ): Promise<Contact> {
    return saveComplainant(dataSource, user!, contactId, input);
  }
}
