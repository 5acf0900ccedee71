import { Arg, Authorized, Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { ACCESS } from '../auth/role';
import { PageInput } from '../contacts/contact.inputs';
import type { GraphQLContext } from '../graphql/context';
import { perPageCost } from '../graphql/query-limits';
import { AdminAuditEntry } from './admin-audit-entry.entity';
import { listAdminAudit } from './admin-audit.service';
import { AdminAuditFilter, AdminAuditLog, AuditChange } from './admin-audit.types';
import { auditChanges, parseSnapshot } from './audit-changes';

@Resolver(() => AdminAuditEntry)
export class AdminAuditResolver {
  @Authorized(ACCESS.ADMINISTRATION)
  @Query(() => AdminAuditLog, { description: 'Changes to users and reference data, newest first, paged by cursor.', complexity: perPageCost })
  async adminAuditLog(
    @Ctx() { dataSource }: GraphQLContext,
    @Arg('filter', () => AdminAuditFilter, { nullable: true }) filter?: AdminAuditFilter,
    @Arg('page', () => PageInput, { nullable: true }) page?: PageInput,
  ): Promise<AdminAuditLog> {
    const result = await listAdminAudit(dataSource, { ...filter, ...page });
    return { entries: result.entries, pageInfo: { hasNextPage: result.hasNextPage, endCursor: result.endCursor } };
  }

  @FieldResolver(() => [AuditChange], { description: 'The fields the change altered, before and after, in words.' })
  changes(@Root() entry: AdminAuditEntry): AuditChange[] {
    return auditChanges(parseSnapshot(entry.before), parseSnapshot(entry.after));
  }
}
