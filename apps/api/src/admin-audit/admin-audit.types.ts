import { Field, InputType, ObjectType } from 'type-graphql';
import { PageInfo } from '../contacts/contact.types';
import { AdminAuditEntry } from './admin-audit-entry.entity';
import { AuditTargetType } from './admin-audit.enums';

@ObjectType({ description: 'One field an administrative change altered, with its values in words.' })
export class AuditChange {
  @Field(() => String)
  field: string;

  @Field(() => String, { nullable: true })
  before: string | null;

  @Field(() => String, { nullable: true })
  after: string | null;
}

@ObjectType({ description: 'A page of the administrative audit log, newest first.' })
export class AdminAuditLog {
  @Field(() => [AdminAuditEntry])
  entries: AdminAuditEntry[];

  @Field(() => PageInfo)
  pageInfo: PageInfo;
}

@InputType({ description: "Only one item's changes: a kind, and optionally its key (a user's id, a reference item's code)." })
export class AdminAuditFilter {
  @Field(() => AuditTargetType, { nullable: true })
  targetType?: AuditTargetType | null;

  @Field(() => String, { nullable: true })
  targetKey?: string | null;
}
